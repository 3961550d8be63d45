import { plainDay } from '../../../lib/plain-format';

/** The last Sunday of a month (UTC), at 01:00 UTC: when Europe changes its clocks. */
const lastSundayAt1Utc = (year: number, month: number) => {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
};

/**
 * The day an instant falls on in Rome, written without Intl ("2 dic 2026"): a lesson page is
 * drawn at once on a slow phone, and the first Intl date format with a time zone costs it tens
 * of milliseconds of reading zone data. Italy follows the EU rule: UTC+2 from the last Sunday of
 * March to the last Sunday of October (01:00 UTC both), UTC+1 otherwise.
 * @example romeDayOf('2026-03-01T23:30:00Z', 'it') // '2 mar 2026'
 */
export function romeDayOf(iso: string, lng: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const year = at.getUTCFullYear();
  const isSummer = at.getTime() >= lastSundayAt1Utc(year, 2) && at.getTime() < lastSundayAt1Utc(year, 9);
  return plainDay(new Date(at.getTime() + (isSummer ? 2 : 1) * 3_600_000), lng);
}
