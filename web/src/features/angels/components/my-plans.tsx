import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { useApi } from '../../../lib/use-api';
import { HOME_PLANS_SHOWN, myPlansPath, type TMyPlan } from '../api/my-plans';

/**
 * "I tuoi piani" on the angel's home: the first few plans, in the server's order (overdue
 * first, then plans to start), each a link to its plan; the whole list is on /piano.
 */
export function MyPlans() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<{ items: TMyPlan[] }>(myPlansPath);
  const items = data?.items ?? [];
  const shown = items.slice(0, HOME_PLANS_SHOWN);
  return (
    <section className="card" aria-labelledby="ah-plans">
      <h2 id="ah-plans">{t('angels.home.plansTitle')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail} onRetry={reload} /> : null}
      {data && items.length === 0 ? <p>{t('angels.home.plansEmpty')}</p> : null}
      {shown.length > 0 ? (
        <ul className="item-list">
          {shown.map((p) => (
            <li key={p.businessId} className="item plan-card">
              <div className="item-main">
                <Link to={`/piano/${p.businessId}`} className="item-title">
                  {p.businessName}
                </Link>
                <p className="status-line">
                  {p.overdueActions > 0 ? <span className="badge badge-late">{t('angels.home.plansLate', { count: p.overdueActions })}</span> : null}
                  {p.planId === null ? (
                    <span className="badge badge-todo">{t('angels.home.plansNotStarted')}</span>
                  ) : (
                    <span className="muted">
                      {p.progress.actionsTotal > 0 ? t('angels.home.plansActions', { done: p.progress.actionsDone, count: p.progress.actionsTotal }) : t('angels.home.plansNoActions')}
                    </span>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {items.length > 0 ? (
        <p>
          <Link to="/piano">{t('angels.home.plansAll', { count: items.length })}</Link>
        </p>
      ) : null}
    </section>
  );
}
