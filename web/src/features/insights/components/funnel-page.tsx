import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { FUNNEL_STEPS, funnelExportPath, funnelPath, percentOf, type TFunnel, type TFunnelBreakdown, type TGroup } from '../api/insights';
import { day, num, pct } from './format';
import { InsightsControls } from './insights-controls';
import { InsightsShell } from './insights-shell';
import { useInsightsQuery } from './use-insights-query';
import './insights.css';

/** /sportelli/:id/andamento and /rete/andamento: the funnel of a period, as bars and as a table. */
export default function FunnelPage() {
  const { t } = useTranslation();
  usePageTitle(t('insights.funnel.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <Funnel />}</RequireSignIn>;
}

function Funnel() {
  const { t } = useTranslation();
  const { query, base, set } = useInsightsQuery();
  const state = useApi<TFunnel>(funnelPath(query));
  return (
    <InsightsShell
      page="funnel"
      base={base}
      state={state}
      controls={<InsightsControls key={base} period={state.data?.period} by={query.by ?? 'none'} isNetwork={query.sportelloId === null} onChange={set} />}
      exports={[
        { href: funnelExportPath(query, 'csv'), label: t('insights.exports.funnelCsv') },
        { href: funnelExportPath(query, 'xlsx'), label: t('insights.exports.funnelXlsx') },
      ]}
    >
      {(data) => <FunnelView data={data} />}
    </InsightsShell>
  );
}

function FunnelView({ data }: { data: TFunnel }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const steps = data.total.steps;
  const contacts = steps[0]?.count ?? 0;
  return (
    <div aria-live="polite">
      <p className="insights-period">{t('insights.periodSentence', { from: day(data.period.from, lng), to: day(data.period.to, lng) })}</p>
      {contacts === 0 ? <p className="notice notice-info">{t('insights.funnel.empty')}</p> : null}
      <h2>{t('insights.funnel.barsTitle')}</h2>
      <ol className="insights-bars">
        {steps.map((s) => (
          <li key={s.step}>
            <span className="insights-bar-label">{t(`insights.steps.${s.step}`)}</span>
            <span className="insights-bar-track" aria-hidden="true">
              <span className="insights-bar-fill" style={{ width: `${percentOf(s.shareOfContacts)}%` }} />
            </span>
            <span className="insights-bar-value">
              {t('insights.funnel.cases', { count: s.count, formatted: num(s.count, lng) })}
              {s.conversion !== null ? ` · ${t('insights.funnel.conversion', { value: pct(s.conversion, lng) })}` : ''}
              {s.medianDaysFromPrevious !== null ? ` · ${t('insights.funnel.medianDays', { count: s.medianDaysFromPrevious, formatted: num(s.medianDaysFromPrevious, lng) })}` : ''}
            </span>
          </li>
        ))}
      </ol>
      <div className="table-wrap insights-table insights-table-wide" role="region" aria-labelledby="insights-steps-caption" tabIndex={0}>
        <table>
          <caption id="insights-steps-caption">{t('insights.funnel.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.table.step')}</th>
              <th scope="col">{t('insights.table.count')}</th>
              <th scope="col">{t('insights.table.conversion')}</th>
              <th scope="col">{t('insights.table.share')}</th>
              <th scope="col">{t('insights.table.median')}</th>
              <th scope="col">{t('insights.table.reached')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.step}>
                <th scope="row">{t(`insights.steps.${s.step}`)}</th>
                <td>{num(s.count, lng)}</td>
                <td>{s.conversion === null ? '—' : pct(s.conversion, lng)}</td>
                <td>{s.shareOfContacts === null ? '—' : pct(s.shareOfContacts, lng)}</td>
                <td>{s.medianDaysFromPrevious === null ? '—' : num(s.medianDaysFromPrevious, lng)}</td>
                <td>{num(s.reached, lng)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.by !== 'none' ? <GroupsTable data={data} /> : null}
      <details className="insights-help">
        <summary>{t('insights.funnel.helpTitle')}</summary>
        <dl>
          {FUNNEL_STEPS.map((s) => (
            <div key={s}>
              <dt>{t(`insights.steps.${s}`)}</dt>
              <dd>{t(`insights.stepHelp.${s}`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('insights.funnel.helpStrict')}</p>
      </details>
    </div>
  );
}

function groupLabel(t: (k: string) => string, by: TFunnelBreakdown, g: TGroup): string {
  if (g.key === null) return t(`insights.none.${by}`);
  if (by === 'area') return t(`areas.${g.key}.label`);
  return g.label ?? g.key;
}

function GroupsTable({ data }: { data: TFunnel }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return (
    <>
      <h2>{t(`insights.funnel.groupsTitle.${data.by}`)}</h2>
      {data.by === 'area' ? <p className="hint">{t('insights.funnel.areaNote')}</p> : null}
      {data.groups.length === 0 ? <p className="notice notice-info">{t('insights.funnel.noGroups')}</p> : null}
      {data.groups.length > 0 ? (
        <div className="table-wrap insights-table insights-table-wide" role="region" aria-labelledby="insights-groups-caption" tabIndex={0}>
          <table>
            <caption id="insights-groups-caption">{t('insights.funnel.groupsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`insights.by.${data.by}`)}</th>
                {FUNNEL_STEPS.map((s) => (
                  <th scope="col" key={s}>
                    {t(`insights.steps.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.groups.map((g) => (
                <tr key={g.key ?? '-'}>
                  <th scope="row">{groupLabel(t, data.by, g)}</th>
                  {g.steps.map((s) => (
                    <td key={s.step}>
                      {num(s.count, lng)}
                      {s.step !== 'contact' && s.shareOfContacts !== null ? <span className="insights-share"> ({pct(s.shareOfContacts, lng)})</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {data.groupsOmitted > 0 ? <p className="hint">{t('insights.funnel.groupsOmitted', { count: data.groupsOmitted })}</p> : null}
    </>
  );
}
