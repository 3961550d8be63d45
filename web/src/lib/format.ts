import { intlLocale } from '../i18n';

/**
 * A date and time in the reader's language.
 * @example formatDateTime('2026-03-01T10:00:00Z', 'it') // '1 mar 2026, 11:00'
 */
export function formatDateTime(iso: string, lng: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

/**
 * A date (no time) in the reader's language.
 * @example formatDate('2026-03-01T10:00:00Z', 'en') // '1 Mar 2026'
 */
export function formatDate(iso: string, lng: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(lng), { dateStyle: 'medium' }).format(d);
}

/**
 * A whole number in the reader's language.
 * @example formatNumber(1234, 'it') // '1234' or '1.234'
 */
export function formatNumber(n: number, lng: string): string {
  return new Intl.NumberFormat(intlLocale(lng)).format(n);
}
