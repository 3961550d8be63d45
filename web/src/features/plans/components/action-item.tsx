import { memo, useCallback } from 'react';
import { Link } from 'react-router-dom';
import { ACTION_STATUSES, type TAction, type TActionStatus, type TComment } from '../api/plans';
import { isPendingId } from '../api/outbox';
import { dayWords } from '../api/words';
import { Comments } from './comments';
import { useLessonTitle } from '../hooks/use-lesson-titles';
import { useWords } from '../hooks/use-words';

type TProps = {
  action: TAction;
  isPending: boolean;
  hasConflict: boolean;
  canEdit: boolean;
  isOnline: boolean;
  comments: TComment[];
  /** Stable across renders (the list has hundreds of lines: each only redraws when its own props change). */
  onStatus: (action: TAction, status: TActionStatus) => void;
  onComment: (kind: 'goal' | 'action', id: string, body: string) => Promise<void>;
};

/** One line of the checklist: what, who, by when, its status, a lesson and comments. */
export const ActionItem = memo(function ActionItem({ action: a, isPending, hasConflict, canEdit, isOnline, comments, onStatus, onComment }: TProps) {
  const { t, lang } = useWords();
  const comment = useCallback((body: string) => onComment('action', a.id, body), [onComment, a.id]);
  const isNew = isPendingId(a.id);
  const selectId = `status-${a.id.replace(/[^a-z0-9-]/gi, '')}`;
  return (
    <li className={`action-item status-${a.status}`}>
      <div className="action-head">
        <span className="action-check" aria-hidden="true">
          {a.status === 'done' ? '✓' : ''}
        </span>
        <div className="action-main">
          <span className="action-title">{a.title}</span>
          <span className="muted small">
            {t(`plans.owner.${a.owner}`)} · {a.dueDate ? t('plans.action.due', { date: dayWords(a.dueDate, lang) }) : t('plans.action.noDue')}
          </span>
          {isPending || hasConflict ? (
            <span className="status-line">
              {isPending ? <span className="badge badge-pending">{t('plans.offline.pendingBadge')}</span> : null}
              {hasConflict ? <span className="badge badge-failed">{t('plans.conflict.badge')}</span> : null}
            </span>
          ) : null}
          {a.linkedLessonId ? <LessonLink link={a.linkedLessonId} /> : null}
        </div>
      </div>
      <div className="field action-status">
        <label htmlFor={selectId}>
          {t('plans.action.status')}
          <span className="sr-only"> — {a.title}</span>
        </label>
        <select id={selectId} value={a.status} disabled={!canEdit || isNew} onChange={(e) => onStatus(a, e.target.value as TActionStatus)}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`plans.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {!isNew ? <Comments about={a.title} items={comments} canWrite={canEdit} isOnline={isOnline} onAdd={comment} /> : null}
    </li>
  );
});

/** A template on the web opens beside the plan; a Metodo Pop lesson opens in the app, by its title. */
function LessonLink({ link }: { link: string }) {
  const { t } = useWords();
  const title = useLessonTitle(link);
  if (/^https?:\/\//.test(link)) {
    return (
      <a href={link} target="_blank" rel="noopener noreferrer" className="small">
        {t('plans.action.template')}
        <span className="sr-only"> {t('plans.action.newTab')}</span>
      </a>
    );
  }
  return (
    <Link to={`/lezioni/${encodeURIComponent(link)}`} className="small">
      {title ? t('lessonLinks.action.lesson', { title }) : t('plans.action.lesson')}
    </Link>
  );
}
