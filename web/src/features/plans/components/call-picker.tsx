import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deadlineWords, searchCallsToLink, type TCallChoice } from '../api/plan-calls';

type TProps = {
  /** The call chosen now (null: none), with its words when known. */
  value: string | null;
  current?: TCallChoice | null;
  onChange: (callId: string | null) => void;
  error?: string;
};

type TState = { items: TCallChoice[]; isLoading: boolean; isError: boolean };

/**
 * Chooses the call for funding an action is about: a search box over the open calls
 * (GET /api/funding/calls?q=), the calls found as radio buttons with their deadline, and
 * "Nessun bando" to unlink. Plain radios: easy with a thumb, a keyboard or a screen reader.
 * @example <CallPicker value={callId} onChange={setCallId} />
 */
export function CallPicker({ value, current, onChange, error }: TProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [state, setState] = useState<TState>({ items: [], isLoading: true, isError: false });
  const [known, setKnown] = useState<TCallChoice | null>(current ?? null);

  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => ({ ...s, isLoading: true, isError: false }));
    const timer = window.setTimeout(() => {
      searchCallsToLink(q, i18n.language, ctrl.signal)
        .then((r) => setState({ items: r.items, isLoading: false, isError: false }))
        .catch(() => {
          if (!ctrl.signal.aborted) setState({ items: [], isLoading: false, isError: true });
        });
    }, q ? 300 : 0);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, i18n.language]);

  // The chosen call stays offered even when the words typed no longer find it.
  const chosen = value ? (state.items.find((c) => c.id === value) ?? (known?.id === value ? known : null)) : null;
  const options = chosen && !state.items.some((c) => c.id === chosen.id) ? [chosen, ...state.items] : state.items;
  const choose = (call: TCallChoice | null) => {
    setKnown(call);
    onChange(call?.id ?? null);
  };

  let status = '';
  if (state.isLoading) status = t('planCalls.picker.searching');
  else if (state.isError) status = t('planCalls.picker.error');
  else if (state.items.length === 0) status = t('planCalls.picker.empty');
  else status = t('planCalls.picker.results', { count: state.items.length });

  return (
    <fieldset className={error ? 'fieldset call-picker field-invalid' : 'fieldset call-picker'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('planCalls.picker.legend')}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {t('planCalls.picker.hint')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('planCalls.picker.search')}</label>
        <input id={`${id}-q`} type="search" autoComplete="off" maxLength={200} aria-describedby={`${id}-hint`} value={q} onChange={(e) => setQ(e.target.value)} />
      </div>
      <p className="muted small" role="status" aria-live="polite">
        {status}
      </p>
      <ul className="call-options">
        <li>
          <label className="choice">
            <input type="radio" name={`${id}-call`} checked={value === null} onChange={() => choose(null)} />
            <span>{t('planCalls.picker.none')}</span>
          </label>
        </li>
        {options.map((call) => (
          <li key={call.id}>
            <label className="choice">
              <input type="radio" name={`${id}-call`} checked={value === call.id} onChange={() => choose(call)} />
              <span>
                <span className="call-option-title">{call.title}</span>
                <span className="muted small"> · {deadlineWords(t, i18n.language, call)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
