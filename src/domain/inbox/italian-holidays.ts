/**
 * Italy's national public holidays (Legge 260/1949 and later changes), computed: the
 * date-holidays package has them too, but it carries every country's rules (13 MB) into the
 * server bundle for eleven fixed days and Easter. Patron saints' days are local and not
 * counted. San Francesco d'Assisi (4 October) is a national holiday again from 2026
 * (Legge 151/2025).
 */
const FIXED = ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'];

/**
 * Easter Sunday of a Gregorian year (the anonymous "Meeus/Jones/Butcher" computus), YYYY-MM-DD.
 * @example easterSunday(2026); // '2026-04-05'
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, ReadonlySet<string>>();

/**
 * The national holidays of a year as YYYY-MM-DD days (Easter Monday included; Easter Sunday is a Sunday).
 * @example italianHolidays(2026).has('2026-04-06'); // true
 */
export function italianHolidays(year: number): ReadonlySet<string> {
  const known = cache.get(year);
  if (known) return known;
  const easter = new Date(`${easterSunday(year)}T12:00:00Z`);
  easter.setUTCDate(easter.getUTCDate() + 1);
  const days = new Set([...FIXED.map((md) => `${year}-${md}`), easter.toISOString().slice(0, 10)]);
  if (year >= 2026) days.add(`${year}-10-04`);
  cache.set(year, days);
  return days;
}
