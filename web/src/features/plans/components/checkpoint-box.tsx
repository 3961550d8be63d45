import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { TPlanView } from '../api/plans';

/** The next meeting and the checkpoint: retake the check-up, and how it moved from T0 to T1. */
export function CheckpointBox({ view, isOwner }: { view: TPlanView; isOwner: boolean }) {
  const { t, i18n } = useTranslation();
  const { first, latest, isRetakeSuggested } = view.checkups;
  const hasChange = first && latest && first.id !== latest.id;
  const delta = hasChange ? Math.round(latest.overall - first.overall) : 0;
  return (
    <section className="card checkpoint" aria-labelledby="plan-checkpoint">
      <h2 id="plan-checkpoint">{t('plans.checkpoint.title')}</h2>
      {view.nextMeeting ? (
        <p>
          {t('plans.checkpoint.nextMeeting', { when: formatDateTime(view.nextMeeting.startsAt, i18n.language), mode: t(`meetingMode.${view.nextMeeting.mode}`) })}{' '}
          <Link to={`/incontri/${encodeURIComponent(view.nextMeeting.id)}`}>{t('plans.checkpoint.openMeeting')}</Link>
        </p>
      ) : (
        <p className="muted">{t('plans.checkpoint.noMeeting')}</p>
      )}
      {hasChange ? (
        <p className="checkup-change">
          {t('plans.checkpoint.change', {
            first: Math.round(first.overall),
            latest: Math.round(latest.overall),
            firstDate: formatDate(first.submittedAt, i18n.language),
            latestDate: formatDate(latest.submittedAt, i18n.language),
          })}{' '}
          <strong>{delta >= 0 ? t('plans.checkpoint.up', { count: delta, n: delta }) : t('plans.checkpoint.down', { count: -delta, n: -delta })}</strong>
        </p>
      ) : first ? (
        <p>{t('plans.checkpoint.onlyFirst', { score: Math.round(first.overall), date: formatDate(first.submittedAt, i18n.language) })}</p>
      ) : null}
      {isRetakeSuggested || !latest ? (
        <p className="next-step notice">{isOwner ? t('plans.checkpoint.retakeOwner') : t('plans.checkpoint.retakeAngel')}</p>
      ) : null}
      <div className="actions">
        {isOwner ? (
          <Link to="/check-up" className="btn btn-secondary">
            {t('plans.checkpoint.retake')}
          </Link>
        ) : null}
        {latest ? (
          <Link to={`/check-up/${encodeURIComponent(latest.id)}`} className="btn btn-secondary">
            {t('plans.checkpoint.report')}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
