import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { solutionCost, type TPricePart, type TVolumes } from '../../../../src/shared/solution-cost';
import { readVolumes, volumeFieldValues, VOLUME_FIELDS, type TPriceRow, type TVolumeField } from './api';

/** A stored price part as the cost function reads it (the server's pricePartOf, for the browser). */
export function partOf(row: TPriceRow): TPricePart {
  if (row.kind === 'card_percent' || row.kind === 'online_percent') return { kind: row.kind, percent: row.percent ?? 0 };
  if (row.kind === 'monthly') return { kind: 'monthly', amount: row.amount ?? 0, ...(row.introMonths ? { introMonths: row.introMonths, introAmount: row.introAmount ?? 0 } : {}) };
  return { kind: row.kind, amount: row.amount ?? 0 };
}

export const costOf = (parts: readonly TPriceRow[], v: TVolumes) => solutionCost(parts.map(partOf), v);

/** Euro in the reader's language, no cents above 100. */
export function euro(n: number, lng: string): string {
  return new Intl.NumberFormat(lng === 'en' ? 'en-GB' : 'it-IT', { style: 'currency', currency: 'EUR', maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 }).format(n);
}

/**
 * The volumes asked in plain words, as a GET form: without JavaScript "Ricalcola" reloads the
 * page, which the server draws with the new cost; with it, the cost changes as the person types.
 */
export function VolumesForm({ search, onChange, hidden = [] }: { search: string; onChange: (v: TVolumes) => void; hidden?: [string, string][] }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<TVolumeField, string>>(() => volumeFieldValues(readVolumes(new URLSearchParams(search))));
  const form = useRef<HTMLFormElement>(null);
  // Words typed before the app took the page over are in the fields, not in the state: copy them.
  useLayoutEffect(() => {
    const el = form.current;
    if (!el) return;
    const typed = Object.fromEntries(VOLUME_FIELDS.map((f) => [f, (el.elements.namedItem(f) as HTMLInputElement | null)?.value ?? ''])) as Record<TVolumeField, string>;
    if (VOLUME_FIELDS.some((f) => typed[f] !== values[f])) {
      setValues(typed);
      onChange(readVolumes(new URLSearchParams(typed)));
    }
    // Once, when the app takes the page over.
  }, []);
  const set = (field: TVolumeField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    onChange(readVolumes(new URLSearchParams(next)));
  };
  const field = (name: TVolumeField, unit: string) => (
    <p className="field">
      <label htmlFor={`vol-${name}`}>{t(`solutions.volumes.${name}`)}</label>
      <span className="solution-volume-input">
        <input id={`vol-${name}`} name={name} type="number" inputMode="decimal" min="0" step="any" value={values[name]} onChange={(e) => set(name, e.target.value)} />
        <span className="muted">{unit}</span>
      </span>
    </p>
  );
  return (
    <form method="get" ref={form} className="solution-volumes" aria-labelledby="volumes-h">
      <h2 id="volumes-h">{t('solutions.volumes.title')}</h2>
      <p className="muted">{t('solutions.volumes.intro')}</p>
      {hidden.map(([name, value], i) => (
        <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
      ))}
      {field('takings', '€')}
      {field('cardPercent', '%')}
      {field('cardAverage', '€')}
      {field('orders', t('solutions.volumes.perMonth'))}
      {field('orderAverage', '€')}
      {field('bookings', t('solutions.volumes.perMonth'))}
      <p>
        <button type="submit" className="btn">
          {t('solutions.volumes.recompute')}
        </button>
      </p>
    </form>
  );
}
