import { memo, useCallback, useId, useState, type FormEvent } from 'react';
import { FormStatus } from '../../../components/ui/form-status';
import type { TAction, TActionInput, TActionStatus, TComment, TGoal } from '../api/plans';
import { figure, indicatorLine } from '../api/words';
import type { TSaveResult } from '../hooks/use-plan';
import { ActionForm } from './action-form';
import { ActionItem } from './action-item';
import { Comments } from './comments';
import { fieldMessage } from '../api/field-message';
import { LineChart } from './line-chart';
import { useWords } from '../hooks/use-words';

type TProps = {
  goal: TGoal;
  actions: TAction[];
  pendingIds: Set<string>;
  conflictIds: Set<string>;
  canEdit: boolean;
  isOnline: boolean;
  /** The plan's comments by goal or action id. */
  comments: ReadonlyMap<string, TComment[]>;
  onComment: (kind: 'goal' | 'action', id: string, body: string) => Promise<void>;
  onStatus: (action: TAction, status: TActionStatus) => void;
  onValue: (goal: TGoal, value: number) => Promise<TSaveResult>;
  onAddAction: (input: TActionInput) => Promise<TSaveResult>;
};

const NO_COMMENTS: TComment[] = [];

/**
 * A goal: its indicator in words and as a line, "Aggiorna il valore", its actions as a checklist.
 * Memoised, like its actions: give it stable callbacks and it only redraws when its data change.
 */
export const GoalCard = memo(function GoalCard({ goal: g, actions, pendingIds, conflictIds, canEdit, isOnline, comments, onComment, onStatus, onValue, onAddAction }: TProps) {
  const { t, lang } = useWords();
  const id = useId();
  const [open, setOpen] = useState<'value' | 'action' | null>(null);
  const isPending = pendingIds.has(g.id);
  const commentGoal = useCallback((body: string) => onComment('goal', g.id, body), [onComment, g.id]);
  const saveValue = useCallback((v: number) => onValue(g, v), [onValue, g]);

  return (
    <article className="card goal-card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{g.title}</h3>
      <p className="status-line">
        <span className={`badge goal-${g.status}`}>{t(`plans.goalStatus.${g.status}`)}</span>
        {isPending ? <span className="badge badge-pending">{t('plans.offline.pendingBadge')}</span> : null}
        {conflictIds.has(g.id) ? <span className="badge badge-failed">{t('plans.conflict.badge')}</span> : null}
      </p>
      <p className="indicator-line">{indicatorLine(t, lang, g)}</p>
      <GoalChart goal={g} />
      {canEdit ? (
        <>
          <div className="actions">
            <button type="button" className="btn btn-secondary" aria-expanded={open === 'value'} aria-controls={`${id}-value`} onClick={() => setOpen(open === 'value' ? null : 'value')}>
              {t('plans.goal.updateValue')}
            </button>
          </div>
          <div id={`${id}-value`} hidden={open !== 'value'}>
            {open === 'value' ? <ValueForm goal={g} onSave={saveValue} /> : null}
          </div>
        </>
      ) : null}

      <h4>{t('plans.goal.actions')}</h4>
      {actions.length ? (
        <ul className="action-list">
          {actions.map((a) => (
            <ActionItem
              key={a.id}
              action={a}
              isPending={pendingIds.has(a.id)}
              hasConflict={conflictIds.has(a.id)}
              canEdit={canEdit}
              isOnline={isOnline}
              comments={comments.get(a.id) ?? NO_COMMENTS}
              onStatus={onStatus}
              onComment={onComment}
            />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('plans.goal.noActions')}</p>
      )}
      {canEdit ? (
        <>
          <div className="actions">
            <button type="button" className="btn btn-secondary" aria-expanded={open === 'action'} aria-controls={`${id}-action`} onClick={() => setOpen(open === 'action' ? null : 'action')}>
              {t('plans.action.add')}
            </button>
          </div>
          <div id={`${id}-action`} hidden={open !== 'action'}>
            {open === 'action' ? <ActionForm goalId={g.id} onSave={onAddAction} onClose={() => setOpen(null)} /> : null}
          </div>
        </>
      ) : null}
      <Comments about={g.title} items={comments.get(g.id) ?? NO_COMMENTS} canWrite={canEdit} isOnline={isOnline} onAdd={commentGoal} />
    </article>
  );
});

function GoalChart({ goal: g }: { goal: TGoal }) {
  const { t } = useWords();
  // Offline, the figure typed on the device shows as the last point until it is sent.
  const last = g.readings[g.readings.length - 1];
  const readings = last && last.value !== g.indicator.current ? [...g.readings, { value: g.indicator.current, at: new Date().toISOString() }] : g.readings;
  return <LineChart title={t('plans.chart.title', { name: g.indicator.name })} readings={readings} baseline={g.indicator.baseline} target={g.indicator.target} unit={g.indicator.unit} />;
}

function ValueForm({ goal: g, onSave }: { goal: TGoal; onSave: (value: number) => Promise<TSaveResult> }) {
  const { t, lang } = useWords();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(value.replace(',', '.'));
    if (!value.trim() || !Number.isFinite(n)) {
      setError(t('plans.goal.valueRequired'));
      return;
    }
    setError(undefined);
    setIsBusy(true);
    const r = await onSave(n);
    setIsBusy(false);
    if (r.kind === 'refused') {
      setError(r.error.fieldErrors.value ? fieldMessage(t, r.error.fieldErrors.value) : undefined);
      setMessage({ kind: 'error', text: r.error.detail });
      return;
    }
    setValue('');
    setMessage({ kind: 'success', text: r.kind === 'queued' ? t('plans.offline.kept') : t('plans.goal.valueSaved', { value: figure(t, lang, n, g.indicator.unit) }) });
  };

  return (
    <form className="form sub-form" noValidate onSubmit={(e) => void submit(e)}>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-v`}>{t('plans.goal.valueLabel', { name: g.indicator.name })}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t('plans.goal.valueHint', { unit: t(`plans.units.${g.indicator.unit}`) })}
        </p>
        <input
          id={`${id}-v`}
          inputMode="decimal"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-err` : `${id}-hint`}
        />
        {error ? (
          <p className="field-error" id={`${id}-err`}>
            {error}
          </p>
        ) : null}
      </div>
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
      <button type="submit" className="btn btn-primary" disabled={isBusy}>
        {t('plans.goal.saveValue')}
      </button>
    </form>
  );
}
