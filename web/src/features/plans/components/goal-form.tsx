import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../../components/ui/form-status';
import { TextField } from '../../../components/ui/text-field';
import { isApiError } from '../../../lib/api-client';
import { addMonths, dropSuggestion, suggestedTarget, todayInItaly, UNITS, type TGoalInput, type TSuggestion, type TUnit } from '../api/plans';
import { fieldMessages } from '../api/field-message';

type TProps = {
  planId: string;
  suggestions: TSuggestion[];
  onSave: (input: TGoalInput) => Promise<void>;
  onClose: () => void;
};

/**
 * "Aggiungi un obiettivo": the entrepreneur's words for the goal and one figure to follow.
 * The check-up's starting points are offered above it: take one, change it, or drop it.
 */
export function GoalForm({ planId, suggestions, onSave, onClose }: TProps) {
  const { t } = useTranslation();
  const id = useId();
  // Dropped here and now: hidden at once, while the plan (where it is kept for both sides) reloads.
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [chosen, setChosen] = useState<TSuggestion | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [title, setTitle] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<TUnit>('numero');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [byDate, setByDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const offers = suggestions.filter((s) => !dismissed.includes(s.section));

  const take = (s: TSuggestion) => {
    setChosen(s);
    setPicked(s.actions.map((a) => a.title));
    setTitle(s.goalTitle);
    setName(s.indicator.name);
    setUnit(s.indicator.unit);
    setByDate(addMonths(todayInItaly(), s.indicator.months));
    const b = Number(baseline.replace(',', '.'));
    if (baseline.trim() && Number.isFinite(b)) setTarget(String(suggestedTarget(s, b)));
    window.requestAnimationFrame(() => document.getElementById(`${id}-baseline`)?.focus());
  };
  const drop = (s: TSuggestion) => {
    setDismissed([...dismissed, s.section]);
    if (chosen?.section === s.section) setChosen(null);
    dropSuggestion(planId, s.section).catch((err: unknown) => {
      setDismissed((d) => d.filter((x) => x !== s.section));
      setError(isApiError(err) ? err.detail : t('errors.generic'));
    });
  };
  const changeBaseline = (v: string) => {
    setBaseline(v);
    const b = Number(v.replace(',', '.'));
    if (chosen && v.trim() && Number.isFinite(b)) setTarget(String(suggestedTarget(chosen, b)));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const num = (s: string) => (s.trim() && Number.isFinite(Number(s.replace(',', '.'))) ? Number(s.replace(',', '.')) : null);
    const b = num(baseline);
    const tg = num(target);
    const found: Record<string, string> = {};
    if (!title.trim()) found.title = t('plans.goalForm.titleRequired');
    if (!name.trim()) found['indicator.name'] = t('plans.goalForm.nameRequired');
    if (b === null) found['indicator.baseline'] = t('plans.goalForm.numberRequired');
    if (tg === null) found['indicator.target'] = t('plans.goalForm.numberRequired');
    else if (b !== null && tg === b) found['indicator.target'] = t('plans.codes.target_equals_baseline');
    if (!byDate) found['indicator.byDate'] = t('plans.goalForm.dateRequired');
    else if (byDate < todayInItaly()) found['indicator.byDate'] = t('plans.codes.due_in_past');
    setErrors(found);
    if (Object.keys(found).length) {
      window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`.goal-form [aria-invalid="true"]`)?.focus());
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const actions = chosen ? chosen.actions.filter((a) => picked.includes(a.title)) : [];
      // The goal, the actions kept and the suggestion taken go in one request: all or nothing.
      await onSave({ title: title.trim(), indicator: { name: name.trim(), unit, baseline: b!, target: tg!, byDate }, actions, ...(chosen ? { fromSuggestion: chosen.section } : {}) });
    } catch (err) {
      if (isApiError(err)) {
        setErrors(fieldMessages(t, err.fieldErrors));
        setError(err.detail);
      } else setError(t('errors.generic'));
      setIsBusy(false);
    }
  };

  return (
    <div className="goal-form">
      {offers.length ? (
        <section className="suggestions" aria-labelledby={`${id}-sug`}>
          <h3 id={`${id}-sug`}>{t('plans.suggestions.title')}</h3>
          <p className="muted">{t('plans.suggestions.lead')}</p>
          <ul className="item-list">
            {offers.map((s) => (
              <li key={s.section} className={chosen?.section === s.section ? 'suggestion is-chosen' : 'suggestion'}>
                <p className="item-title">{s.goalTitle}</p>
                <p className="small">
                  {s.indicator.name}: {s.indicator.example}
                </p>
                <div className="item-actions">
                  <button type="button" className="btn btn-secondary" onClick={() => take(s)}>
                    {t('plans.suggestions.take')}
                    <span className="sr-only"> — {s.goalTitle}</span>
                  </button>
                  <button type="button" className="btn-link" onClick={() => drop(s)}>
                    {t('plans.suggestions.drop')}
                    <span className="sr-only"> — {s.goalTitle}</span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <form className="form card" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{t('plans.goalForm.title')}</h3>
        <TextField id={`${id}-title`} label={t('plans.goalForm.goalTitle')} hint={t('plans.goalForm.goalTitleHint')} value={title} onChange={setTitle} error={errors.title} maxLength={160} />
        <TextField id={`${id}-name`} label={t('plans.goalForm.name')} hint={t('plans.goalForm.nameHint')} value={name} onChange={setName} error={errors['indicator.name']} maxLength={120} />
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('plans.goalForm.unit')}</label>
          <select id={`${id}-unit`} value={unit} onChange={(e) => setUnit(e.target.value as TUnit)}>
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`plans.units.${u}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField id={`${id}-baseline`} inputMode="decimal" label={t('plans.goalForm.baseline')} hint={t('plans.goalForm.baselineHint')} value={baseline} onChange={changeBaseline} error={errors['indicator.baseline']} />
        <TextField id={`${id}-target`} inputMode="decimal" label={t('plans.goalForm.target')} value={target} onChange={setTarget} error={errors['indicator.target']} />
        <TextField id={`${id}-by`} type="date" label={t('plans.goalForm.byDate')} value={byDate} onChange={setByDate} error={errors['indicator.byDate']} min={todayInItaly()} />
        {chosen && chosen.actions.length ? (
          <fieldset className="fieldset">
            <legend>{t('plans.goalForm.alsoActions')}</legend>
            {chosen.actions.map((a) => (
              <label key={a.title} className="choice">
                <input type="checkbox" checked={picked.includes(a.title)} onChange={(e) => setPicked(e.target.checked ? [...picked, a.title] : picked.filter((x) => x !== a.title))} />
                {a.title}
              </label>
            ))}
          </fieldset>
        ) : null}
        <FormStatus kind="error" message={error} />
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={isBusy}>
            {isBusy ? t('common.wait') : t('plans.goalForm.save')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </form>
    </div>
  );
}
