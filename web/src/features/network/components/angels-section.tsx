import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { formatDate } from '../../../lib/format';
import type { TApiState } from '../../../lib/use-api';
import type { TAngelListItem } from '../api/angels';

const ORDER = { applied: 0, qualified: 1, rejected: 2 } as const;

/** "Angel": applications to review first, then the sportello's angels. */
export function AngelsSection({ sportelloId, angels }: { sportelloId: string; angels: TApiState<{ items: TAngelListItem[] }> }) {
  const { t, i18n } = useTranslation();
  const { data, error, isLoading, reload } = angels;
  const items = [...(data?.items ?? [])].sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.createdAt.localeCompare(a.createdAt));
  const toReview = items.filter((a) => a.status === 'applied').length;

  return (
    <section className="card" aria-labelledby="angels-title">
      <h2 id="angels-title">{t('network.angels.title')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data ? <p>{toReview > 0 ? t('network.angels.toReview', { count: toReview }) : t('network.angels.noneToReview')}</p> : null}
      {data && items.length === 0 ? <p>{t('network.angels.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="item-list">
          {items.map((a) => (
            <li key={a.userId} className="item">
              <div className="item-main">
                <span className="request-head">
                  <strong>{a.name}</strong>
                  <span className={`badge angel-${a.status}`}>{t(`angels.status.${a.status}`)}</span>
                  {a.isPaused ? <span className="badge badge-paused">{t('angels.home.paused')}</span> : null}
                </span>
                <span className="muted">{a.comuneName}</span>
                <ul className="tag-list" aria-label={t('network.angels.skills')}>
                  {a.skills.map((s) => (
                    <li key={s} className="badge">
                      {i18n.exists(`areas.${s}.label`) ? t(`areas.${s}.label`) : s}
                    </li>
                  ))}
                </ul>
                {a.status === 'qualified' ? <span className="small">{t('network.angels.cases', { count: a.activeCases, capacity: a.capacity })}</span> : null}
                <span className="muted small">{t('network.angels.appliedAt', { date: formatDate(a.createdAt, i18n.language) })}</span>
                {a.profileChangedAt ? <span className="small changed">{t('network.angels.changedAt', { date: formatDate(a.profileChangedAt, i18n.language) })}</span> : null}
              </div>
              <div className="item-actions">
                <Link to={`/sportelli/${sportelloId}/angel/${a.userId}`} className={a.status === 'applied' ? 'btn btn-primary' : 'btn btn-secondary'}>
                  {a.status === 'applied' ? t('network.angels.review') : t('network.angels.open')}
                  <span className="sr-only"> ({a.name})</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
