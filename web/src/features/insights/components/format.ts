import { intlLocale } from '../../../i18n';

const numbers = new Map<string, Intl.NumberFormat>();

function numberFormat(lng: string, digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${lng}|${digits}|${style}`;
  let f = numbers.get(key);
  if (!f) {
    f = new Intl.NumberFormat(intlLocale(lng), { style, maximumFractionDigits: digits, minimumFractionDigits: 0 });
    numbers.set(key, f);
  }
  return f;
}

/** A count or a figure with at most `digits` decimals: 1.234 / 2,5. */
export const num = (n: number, lng: string, digits = 1) => numberFormat(lng, digits).format(n);

/** A share 0–1 as a percentage with at most one decimal: 45,7%. */
export const pct = (share: number, lng: string) => numberFormat(lng, 1, 'percent').format(share);

/** A Rome calendar day (YYYY-MM-DD) as people read it: 31 mar 2026. */
export function day(text: string, lng: string): string {
  const d = new Date(`${text}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return text;
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}
