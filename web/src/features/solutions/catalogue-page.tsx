import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { Loading } from '../../components/ui/loading';
import { usePageTitle } from '../../components/ui/use-page-title';
import { useSession } from '../../lib/session';
import { useApi } from '../../lib/use-api';
import { AREAS } from '../../../../src/shared/areas';
import { SECTOR_CHOICES } from '../../../../src/shared/plain-sectors';
import { DEFAULT_VOLUMES } from '../../../../src/shared/solution-pages';
import { catalogueApiPath, readCatalogueQuery, solutionPagePath, type TSolutionSummary } from './api';
import { costOf, euro } from './cost';

const lang = (language: string) => (language === 'en' ? 'en' : 'it');

/**
 * /soluzioni: the vetted catalogue, filtered by need and sector with a GET form (works without
 * JavaScript), ordered by fit and reviews only. Tick two or three and compare them.
 */
export default function CataloguePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('solutions.title'));
  const { search } = useLocation();
  const query = readCatalogueQuery(new URLSearchParams(search));
  const { data, error } = useApi<{ items: TSolutionSummary[]; total: number }>(catalogueApiPath(query, lang(i18n.language)));
  const lng = lang(i18n.language);
  const { me } = useSession();
  // Links only for those the API lets write (the server checks again): angels propose, coordinators and the admin publish.
  const canPropose = Boolean(me && (me.user.isAdmin || me.memberships.length > 0));
  const canPublish = Boolean(me && (me.user.isAdmin || me.memberships.some((m) => m.role === 'coordinator')));
  return (
    <section className="page narrow solutions" aria-labelledby="solutions-h">
      <h1 id="solutions-h">{t('solutions.title')}</h1>
      <p className="lead">{t('solutions.intro')}</p>
      {canPropose ? (
        <p className="actions">
          <Link to="/soluzioni/proponi" className="btn btn-secondary">
            {t('solutionForms.new')}
          </Link>
          <Link to="/soluzioni/gestisci">{canPublish ? t('solutionForms.manageLink') : t('solutionForms.mineLink')}</Link>
        </p>
      ) : null}
      <form method="get" className="solutions-filters">
        <p className="field">
          <label htmlFor="need">{t('solutions.filters.need')}</label>
          <select id="need" name="need" defaultValue={query.need ?? ''}>
            <option value="">{t('solutions.filters.anyNeed')}</option>
            {AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`areas.${a}.label`)}
              </option>
            ))}
          </select>
        </p>
        <p className="field">
          <label htmlFor="sector">{t('solutions.filters.sector')}</label>
          <select id="sector" name="sector" defaultValue={query.sector ?? ''}>
            <option value="">{t('solutions.filters.anySector')}</option>
            {SECTOR_CHOICES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label[lng]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <button type="submit" className="btn">
            {t('solutions.filters.show')}
          </button>
        </p>
      </form>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error.detail}
        </p>
      ) : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <form method="get" action="/soluzioni/confronta" aria-labelledby="solutions-list-h">
          <h2 id="solutions-list-h">{t('solutions.found', { count: data.total })}</h2>
          <p className="muted">{t('solutions.order')}</p>
          <ul className="solutions-list">
            {data.items.map((s) => {
              const cost = costOf(s.parts, DEFAULT_VOLUMES);
              return (
                <li key={s.id} className="card">
                  <h3>
                    <Link to={solutionPagePath(s.slug)}>{s.name}</Link>
                  </h3>
                  <p>{s.summary}</p>
                  <p className="muted">
                    {t(`solutions.data.${s.dataLocation}`)} · {t('solutions.hours', { count: s.hoursPerWeek })} · {t('solutions.usedBy', { count: s.usedBy })}
                    {s.rating.count ? ` · ${t('solutions.rating', { average: s.rating.average, count: s.rating.count })}` : ''}
                  </p>
                  <p>{t('solutions.typicalCost', { amount: euro(cost.perMonthOverThreeYears, lng) })}</p>
                  <p>
                    <label>
                      <input type="checkbox" name="id" value={s.id} /> {t('solutions.pick')}
                    </label>
                  </p>
                </li>
              );
            })}
          </ul>
          {data.items.length > 1 ? (
            <p>
              <button type="submit" className="btn btn-primary">
                {t('solutions.compare')}
              </button>
            </p>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
