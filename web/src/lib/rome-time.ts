/** Meetings and availability live in Italian time, wherever the reader's device is. */
export const ROME = 'Europe/Rome';

// The same tags as i18n's intlLocale; not imported so this file stays free of the DOM (and testable).
const intlLocale = (lng: string) => (lng === 'en' ? 'en-GB' : 'it-IT');

/**
 * The calendar day of an instant in Rome, as YYYY-MM-DD (for grouping slots by day).
 * @example romeDayKey('2026-03-01T23:30:00Z') // '2026-03-02'
 */
export function romeDayKey(iso: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ROME, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/**
 * A weekday and date in Rome, in the reader's language.
 * @example formatRomeDay('2026-03-02T09:00:00Z', 'it') // 'lunedì 2 marzo'
 */
export function formatRomeDay(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { timeZone: ROME, weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(iso));
}

/**
 * The clock time in Rome.
 * @example formatRomeTime('2026-03-02T09:00:00Z', 'it') // '10:00'
 */
export function formatRomeTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { timeZone: ROME, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * Day and time in Rome, in full words: what a person reads before saying yes.
 * @example formatRomeDateTime('2026-03-02T09:00:00Z', 'it') // 'lunedì 2 marzo 2026 alle ore 10:00'
 */
export function formatRomeDateTime(iso: string, lng: string): string {
  return new Intl.DateTimeFormat(intlLocale(lng), { timeZone: ROME, dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * "09:30" for minutes after midnight, as a time input wants it.
 * @example minutesToTime(570) // '09:30'
 */
export function minutesToTime(minutes: number): string {
  const m = Math.max(0, Math.min(1440, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Minutes after midnight from "HH:MM"; null when the text is not a time. "24:00" is the end of the day.
 * @example timeToMinutes('09:30') // 570
 */
export function timeToMinutes(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}
