import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TAtecoDivision } from '../api/angels';

type TProps = {
  divisions: TAtecoDivision[];
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
  max?: number;
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * A searchable multi-select of ATECO divisions: the chosen ones as removable chips on top,
 * a filter box, then checkboxes (native, so keyboard and screen readers work as usual).
 * @example <SectorPicker divisions={list} value={codes} onChange={setCodes} />
 */
export function SectorPicker({ divisions, value, onChange, error, max = 30 }: TProps) {
  const { t } = useTranslation();
  const baseId = useId();
  const [filter, setFilter] = useState('');
  const byCode = useMemo(() => new Map(divisions.map((d) => [d.code, d])), [divisions]);
  const shown = useMemo(() => {
    const q = fold(filter.trim());
    if (!q) return divisions;
    return divisions.filter((d) => fold(d.display).includes(q));
  }, [divisions, filter]);
  const isFull = value.length >= max;

  const toggle = (code: string, isOn: boolean) => {
    if (isOn) onChange(value.includes(code) ? value : [...value, code]);
    else onChange(value.filter((c) => c !== code));
  };

  return (
    <fieldset className={error ? 'fieldset sector-picker field-invalid' : 'fieldset sector-picker'} aria-describedby={`${baseId}-hint${error ? ` ${baseId}-error` : ''}`}>
      <legend>{t('angels.form.sectors')}</legend>
      <p className="field-hint" id={`${baseId}-hint`}>
        {t('angels.form.sectorsHint', { max })}
      </p>
      {error ? (
        <p className="field-error" id={`${baseId}-error`}>
          {error}
        </p>
      ) : null}
      {value.length > 0 ? (
        <ul className="chip-list" aria-label={t('angels.form.sectorsChosen')}>
          {value.map((code) => (
            <li key={code}>
              <button type="button" className="chip" onClick={() => toggle(code, false)}>
                {byCode.get(code)?.display ?? code}
                <span aria-hidden="true"> ×</span>
                <span className="sr-only"> {t('angels.form.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">{t('angels.form.sectorsNone')}</p>
      )}
      <div className="field">
        <label htmlFor={`${baseId}-filter`}>{t('angels.form.sectorsFilter')}</label>
        <input id={`${baseId}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {filter.trim() ? t('angels.form.sectorsFound', { count: shown.length }) : ''}
      </p>
      <div className="sector-options">
        {shown.map((d) => {
          const isChecked = value.includes(d.code);
          return (
            <label key={d.code} className="choice">
              <input type="checkbox" checked={isChecked} disabled={!isChecked && isFull} onChange={(e) => toggle(d.code, e.target.checked)} />
              {d.display}
            </label>
          );
        })}
        {shown.length === 0 ? <p className="muted">{t('angels.form.sectorsNoMatch')}</p> : null}
      </div>
    </fieldset>
  );
}
