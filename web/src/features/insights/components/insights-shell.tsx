import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import type { TApiState } from '../../../lib/use-api';
import type { TPeriod, TScope } from '../api/insights';
import { InsightsExports, InsightsNav } from './insights-controls';

type TProps<T extends { scope: TScope; period: TPeriod }> = {
  page: 'funnel' | 'impact';
  base: string;
  state: TApiState<T>;
  /** The period (and breakdown) form, drawn under the intro. */
  controls: ReactNode;
  exports: { href: string; label: string }[];
  children: (data: T) => ReactNode;
};

/**
 * The frame both insights pages share: the heading, whose figures they are, the tabs, the intro,
 * the period form, loading and refusals (another sportello's figures read as "not yours"), the
 * view and the download links.
 */
export function InsightsShell<T extends { scope: TScope; period: TPeriod }>({ page, base, state, controls, exports, children }: TProps<T>) {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = state;
  return (
    <section className="page insights" aria-labelledby="insights-title">
      <h1 id="insights-title">{t(`insights.${page}.title`)}</h1>
      <p className="insights-scope">{data ? (data.scope.kind === 'sportello' ? data.scope.name : t('insights.network')) : null}</p>
      <InsightsNav base={base} current={page === 'funnel' ? 'andamento' : 'impatto'} />
      <p className="lead">{t(`insights.${page}.intro`)}</p>
      {controls}
      {isLoading && !data ? <Loading /> : null}
      {error && (error.status === 403 || error.status === 404) ? (
        <p className="notice notice-info">{t('insights.forbidden')}</p>
      ) : error ? (
        <ErrorNotice message={error.errors.length ? error.errors.map((e) => e.message).join(' ') : error.detail} onRetry={error.status === 422 ? undefined : reload} />
      ) : null}
      {data && !error ? children(data) : null}
      {data && !error ? <InsightsExports links={exports} /> : null}
    </section>
  );
}
