import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { formatDate } from '../../../lib/format';
import { RequireSignIn } from '../../../lib/session';
import { useApi } from '../../../lib/use-api';
import { pick, questionnairePath, reportPath, type TPriorityLesson, type TQuestionnaire, type TReport, type TScores } from '../api/checkup';
import { lessonPagePath } from '../../../../../src/shared/library-pages';
import { RadarChart, type TRadarSeries } from './radar-chart';
import { ScoreTable } from './score-table';

/** /check-up/:id: the result, made to be looked at. */
export default function ReportPage() {
  const { id = '' } = useParams();
  return <RequireSignIn fallback={<Loading />}>{() => <Report id={id} />}</RequireSignIn>;
}

const signed = (v: number) => (v > 0 ? `+${v}` : String(v));

function Report({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  usePageTitle(t('checkup.report.title'));
  const report = useApi<TReport>(reportPath(id));
  // The section names and their order come with the questionnaire, in both languages.
  const questionnaire = useApi<TQuestionnaire>(questionnairePath);

  if (report.isLoading && !report.data) return <Loading />;
  if (report.error || !report.data) {
    return (
      <section className="page narrow" aria-labelledby="rep-error">
        <h1 id="rep-error">{t('checkup.report.title')}</h1>
        <ErrorNotice message={report.error?.detail ?? t('errors.generic')} onRetry={report.reload} />
      </section>
    );
  }
  if (questionnaire.isLoading && !questionnaire.data) return <Loading />;

  const r = report.data;
  const { result, previous, deltas, peers, peerGroup } = r;
  const sections = questionnaire.data?.sections ?? [];
  const titleOf = (key: string) => {
    const s = sections.find((x) => x.key === key);
    if (s) return pick(s.title, lng);
    return i18n.exists(`areas.${key}.label`) ? t(`areas.${key}.label`) : key;
  };
  const axesOf = (kind: 'area' | 'dimension', scores: TScores) => {
    const ordered = sections.filter((s) => s.kind === kind && s.key in scores).map((s) => s.key);
    const keys = ordered.length > 0 ? ordered : Object.keys(scores);
    return keys.map((key) => ({ key, label: titleOf(key) }));
  };
  const seriesOf = (axes: { key: string }[], kind: 'areas' | 'dimensions'): TRadarSeries[] => {
    const s: TRadarSeries[] = [];
    if (peers) s.push({ key: 'peers', kind: 'peers', label: t('checkup.report.legendPeers'), values: axes.map((a) => peers.sections[a.key] ?? null) });
    if (previous)
      s.push({
        key: 'before',
        kind: 'before',
        label: t('checkup.report.legendBefore', { date: formatDate(previous.submittedAt, lng) }),
        values: axes.map((a) => previous.result[kind][a.key] ?? null),
      });
    s.push({ key: 'now', kind: 'now', label: t('checkup.report.legendNow'), values: axes.map((a) => result[kind][a.key] ?? null) });
    return s;
  };

  const dimensionAxes = axesOf('dimension', result.dimensions);
  const areaAxes = axesOf('area', result.areas);
  const chartNote = t('checkup.report.chartNote');

  const charts = [
    { key: 'dimensions' as const, title: t('checkup.report.dimensionsTitle'), intro: t('checkup.report.dimensionsIntro'), axes: dimensionAxes },
    { key: 'areas' as const, title: t('checkup.report.areasTitle'), intro: t('checkup.report.areasIntro'), axes: areaAxes },
  ];

  return (
    <article className="page report" aria-labelledby="rep-title">
      <p className="eyebrow">
        {t('checkup.report.eyebrow', { business: r.business.name, round: r.checkup.round, date: formatDate(r.checkup.submittedAt, lng) })}
      </p>
      <h1 id="rep-title">{t('checkup.report.title')}</h1>

      <section className="level-card" aria-labelledby="rep-level">
        <h2 id="rep-level" className="sr-only">
          {t('checkup.report.levelHeading')}
        </h2>
        <p className="level-step">{t('checkup.report.levelStep', { step: result.level.step })}</p>
        <p className="level-name">{pick(result.level.name, lng)}</p>
        {result.overall !== null ? (
          <p className="level-score">
            {t('checkup.report.overall', { score: result.overall })}
            {deltas?.overall !== null && deltas?.overall !== undefined && previous ? (
              <span className="delta"> {t('checkup.report.overallDelta', { delta: signed(deltas.overall), date: formatDate(previous.submittedAt, lng) })}</span>
            ) : null}
          </p>
        ) : null}
        <p>{t('checkup.report.levelKind')}</p>
        {result.dontKnow > 0 ? <p className="muted small">{t('checkup.report.dontKnowNote', { count: result.dontKnow })}</p> : null}
      </section>

      <section className="card" aria-labelledby="rep-prio">
        <h2 id="rep-prio">{t('checkup.report.prioritiesTitle')}</h2>
        <ol className="priorities">
          {result.priorities.slice(0, 3).map((p) => (
            <li key={p.section}>
              <h3>{titleOf(p.section)}</h3>
              <p>{pick(p.reason, lng)}</p>
              {p.score !== null ? <p className="muted small">{t('checkup.report.scoreOf', { score: p.score })}</p> : null}
              <PriorityLessons lessons={r.priorityLessons?.find((x) => x.section === p.section)?.lessons ?? []} />
            </li>
          ))}
        </ol>
      </section>

      {charts.map((c) => (
        <section key={c.key} className="card" aria-labelledby={`rep-${c.key}`}>
          <h2 id={`rep-${c.key}`}>{c.title}</h2>
          <p>{c.intro}</p>
          <RadarChart title={c.title} description={chartNote} axes={c.axes} series={seriesOf(c.axes, c.key)} />
          <ScoreTable
            caption={c.title}
            rows={c.axes}
            now={result[c.key]}
            before={previous ? previous.result[c.key] : null}
            deltas={deltas ? deltas.sections : null}
            peers={peers ? peers.sections : null}
          />
        </section>
      ))}

      <section className="card" aria-labelledby="rep-peers">
        <h2 id="rep-peers">{t('checkup.report.peersTitle')}</h2>
        {peers ? (
          <>
            <p>
              {peerGroup.regionName
                ? t('checkup.report.peersCount', { count: peers.n, region: peerGroup.regionName })
                : t('checkup.report.peersCountNoRegion', { count: peers.n })}
            </p>
            {peers.overallMedian !== null ? <p>{t('checkup.report.peersMedian', { median: peers.overallMedian })}</p> : null}
            <p className="muted small">{t('checkup.report.peersPrivacy')}</p>
          </>
        ) : (
          <p>{t('checkup.report.peersTooFew')}</p>
        )}
      </section>

      <section className="card next-step" aria-labelledby="rep-next">
        <h2 id="rep-next">{t('checkup.report.nextTitle')}</h2>
        <p>{t('checkup.report.nextBody')}</p>
        <p>
          <Link to={`/incontra?impresa=${encodeURIComponent(r.business.id)}`} className="btn btn-primary btn-big">
            {t('checkup.report.meetAngel')}
          </Link>
        </p>
      </section>

      <div className="actions">
        <a className="btn btn-secondary btn-big" href={`${r.pdfUrl}?lang=${lng === 'en' ? 'en' : 'it'}`} download>
          {t('checkup.report.pdf')}
        </a>
        <Link to={`/check-up?impresa=${encodeURIComponent(r.business.id)}`} className="btn btn-secondary btn-big">
          {t('checkup.report.redo')}
        </Link>
      </div>
      <p className="muted small">{t('checkup.report.redoHint')}</p>
    </article>
  );
}

/** Under a priority: one or two lessons to read first, each to its page, with its reading time. */
function PriorityLessons({ lessons }: { lessons: TPriorityLesson[] }) {
  const { t } = useTranslation();
  if (lessons.length === 0) return null;
  return (
    <div className="priority-lessons">
      <h4>{t('lessonLinks.report.lessonsTitle')}</h4>
      <ul className="lesson-links">
        {lessons.map((l) => (
          <li key={l.slug}>
            <Link to={lessonPagePath(l.slug, l.language)} lang={l.language}>
              {l.title}
            </Link>{' '}
            <span className="muted small">{t('lessonLinks.minutes', { count: l.minutes })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
