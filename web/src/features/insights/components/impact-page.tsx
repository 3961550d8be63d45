import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { impactExportPath, impactPath, type TImpact, type TSpread } from '../api/insights';
import { day, num } from './format';
import { InsightsControls } from './insights-controls';
import { InsightsShell } from './insights-shell';
import { ReportLink } from './report-link';
import { useInsightsQuery } from './use-insights-query';
import './insights.css';

/** /sportelli/:id/impatto and /rete/impatto: T0 → T1, goals, hours and satisfaction of a period. */
export default function ImpactPage() {
  const { t } = useTranslation();
  usePageTitle(t('insights.impact.title'));
  return <RequireSignIn fallback={<Loading />}>{() => <Impact />}</RequireSignIn>;
}

function Impact() {
  const { t } = useTranslation();
  const { query, base, set } = useInsightsQuery();
  const state = useApi<TImpact>(impactPath(query));
  return (
    <InsightsShell
      page="impact"
      base={base}
      state={state}
      controls={<InsightsControls key={base} period={state.data?.period} isNetwork={query.sportelloId === null} onChange={set} />}
      exports={[
        { href: impactExportPath(query, 'csv'), label: t('insights.exports.impactCsv') },
        { href: impactExportPath(query, 'xlsx'), label: t('insights.exports.impactXlsx') },
      ]}
    >
      {(data) => <ImpactView data={data} />}
    </InsightsShell>
  );
}

function SpreadCells({ spread, lng, unit }: { spread: TSpread; lng: string; unit: string }) {
  const { t } = useTranslation();
  if (spread.isSuppressed) {
    return (
      <td colSpan={3} className="insights-suppressed">
        {t('insights.impact.fewerThanFive')}
      </td>
    );
  }
  const signed = (v: number) => `${v > 0 ? '+' : ''}${num(v, lng)}`;
  return (
    <>
      <td>{num(spread.n, lng)}</td>
      <td>{`${signed(spread.median)} ${unit}`}</td>
      <td>{t('insights.impact.range', { q1: signed(spread.q1), q3: signed(spread.q3) })}</td>
    </>
  );
}

function ImpactView({ data }: { data: TImpact }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const { hours, satisfaction } = data;
  return (
    <div aria-live="polite">
      <p className="insights-period">{t('insights.periodSentence', { from: day(data.period.from, lng), to: day(data.period.to, lng) })}</p>
      <ReportLink data={data} />

      <h2 id="insights-checkups">{t('insights.impact.checkupsTitle')}</h2>
      <p>
        {data.checkups.compared === null
          ? t('insights.impact.comparedFew')
          : t('insights.impact.compared', { count: data.checkups.compared, formatted: num(data.checkups.compared, lng) })}
      </p>
      <div className="table-wrap insights-table" role="region" aria-labelledby="insights-checkups-caption" tabIndex={0}>
        <table>
          <caption id="insights-checkups-caption">{t('insights.impact.checkupsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.impact.section')}</th>
              <th scope="col">{t('insights.impact.n')}</th>
              <th scope="col">{t('insights.impact.median')}</th>
              <th scope="col">{t('insights.impact.iqr')}</th>
            </tr>
          </thead>
          <tbody>
            {data.checkups.sections.map((s) => (
              <tr key={s.section}>
                <th scope="row">{t(`insights.sections.${s.section}`)}</th>
                <SpreadCells spread={s.change} lng={lng} unit={t('insights.impact.points')} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('insights.impact.privacy')}</p>

      <h2>{t('insights.impact.goalsTitle')}</h2>
      {data.goals.length === 0 ? (
        <p className="notice notice-info">{t('insights.impact.noGoals')}</p>
      ) : (
        <div className="table-wrap insights-table" role="region" aria-labelledby="insights-goals-caption" tabIndex={0}>
          <table>
            <caption id="insights-goals-caption">{t('insights.impact.goalsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.impact.goalKind')}</th>
                <th scope="col">{t('insights.impact.goalsReached')}</th>
                <th scope="col">{t('insights.impact.goalsSet')}</th>
              </tr>
            </thead>
            <tbody>
              {data.goals.map((g) => (
                <tr key={g.kind}>
                  <th scope="row">{t(`insights.goalKinds.${g.kind}`, { defaultValue: g.kind })}</th>
                  <td>{num(g.reached, lng)}</td>
                  <td>{num(g.set, lng)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h2>{t('insights.impact.hoursTitle')}</h2>
      <dl className="insights-figures">
        <div>
          <dt>{t('insights.impact.hoursLogged')}</dt>
          <dd>{t('insights.impact.hours', { count: hours.hoursLogged, formatted: num(hours.hoursLogged, lng) })}</dd>
        </div>
        <div>
          <dt>{t('insights.impact.plansWithHours')}</dt>
          <dd>{num(hours.plansWithHours, lng)}</dd>
        </div>
        <div>
          <dt>{t('insights.impact.engagements')}</dt>
          <dd>{num(hours.engagements, lng)}</dd>
        </div>
        <div>
          <dt>{t('insights.impact.engagementHours')}</dt>
          <dd>
            {t('insights.impact.hoursOf', {
              used: num(hours.engagementHours, lng),
              packaged: num(hours.engagementHoursPackaged, lng),
            })}
          </dd>
        </div>
      </dl>

      <h2>{t('insights.impact.satisfactionTitle')}</h2>
      <p>{t('insights.impact.meetingsHeld', { count: satisfaction.meetingsHeld, formatted: num(satisfaction.meetingsHeld, lng) })}</p>
      {satisfaction.rating.isSuppressed || !satisfaction.distribution ? (
        <p className="notice notice-info">{t('insights.impact.ratingsFew')}</p>
      ) : (
        <>
          <p>
            {t('insights.impact.ratingSummary', {
              count: satisfaction.rating.n,
              formatted: num(satisfaction.rating.n, lng),
              mean: num(satisfaction.mean ?? 0, lng),
              median: num(satisfaction.rating.median, lng),
            })}
          </p>
          <div className="table-wrap insights-table" role="region" aria-labelledby="insights-ratings-caption" tabIndex={0}>
            <table>
              <caption id="insights-ratings-caption">{t('insights.impact.ratingsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.impact.rating')}</th>
                  <th scope="col">{t('insights.impact.ratingsCount')}</th>
                </tr>
              </thead>
              <tbody>
                {satisfaction.distribution.map((n, i) => (
                  <tr key={i}>
                    <th scope="row">{t('insights.impact.stars', { count: i + 1 })}</th>
                    <td>
                      <span className="insights-mini-bar" aria-hidden="true" style={{ width: `${Math.round((n / Math.max(1, ...satisfaction.distribution!)) * 100)}%` }} />
                      {num(n, lng)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
