import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { isApiError } from '../../../lib/api-client';
import { focusFirstInvalid } from '../../../lib/focus';
import { minutesToTime, timeToMinutes } from '../../../lib/rome-time';
import { useApi } from '../../../lib/use-api';
import { availabilityPath, saveAvailability, type TAvailability, type TException } from '../api/angels';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

type TWindow = { key: number; start: string; end: string; error?: string };
type TExceptionRow = { key: number; day: string; kind: TException['kind']; start: string; end: string; error?: string };
type TDraft = { days: Record<number, TWindow[]>; exceptions: TExceptionRow[] };

let nextKey = 1;
const key = () => (nextKey += 1);

function toDraft(a: TAvailability): TDraft {
  const days: Record<number, TWindow[]> = {};
  for (const d of WEEKDAYS) days[d] = [];
  for (const r of [...a.rules].sort((x, y) => x.startMinute - y.startMinute)) {
    days[r.weekday]?.push({ key: key(), start: minutesToTime(r.startMinute), end: minutesToTime(r.endMinute) });
  }
  const exceptions = a.exceptions.map((e) => ({
    key: key(),
    day: e.day,
    kind: e.kind,
    start: e.startMinute === null ? '' : minutesToTime(e.startMinute),
    end: e.endMinute === null ? '' : minutesToTime(e.endMinute),
  }));
  return { days, exceptions };
}

/** Editor of the weekly hours for first meetings, and the days that differ (Italian time). */
export function AvailabilityEditor() {
  const { t } = useTranslation();
  const { data, error, isLoading, reload } = useApi<TAvailability>(availabilityPath);
  if (isLoading && !data) return <Loading />;
  if (error || !data) return <ErrorNotice message={error?.detail ?? t('errors.generic')} onRetry={reload} />;
  return <Editor initial={data} />;
}

function Editor({ initial }: { initial: TAvailability }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TDraft>(() => toDraft(initial));
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; message: string } | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const setDay = (weekday: number, windows: TWindow[]) => setDraft((d) => ({ ...d, days: { ...d.days, [weekday]: windows } }));
  const setException = (k: number, change: Partial<TExceptionRow>) =>
    setDraft((d) => ({ ...d, exceptions: d.exceptions.map((e) => (e.key === k ? { ...e, ...change, error: undefined } : e)) }));

  const addWindow = (weekday: number) => {
    const list = draft.days[weekday] ?? [];
    const last = list.length ? timeToMinutes(list[list.length - 1]!.end) : null;
    const start = last === null ? 540 : Math.min(last + 60, 1380);
    setDay(weekday, [...list, { key: key(), start: minutesToTime(start), end: minutesToTime(Math.min(start + 180, 1440)) }]);
  };

  /** Checks each window here, and builds the body in the order the server reports errors by. */
  const build = () => {
    let isOk = true;
    const rules: TAvailability['rules'] = [];
    const ruleRefs: { weekday: number; key: number }[] = [];
    const days: Record<number, TWindow[]> = {};
    for (const weekday of WEEKDAYS) {
      days[weekday] = (draft.days[weekday] ?? []).map((w) => {
        const s = timeToMinutes(w.start);
        const e = timeToMinutes(w.end);
        if (s === null || e === null || s >= e) {
          isOk = false;
          return { ...w, error: t('angels.availability.errors.bad_minutes') };
        }
        rules.push({ weekday, startMinute: s, endMinute: e });
        ruleRefs.push({ weekday, key: w.key });
        return { ...w, error: undefined };
      });
    }
    const exceptions: TException[] = [];
    const rows = draft.exceptions.map((x) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(x.day)) {
        isOk = false;
        return { ...x, error: t('angels.availability.errors.day') };
      }
      if (x.kind === 'unavailable' && !x.start && !x.end) {
        exceptions.push({ day: x.day, kind: x.kind, startMinute: null, endMinute: null });
        return { ...x, error: undefined };
      }
      const s = timeToMinutes(x.start);
      const e = timeToMinutes(x.end);
      if (s === null || e === null || s >= e) {
        isOk = false;
        return { ...x, error: t('angels.availability.errors.bad_minutes') };
      }
      exceptions.push({ day: x.day, kind: x.kind, startMinute: s, endMinute: e });
      return { ...x, error: undefined };
    });
    return { isOk, body: { rules, exceptions }, ruleRefs, next: { days, exceptions: rows } };
  };

  const save = async () => {
    setStatus(null);
    const { isOk, body, ruleRefs, next } = build();
    setDraft(next);
    if (!isOk) {
      setStatus({ kind: 'error', message: t('form.fixErrors') });
      focusFirstInvalid('.availability');
      return;
    }
    setIsBusy(true);
    try {
      const saved = await saveAvailability(body);
      setDraft(toDraft(saved));
      setStatus({ kind: 'success', message: t('angels.availability.saved') });
    } catch (err) {
      if (isApiError(err) && Object.keys(err.fieldErrors).length) {
        const message = (code: string) => (code === 'overlap' || code === 'bad_minutes' ? t(`angels.availability.errors.${code}`) : code);
        const days = { ...next.days };
        const exceptions = [...next.exceptions];
        for (const [field, code] of Object.entries(err.fieldErrors)) {
          const [kind, index] = field.split('.');
          const i = Number(index);
          if (kind === 'rules' && ruleRefs[i]) {
            const ref = ruleRefs[i];
            days[ref.weekday] = (days[ref.weekday] ?? []).map((w) => (w.key === ref.key ? { ...w, error: message(code) } : w));
          } else if (kind === 'exceptions' && exceptions[i]) {
            exceptions[i] = { ...exceptions[i], error: message(code) };
          }
        }
        setDraft({ days, exceptions });
        setStatus({ kind: 'error', message: t('form.fixErrors') });
        focusFirstInvalid('.availability');
      } else setStatus({ kind: 'error', message: isApiError(err) ? err.detail : t('errors.generic') });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="availability">
      <p>{t('angels.availability.intro')}</p>
      {WEEKDAYS.map((weekday) => {
        const dayName = t(`angels.weekdays.${weekday}`);
        const windows = draft.days[weekday] ?? [];
        return (
          <fieldset key={weekday} className="fieldset day-hours">
            <legend>{dayName}</legend>
            {windows.length === 0 ? <p className="muted small">{t('angels.availability.dayOff')}</p> : null}
            <ul className="window-list">
              {windows.map((w, i) => {
                const id = `av-${weekday}-${w.key}`;
                const where = t('angels.availability.windowOf', { day: dayName, n: i + 1 });
                const update = (change: Partial<TWindow>) => setDay(weekday, windows.map((x) => (x.key === w.key ? { ...x, ...change, error: undefined } : x)));
                return (
                  <li key={w.key} className={w.error ? 'time-window field-invalid' : 'time-window'}>
                    <div className="field">
                      <label htmlFor={`${id}-s`}>
                        {t('angels.availability.from')}
                        <span className="sr-only"> ({where})</span>
                      </label>
                      <input id={`${id}-s`} type="time" step={900} value={w.start} aria-invalid={w.error ? true : undefined} aria-describedby={w.error ? `${id}-e` : undefined} onChange={(e) => update({ start: e.target.value })} />
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-t`}>
                        {t('angels.availability.to')}
                        <span className="sr-only"> ({where})</span>
                      </label>
                      <input id={`${id}-t`} type="time" step={900} value={w.end} aria-invalid={w.error ? true : undefined} aria-describedby={w.error ? `${id}-e` : undefined} onChange={(e) => update({ end: e.target.value })} />
                    </div>
                    <button type="button" className="btn btn-secondary" onClick={() => setDay(weekday, windows.filter((x) => x.key !== w.key))}>
                      {t('angels.availability.remove')}
                      <span className="sr-only"> ({where})</span>
                    </button>
                    {w.error ? (
                      <p className="field-error" id={`${id}-e`}>
                        {w.error}
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
            <button type="button" className="btn-link" onClick={() => addWindow(weekday)}>
              {t('angels.availability.add')}
              <span className="sr-only"> ({dayName})</span>
            </button>
          </fieldset>
        );
      })}

      <h3>{t('angels.availability.exceptionsTitle')}</h3>
      <p className="muted small">{t('angels.availability.exceptionsIntro')}</p>
      {draft.exceptions.length > 0 ? (
        <ul className="window-list">
          {draft.exceptions.map((x, i) => {
            const id = `ex-${x.key}`;
            const where = t('angels.availability.exceptionN', { n: i + 1 });
            return (
              <li key={x.key} className={x.error ? 'exception-row field-invalid' : 'exception-row'}>
                <div className="field">
                  <label htmlFor={`${id}-d`}>
                    {t('angels.availability.day')}
                    <span className="sr-only"> ({where})</span>
                  </label>
                  <input id={`${id}-d`} type="date" value={x.day} aria-invalid={x.error ? true : undefined} onChange={(e) => setException(x.key, { day: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-k`}>
                    {t('angels.availability.kind')}
                    <span className="sr-only"> ({where})</span>
                  </label>
                  <select id={`${id}-k`} value={x.kind} onChange={(e) => setException(x.key, e.target.value === 'extra' ? { kind: 'extra', start: x.start || '09:00', end: x.end || '12:00' } : { kind: 'unavailable', start: '', end: '' })}>
                    <option value="unavailable">{t('angels.availability.kinds.unavailable')}</option>
                    <option value="extra">{t('angels.availability.kinds.extra')}</option>
                  </select>
                </div>
                {x.kind === 'extra' ? (
                  <>
                    <div className="field">
                      <label htmlFor={`${id}-s`}>
                        {t('angels.availability.from')}
                        <span className="sr-only"> ({where})</span>
                      </label>
                      <input id={`${id}-s`} type="time" step={900} value={x.start} aria-invalid={x.error ? true : undefined} onChange={(e) => setException(x.key, { start: e.target.value })} />
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-t`}>
                        {t('angels.availability.to')}
                        <span className="sr-only"> ({where})</span>
                      </label>
                      <input id={`${id}-t`} type="time" step={900} value={x.end} aria-invalid={x.error ? true : undefined} onChange={(e) => setException(x.key, { end: e.target.value })} />
                    </div>
                  </>
                ) : null}
                <button type="button" className="btn btn-secondary" onClick={() => setDraft((d) => ({ ...d, exceptions: d.exceptions.filter((e) => e.key !== x.key) }))}>
                  {t('angels.availability.remove')}
                  <span className="sr-only"> ({where})</span>
                </button>
                {x.error ? <p className="field-error">{x.error}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>
        <button
          type="button"
          className="btn-link"
          onClick={() => setDraft((d) => ({ ...d, exceptions: [...d.exceptions, { key: key(), day: '', kind: 'unavailable', start: '', end: '' }] }))}
        >
          {t('angels.availability.addException')}
        </button>
      </p>
      <FormStatus kind={status?.kind} message={status?.message} />
      <button type="button" className="btn btn-primary btn-big" disabled={isBusy} onClick={() => void save()}>
        {isBusy ? t('common.wait') : t('angels.availability.save')}
      </button>
    </div>
  );
}
