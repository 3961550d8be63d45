import { memo, useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { ACTION_STATUSES, type TAction, type TActionStatus, type TComment } from '../api/plans';
import { isPendingId } from '../api/outbox';
import { dayWords } from '../api/words';
import { Comments } from './comments';
import { useLessonTitle } from '../hooks/use-lesson-titles';
import { useWords } from '../hooks/use-words';
import { usePlanCalls } from '../hooks/use-plan-calls';
import { deadlineWords } from '../api/plan-calls';
import { CallPicker } from './call-picker';
import { fieldMessages } from '../api/field-message';
import { ActionSolution } from './action-solution';

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

/** One line of the checklist: what, who, by when, its status, a lesson, a call for funding, a solution and comments. */
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
          {a.linkedCallId ? <CallLink callId={a.linkedCallId} /> : null}
          {!isNew ? <ActionSolution actionId={a.id} title={a.title} isDone={a.status === 'done'} canEdit={canEdit && isOnline} /> : null}
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
      {canEdit && !isNew ? <CallEditor action={a} /> : null}
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

/** The call for funding the action is about, with its deadline, opening its page /bandi/{slug}. */
function CallLink({ callId }: { callId: string }) {
  const { t, lang } = useWords();
  const call = usePlanCalls().calls.get(callId);
  if (!call) return <span className="small muted">{t('planCalls.action.unknownCall')}</span>;
  return (
    <span className="action-call small">
      <Link to={`/bandi/${encodeURIComponent(call.slug)}`}>{t('planCalls.action.call', { title: call.title })}</Link>
      <span className={call.status === 'closed' ? 'muted' : undefined}>{deadlineWords(t, lang, call)}</span>
      {call.closesSoon && call.status !== 'closed' ? <span className="badge badge-pending">{t('planCalls.action.closesSoon')}</span> : null}
    </span>
  );
}

/**
 * "Collega un bando" / "Cambia bando": a disclosure under the action, like its comments; the
 * picker is drawn only once opened (a big plan has hundreds of lines), and saved on its own.
 */
function CallEditor({ action: a }: { action: TAction }) {
  const { t } = useWords();
  const { calls, onLink } = usePlanCalls();
  const [isOpen, setIsOpen] = useState(false);
  const [choice, setChoice] = useState<string | null>(a.linkedCallId ?? null);
  const [error, setError] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  if (!onLink) return null;
  const current = a.linkedCallId ? calls.get(a.linkedCallId) : undefined;
  const save = async (details: HTMLDetailsElement | null) => {
    setIsBusy(true);
    setError(undefined);
    const r = await onLink(a, choice);
    setIsBusy(false);
    if (r.kind === 'refused') {
      setError(fieldMessages(t, r.error.fieldErrors).linkedCallId ?? r.error.detail);
      return;
    }
    if (details) details.open = false;
    setMessage(choice ? t('planCalls.action.saved') : t('planCalls.action.unlinked'));
  };
  return (
    <>
      <details
        className="comments action-call-editor"
        onToggle={(e) => {
          const open = e.currentTarget.open;
          setIsOpen(open);
          if (open) {
            setChoice(a.linkedCallId ?? null);
            setError(undefined);
            setMessage(null);
          }
        }}
      >
        <summary>
          {a.linkedCallId ? t('planCalls.action.change') : t('planCalls.action.link')}
          <span className="sr-only"> — {a.title}</span>
        </summary>
        {isOpen ? (
          <div className="form sub-form">
            <CallPicker value={choice} current={current ?? null} onChange={setChoice} error={error} />
            <div className="actions">
              <button type="button" className="btn btn-primary" disabled={isBusy} onClick={(e) => void save(e.currentTarget.closest('details'))}>
                {t('planCalls.action.save')}
                <span className="sr-only"> — {a.title}</span>
              </button>
            </div>
          </div>
        ) : null}
      </details>
      {/* Drawn once the editor is opened: a live region per line of a big plan would weigh on it. */}
      {isOpen || message ? (
        <p className="sr-only" role="status" aria-live="polite">
          {message}
        </p>
      ) : null}
    </>
  );
}
