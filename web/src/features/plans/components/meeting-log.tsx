import { memo, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextArea } from '../../../components/ui/text-area';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { isPendingId } from '../api/outbox';
import { LOG_MODES, logToActions, todayInItaly, type TGoal, type TLogEntry, type TLogInput, type TLogMode, type TOwner, type TPlanView } from '../api/plans';
import { dayWords } from '../api/words';
import type { TSaveResult } from '../hooks/use-plan';
import { fieldMessages } from '../api/field-message';
import { useGrowingCount } from '../hooks/use-growing-count';
import { useStableItems } from '../hooks/use-stable';
import { useWords } from '../hooks/use-words';
import { OwnerSelect } from './owner-select';

type TProps = {
  view: TPlanView;
  isOnline: boolean;
  onSave: (input: TLogInput) => Promise<TSaveResult>;
  onChanged: () => Promise<void>;
};

/** How many entries the log shows at first, and how many more at each "Mostra altri". */
const LOG_PAGE = 20;

/** "Diario degli incontri": what was said and decided, next steps, hours; works with no signal. */
export function MeetingLog({ view, isOnline, onSave, onChanged }: TProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  // Newest first, a page at a time: on a phone nobody scrolls through two hundred meetings, and
  // drawing them all would hold up the plan above.
  const [shown, setShown] = useState(LOG_PAGE);
  // The same list for every entry (memoised), so entries do not redraw on each render.
  const allGoals = useStableItems(view.goals);
  const goals = useMemo(() => allGoals.filter((g) => g.status !== 'dropped'), [allGoals]);
  const log = useStableItems(view.log);
  const rest = log.length - shown;
  // Drawn a frame after the plan above it: the goals are what a person opens the page for.
  const drawn = useGrowingCount(Math.min(shown, log.length), 0, LOG_PAGE);
  // "Mostra altri" takes the reader to the first entry it added, once that entry is drawn: the new
  // ones come above the button, and the last page removes the button (focus would fall to the top).
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => {
    if (focusAt === null || drawn <= focusAt) return;
    listRef.current?.querySelectorAll<HTMLElement>(':scope > li')[focusAt]?.focus();
    setFocusAt(null);
  }, [drawn, focusAt]);
  const showMore = () => {
    setFocusAt(shown);
    setShown(shown + LOG_PAGE);
  };
  return (
    <section className="section meeting-log" id="incontri" aria-labelledby="log-title" tabIndex={-1}>
      <h2 id="log-title">{t('plans.log.title')}</h2>
      <p className="muted">{t('plans.log.lead')}</p>
      {view.abilities.edit ? (
        <>
          <div className="actions">
            <button type="button" className="btn btn-primary" aria-expanded={isOpen} aria-controls="log-form-wrap" onClick={() => setIsOpen(!isOpen)}>
              {t('plans.log.write')}
            </button>
          </div>
          <div id="log-form-wrap" hidden={!isOpen}>
            {isOpen ? <LogForm onSave={onSave} onClose={() => setIsOpen(false)} /> : null}
          </div>
        </>
      ) : null}
      {log.length ? (
        <ol className="log-list" ref={listRef}>
          {log.slice(0, drawn).map((entry) => (
            <LogItem key={entry.id} entry={entry} planId={view.plan.id} canEdit={view.abilities.edit} goals={goals} isOnline={isOnline} onChanged={onChanged} />
          ))}
        </ol>
      ) : (
        <p>{t('plans.log.empty')}</p>
      )}
      {rest > 0 ? (
        <div className="actions">
          <button type="button" className="btn btn-secondary" onClick={showMore}>
            {t('plans.log.more', { count: Math.min(rest, LOG_PAGE), rest })}
          </button>
        </div>
      ) : null}
    </section>
  );
}

function LogForm({ onSave, onClose }: { onSave: (input: TLogInput) => Promise<TSaveResult>; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState(todayInItaly());
  const [mode, setMode] = useState<TLogMode>('in_person');
  const [minutes, setMinutes] = useState('60');
  const [hours, setHours] = useState('1');
  const [notes, setNotes] = useState('');
  const [decisions, setDecisions] = useState('');
  const [steps, setSteps] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = Number(minutes);
    const h = Number(hours.replace(',', '.'));
    const found: Record<string, string> = {};
    if (!date) found.date = t('plans.log.dateRequired');
    else if (date > todayInItaly()) found.date = t('plans.codes.in_future');
    if (!Number.isInteger(m) || m < 1 || m > 720) found.durationMinutes = t('plans.log.minutesRange');
    if (!Number.isFinite(h) || h < 0 || h > 24 || Math.round(h * 4) !== h * 4) found.hours = t('plans.log.hoursRange');
    if (!notes.trim()) found.notes = t('plans.log.notesRequired');
    setErrors(found);
    if (Object.keys(found).length) {
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>('.log-form [aria-invalid="true"]')?.focus());
      return;
    }
    setIsBusy(true);
    setMessage(null);
    const nextSteps = steps.split('\n').map((s) => s.trim()).filter(Boolean);
    const r = await onSave({ date, mode, durationMinutes: m, notes: notes.trim(), decisions: decisions.trim(), nextSteps, hours: h });
    setIsBusy(false);
    if (r.kind === 'refused') {
      setErrors(fieldMessages(t, r.error.fieldErrors, (k) => (k.startsWith('nextSteps') ? 'nextSteps' : k)));
      setMessage({ kind: 'error', text: r.error.detail });
      return;
    }
    setNotes('');
    setDecisions('');
    setSteps('');
    setMessage({ kind: 'success', text: r.kind === 'queued' ? t('plans.offline.kept') : t('plans.log.saved') });
  };

  return (
    <form className="form card log-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('plans.log.formTitle')}</h3>
      <TextField id={`${id}-date`} type="date" label={t('plans.log.date')} value={date} onChange={setDate} error={errors.date} max={todayInItaly()} />
      <div className="field">
        <label htmlFor={`${id}-mode`}>{t('plans.log.mode')}</label>
        <select id={`${id}-mode`} value={mode} onChange={(e) => setMode(e.target.value as TLogMode)}>
          {LOG_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`plans.mode.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField id={`${id}-min`} inputMode="numeric" label={t('plans.log.minutes')} value={minutes} onChange={setMinutes} error={errors.durationMinutes} />
      <TextField id={`${id}-hours`} inputMode="decimal" label={t('plans.log.hours')} hint={t('plans.log.hoursHint')} value={hours} onChange={setHours} error={errors.hours} />
      <TextArea id={`${id}-notes`} label={t('plans.log.notes')} value={notes} onChange={setNotes} error={errors.notes} rows={4} maxLength={4000} />
      <TextArea id={`${id}-dec`} label={t('plans.log.decisions')} value={decisions} onChange={setDecisions} error={errors.decisions} rows={3} maxLength={4000} className="short" />
      <TextArea id={`${id}-steps`} label={t('plans.log.nextSteps')} hint={t('plans.log.nextStepsHint')} value={steps} onChange={setSteps} error={errors.nextSteps} rows={3} className="short" />
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={isBusy}>
          {t('plans.log.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}

type TLogItemProps = { entry: TLogEntry; planId: string; canEdit: boolean; goals: TGoal[]; isOnline: boolean; onChanged: () => Promise<void> };

const LogItem = memo(function LogItem({ entry: e, planId, canEdit, goals, isOnline, onChanged }: TLogItemProps) {
  const { t, lang } = useWords();
  const id = useId();
  const [goalId, setGoalId] = useState<string | null>(null);
  const [owner, setOwner] = useState<TOwner>('entrepreneur');
  const [isChoosing, setIsChoosing] = useState(false);
  // The link that opens the pickers goes away with the tap: focus moves to the first picker.
  const firstPicker = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (isChoosing) firstPicker.current?.focus();
  }, [isChoosing]);
  // Until someone picks one, the first goal still open (the list can change under the entry).
  const goal = goals.find((g) => g.id === goalId) ?? goals[0];
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const isPending = isPendingId(e.id);

  const toActions = async () => {
    if (!goal) return;
    setIsBusy(true);
    setMessage(null);
    try {
      await logToActions(planId, e.id, goal.id, owner);
      await onChanged();
      setMessage({ kind: 'success', text: t('plans.log.turned', { count: e.nextSteps.length }) });
    } catch (err) {
      setMessage({ kind: 'error', text: isApiError(err) ? err.detail : t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <li className="card log-entry" tabIndex={-1}>
      <h3>
        {dayWords(e.date, lang)} · {t(`plans.mode.${e.mode}`)}
      </h3>
      <p className="status-line">
        <span className="muted small">{t('plans.log.meta', { minutes: e.durationMinutes, hours: formatNumber(e.hours, lang), count: e.hours })}</span>
        {isPending ? <span className="badge badge-pending">{t('plans.offline.pendingBadge')}</span> : null}
      </p>
      <p className="pre">{e.notes}</p>
      {e.decisions ? (
        <>
          <p className="section-label">{t('plans.log.decisions')}</p>
          <p className="pre">{e.decisions}</p>
        </>
      ) : null}
      {e.nextSteps.length ? (
        <>
          <p className="section-label">{t('plans.log.nextSteps')}</p>
          <ul className="check-list">
            {e.nextSteps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ul>
        </>
      ) : null}
      {e.byName ? <p className="muted small">{t('plans.log.by', { name: e.byName })}</p> : null}
      {e.nextSteps.length && e.stepsTurnedAt ? (
        <p className="muted small">{t('plans.log.turnedAlready')}</p>
      ) : e.nextSteps.length && canEdit && !isPending ? (
        goal ? (
          <div className="to-actions">
            <p className="small" id={`${id}-target`}>
              {t('plans.log.toActionsTarget', { goal: goal.title, who: t(`plans.ownerLong.${owner}`) })}
            </p>
            {/* The pickers are built only when asked for: with fifty goals, two hundred entries
                would otherwise carry ten thousand options. The usual case stays one tap. */}
            {isChoosing ? (
              <>
                {goals.length > 1 ? (
                  <div className="field">
                    <label htmlFor={`${id}-goal`}>{t('plans.log.forGoal')}</label>
                    <select id={`${id}-goal`} ref={firstPicker} value={goal.id} onChange={(ev) => setGoalId(ev.target.value)}>
                      {goals.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.title}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
                <OwnerSelect id={`${id}-owner`} label={t('plans.log.whoDoes')} value={owner} onChange={setOwner} selectRef={goals.length > 1 ? undefined : firstPicker} />
              </>
            ) : (
              <button type="button" className="btn-link small" aria-describedby={`${id}-target`} onClick={() => setIsChoosing(true)}>
                {t('plans.log.change')}
              </button>
            )}
            <button type="button" className="btn btn-secondary" aria-describedby={`${id}-target`} disabled={isBusy || !isOnline} onClick={() => void toActions()}>
              {t('plans.log.toActions')}
            </button>
            {!isOnline ? <p className="muted small">{t('plans.log.toActionsOffline')}</p> : null}
          </div>
        ) : (
          <p className="muted small">{t('plans.log.needGoal')}</p>
        )
      ) : null}
      <FormStatus kind={message?.kind ?? 'info'} message={message?.text} />
    </li>
  );
});
