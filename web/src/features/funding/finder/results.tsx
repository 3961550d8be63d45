import { useTranslation } from 'react-i18next';
import { AttributionLine } from './attribution-line';
import { CallCard } from './call-card';
import { PAGE_SIZE, type TFinderResult } from './api';

type TProps = {
  result: TFinderResult;
  businessId?: string;
  page: number;
  onPage: (page: number) => void;
  onFollowChange?: () => void;
};

/** The ranked calls, a page at a time, with the attribution line the licence asks for. */
export function FinderResults({ result, businessId, page, onPage, onFollowChange }: TProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  return (
    <section className="funding-results" aria-labelledby="funding-results-title">
      <h2 id="funding-results-title">{t('fundingFinder.results.title')}</h2>
      <p aria-live="polite">
        {t('fundingFinder.results.count', { count: result.total })}{' '}
        {t('fundingFinder.results.byVerdict', { eligible: result.counts.eligible, toVerify: result.counts.to_verify })}
      </p>
      {result.items.length === 0 ? <p className="notice notice-info">{t('fundingFinder.results.none')}</p> : null}
      {result.items.map((item) => (
        <CallCard key={`${item.callId}-${String(item.isFollowed)}`} item={item} businessId={businessId} onFollowChange={onFollowChange} />
      ))}
      {pages > 1 ? (
        <nav className="item-actions funding-pages" aria-label={t('fundingFinder.results.pages')}>
          <button type="button" className="btn btn-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {t('fundingFinder.results.previous')}
          </button>
          <span>{t('fundingFinder.results.pageOf', { page, pages })}</span>
          <button type="button" className="btn btn-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            {t('fundingFinder.results.next')}
          </button>
        </nav>
      ) : null}
      <AttributionLine attribution={result.attribution} />
    </section>
  );
}
