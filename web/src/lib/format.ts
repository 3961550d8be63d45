import { intlLocale } from '../i18n';
import { plainNumber } from './plain-format';
import { ROME } from './rome-time';

// Building an Intl formatter is slow (tens of microseconds, much more on a phone): a page that
// formats hundreds of dates would spend most of its time there. One per locale and style.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

// Dates and times are Italy's, whatever the zone of the reader's device or of the server drawing
// the page: a meeting at 15:30 reads 15:30 on every page, on a phone set to UTC too.

/**
 * A date and time in Rome, in the reader's language.
 * @example formatDateTime('2026-03-01T10:00:00Z', 'it') // '1 mar 2026, 11:00'
 */
export function formatDateTime(iso: string, lng: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = intlLocale(lng);
  return cached(`dt|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: ROME })).format(d);
}

/**
 * The day of an instant in Rome (no time), in the reader's language.
 * @example formatDate('2026-03-01T23:30:00Z', 'en') // '2 Mar 2026'
 */
export function formatDate(iso: string, lng: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const locale = intlLocale(lng);
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: ROME })).format(d);
}

/**
 * A number in the reader's language.
 * @example formatNumber(12345, 'it') // '12.345'; formatNumber(0.5, 'it') // '0,5'
 */
export function formatNumber(n: number, lng: string): string {
  const plain = plainNumber(n, lng);
  if (plain !== null) return plain;
  const locale = intlLocale(lng);
  return cached(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(n);
}
