import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../components/ui/loading';
import { usePageTitle } from '../../components/ui/use-page-title';
import { formatDate } from '../../lib/format';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import { HideReview, ViewerPart } from './forms/viewer-part';
import { solutionMinePath, type TViewerPart } from './forms/viewer-api';
import { readVolumes, solutionApiPath, solutionAt, solutionPagePath, type TPriceRow, type TSolutionView } from './api';
import { costOf, euro, VolumesForm } from './cost';
import { trapPagePath } from '../../../../src/shared/trap-pages';

const lang = (language: string) => (language === 'en' ? 'en' : 'it');

function Missing() {
  const { t } = useTranslation();
  usePageTitle(t('solutions.missing.title'));
  return (
    <section className="page narrow" aria-labelledby="solution-missing-h">
      <h1 id="solution-missing-h">{t('solutions.missing.title')}</h1>
      <p>{t('solutions.missing.text')}</p>
      <p>
        <Link to="/soluzioni" className="btn btn-primary">
          {t('solutions.back')}
        </Link>
      </p>
    </section>
  );
}

/** "20 € al mese (i primi 3 mesi 0 €)", "1,5% di quello che incassi con la carta". */
export function PartWords({ part }: { part: TPriceRow }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const amount = euro(part.amount ?? 0, lng);
  const percent = `${new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'it-IT').format(part.percent ?? 0)}%`;
  const words = t(`solutions.part.${part.kind}`, { amount, percent });
  const intro = part.kind === 'monthly' && part.introMonths ? ` ${t('solutions.part.intro', { count: part.introMonths, amount: euro(part.introAmount ?? 0, lng) })}` : '';
  return (
    <>
      {part.label ? <strong>{part.label}: </strong> : null}
      {words}
      {intro}
    </>
  );
}

/** The price parts with their source and day, and the cost for the person's volumes. */
function HonestCost({ solution, search }: { solution: TSolutionView; search: string }) {
  const { t, i18n } = useTranslation();
  const [volumes, setVolumes] = useState(() => readVolumes(new URLSearchParams(search)));
  const cost = costOf(solution.parts, volumes);
  const lng = i18n.language;
  return (
    <section aria-labelledby="cost-h" className="solution-cost">
      <h2 id="cost-h">{t('solutions.cost.title')}</h2>
      <ul>
        {solution.parts.map((p, i) => (
          <li key={i}>
            <PartWords part={p} />{' '}
            <span className="muted">
              {t('solutions.cost.source', { source: p.sourceText, day: formatDate(`${p.asOf}T12:00:00Z`, lng) })}
              {p.isExample ? ` ${t('solutions.cost.example')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <VolumesForm search={search} onChange={setVolumes} />
      <div className="solution-cost-result" aria-live="polite">
        <p>
          {t('solutions.cost.firstYear')}: <strong data-testid="cost-first-year">{euro(cost.firstYear, lng)}</strong>
        </p>
        <p>
          {t('solutions.cost.threeYears')}: <strong data-testid="cost-three-years">{euro(cost.threeYears, lng)}</strong> ({t('solutions.cost.perMonth', { amount: euro(cost.perMonthOverThreeYears, lng) })})
        </p>
        {cost.exitCost > 0 ? <p>{t('solutions.cost.exit', { amount: euro(cost.exitCost, lng) })}</p> : null}
      </div>
    </section>
  );
}

function Stars({ rating }: { rating: number }) {
  const { t } = useTranslation();
  return (
    <span aria-label={t('solutions.stars', { count: rating })} role="img">
      {'★'.repeat(rating)}
      {'☆'.repeat(5 - rating)}
    </span>
  );
}

function SolutionView({ solution, search, reload }: { solution: TSolutionView; search: string; reload: () => void }) {
  const { t, i18n } = useTranslation();
  usePageTitle(solution.name);
  const { me } = useSession();
  // The reader's own part (review, edit, hide) is private: asked apart from the public page.
  const mine = useApi<TViewerPart>(me ? solutionMinePath(solution.slug) : null);
  const [hiddenNote, setHiddenNote] = useState<string | null>(null);
  const changed = () => {
    reload();
    mine.reload();
  };
  const port = (key: 'customers' | 'products' | 'invoices') => {
    const item = solution.portability[key];
    return `${t(`solutions.portability.${key}`)}: ${t(`solutions.portability.can.${item.can}`)}${item.format ? ` (${item.format})` : ''}`;
  };
  const outcomes = solution.outcomes.went_well + solution.outcomes.mixed + solution.outcomes.went_badly;
  return (
    <article className="page narrow solution" aria-labelledby="solution-title">
      <p>
        <Link to="/soluzioni">{t('solutions.back')}</Link>
      </p>
      <h1 id="solution-title">{solution.name}</h1>
      <p className="lead">{solution.summary}</p>
      <p className="muted">
        {t('solutions.provider', { provider: solution.provider })} · {t('solutions.usedBy', { count: solution.usedBy })}
        {solution.rating.count ? ` · ${t('solutions.rating', { average: solution.rating.average, count: solution.rating.count })}` : ''}
      </p>

      <section aria-labelledby="what-h">
        <h2 id="what-h">{t('solutions.what')}</h2>
        <p>{solution.whatItDoes}</p>
        <h3>{t('solutions.notFor')}</h3>
        <p>{solution.notFor}</p>
      </section>

      <section aria-labelledby="facts-h">
        <h2 id="facts-h">{t('solutions.facts')}</h2>
        <ul>
          <li>
            {t(`solutions.data.${solution.dataLocation}`)}
            {solution.dataNote ? ` ${solution.dataNote}` : ''}
          </li>
          <li>{t('solutions.hours', { count: solution.hoursPerWeek })}</li>
          <li>{solution.minimumMonths ? t('solutions.contract.minimum', { count: solution.minimumMonths }) : t('solutions.contract.none')}</li>
          <li>{t('solutions.contract.notice', { count: solution.noticeDays })}</li>
          {solution.exitCosts ? <li>{t('solutions.contract.exit', { text: solution.exitCosts })}</li> : null}
        </ul>
        <h3>{t('solutions.portability.title')}</h3>
        <ul>
          <li>{port('customers')}</li>
          <li>{port('products')}</li>
          <li>{port('invoices')}</li>
        </ul>
      </section>

      {mine.data ? <ViewerPart solution={solution} part={mine.data} onChanged={changed} /> : null}

      <HonestCost solution={solution} search={search} />

      <section aria-labelledby="outcomes-h">
        <h2 id="outcomes-h">{t('solutions.outcomes.title')}</h2>
        {outcomes ? (
          <p>{t('solutions.outcomes.text', { well: solution.outcomes.went_well, mixed: solution.outcomes.mixed, badly: solution.outcomes.went_badly, count: outcomes })}</p>
        ) : (
          <p className="muted">{t('solutions.outcomes.none')}</p>
        )}
      </section>

      <section aria-labelledby="reviews-h">
        <h2 id="reviews-h">{t('solutions.reviews.title')}</h2>
        <div role="status" aria-live="polite">
          {hiddenNote ? <p className="notice notice-success">{hiddenNote}</p> : null}
        </div>
        {solution.reviews.length === 0 ? <p className="muted">{t('solutions.reviews.none')}</p> : null}
        {solution.reviews.map((r) => (
          <div key={r.id} className="solution-review">
            <p>
              <Stars rating={r.rating} /> <strong>{r.role === 'angel' ? t('solutions.reviews.byAngel', { name: r.authorName }) : t('solutions.reviews.byBusiness')}</strong>{' '}
              <span className="muted">{formatDate(r.createdAt, i18n.language)}</span>
            </p>
            {r.usedFor ? <p className="muted">{t('solutions.reviews.usedFor', { action: r.usedFor })}</p> : null}
            <p>{r.text}</p>
            {r.tie ? (
              <p className="notice">
                {t('solutions.reviews.tie', { provider: r.tie.providerName, what: r.tie.what })}
              </p>
            ) : null}
            {mine.data?.moderation.canHide.includes(r.id) ? (
              <HideReview
                reviewId={r.id}
                onHidden={() => {
                  setHiddenNote(t('solutionForms.moderation.done'));
                  changed();
                }}
              />
            ) : null}
          </div>
        ))}
      </section>

      {solution.warnings?.length ? (
        <aside className="notice solution-traps" aria-labelledby="solution-traps-h">
          <h2 id="solution-traps-h">{t('solutions.traps')}</h2>
          <ul>
            {solution.warnings.map((w) => (
              <li key={w.slug}>
                <Link to={trapPagePath(w.slug)}>{w.title}</Link>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
      {solution.alternatives.length ? (
        <section aria-labelledby="alt-h">
          <h2 id="alt-h">{t('solutions.alternatives')}</h2>
          <ul>
            {solution.alternatives.map((a) => (
              <li key={a.slug}>
                <Link to={solutionPagePath(a.slug)}>{a.name}</Link> — {a.summary}
              </li>
            ))}
          </ul>
          <p>
            <a href={`/soluzioni?need=${solution.areas[0] ?? ''}`}>{t('solutions.compareThis')}</a>
          </p>
        </section>
      ) : null}
      <p className="muted">{t('solutions.neverPaid')}</p>
    </article>
  );
}

/** /soluzioni/{slug}: one solution, drawn by the server for everyone, or the not-found page. */
export default function SolutionPage() {
  const { i18n } = useTranslation();
  const { pathname, search } = useLocation();
  const target = solutionAt(pathname);
  const { data, error, reload } = useApi<TSolutionView | null>(target ? solutionApiPath(target.slug, lang(i18n.language)) : null);
  if (!target || data === null || error?.status === 404) return <Missing />;
  if (data && data.slug === target.slug) return <SolutionView solution={data} search={search} reload={reload} />;
  if (error) {
    return (
      <section className="page narrow">
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
      </section>
    );
  }
  return <Loading />;
}
