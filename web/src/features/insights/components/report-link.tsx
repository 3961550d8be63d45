import { useTranslation } from 'react-i18next';
import type { TImpact } from '../api/insights';

/** The funders' "Rapporto di impatto" for what the page shows: same scope, same period, in the reader's language. */
export function ReportLink({ data }: { data: TImpact }) {
  const { t, i18n } = useTranslation();
  const params = new URLSearchParams({ from: data.period.from, to: data.period.to, lang: i18n.language.startsWith('en') ? 'en' : 'it' });
  if (data.scope.kind === 'sportello') params.set('sportelloId', data.scope.sportelloId);
  return (
    <p className="actions">
      <a className="btn btn-primary" href={`/api/insights/report.pdf?${params.toString()}`} download>
        {t('impactReport.download')}
      </a>
      <span className="muted small">{t('impactReport.hint')}</span>
    </p>
  );
}
