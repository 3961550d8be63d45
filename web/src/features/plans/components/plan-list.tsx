import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { Loading } from '../../../components/ui/loading';
import { useApi } from '../../../lib/use-api';
import { planListPath, planPagePath, type TPlanList, type TPlanListItem } from '../api/plan-list';
import { dayWords } from '../api/words';

/**
 * The plans the signed-in person follows (an angel's businesses, a coordinator's sportello, an
 * entrepreneur's own), one card each, linking to /piano/:businessId. The server sends them in
 * the order to read them: overdue actions first, then plans to start, then by name.
 *
 * @example <PlanList />
 */
export function PlanList() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<TPlanList>(planListPath);
  return (
    <section className="plan-list" aria-labelledby="plan-list-h">
      <h2 id="plan-list-h">{t('plans.list.title')}</h2>
      {isLoading && !data ? <Loading /> : null}
      {error ? <ErrorNotice message={error.detail || t('plans.list.error')} onRetry={reload} /> : null}
      {data && data.items.length === 0 ? <p>{t('plans.list.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <p className="muted">{t('plans.list.order')}</p>
          <ul className="item-list">
            {data.items.map((item) => (
              <PlanCard key={item.businessId} item={item} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function PlanCard({ item }: { item: TPlanListItem }) {
  const { t, i18n } = useTranslation();
  const { progress } = item;
  const isStarted = item.planId !== null;
  return (
    <li className="item plan-card">
      <div className="item-main">
        <h3 className="item-title plan-card-title">
          <Link to={planPagePath(item.businessId)}>{item.businessName}</Link>
        </h3>
        <span className="muted">{item.comuneName}</span>
        {item.overdueActions > 0 || !isStarted ? (
          <p className="status-line">
            {item.overdueActions > 0 ? <span className="badge badge-late">{t('plans.list.late', { count: item.overdueActions })}</span> : null}
            {!isStarted ? <span className="badge badge-todo">{t('plans.list.notStarted')}</span> : null}
          </p>
        ) : null}
        {isStarted ? (
          <ul className="plan-card-figures">
            <li>{progress.actionsTotal > 0 ? t('plans.list.actions', { done: progress.actionsDone, count: progress.actionsTotal }) : t('plans.list.noActions')}</li>
            {progress.goalsTotal > 0 ? <li>{t('plans.list.goals', { reached: progress.goalsReached, count: progress.goalsTotal })}</li> : null}
            {item.nextDueDate ? <li>{t('plans.list.nextDue', { date: dayWords(item.nextDueDate, i18n.language) })}</li> : null}
            <li>{item.lastMeetingDate ? t('plans.list.lastMeeting', { date: dayWords(item.lastMeetingDate, i18n.language) }) : t('plans.list.noMeeting')}</li>
          </ul>
        ) : null}
      </div>
    </li>
  );
}
