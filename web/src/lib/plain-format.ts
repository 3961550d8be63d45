// Days, months and small figures written without Intl, exactly as Intl writes them in Italian
// (it-IT) and English (en-GB): the tests compare the two. The first Intl date or number format of
// a page costs a phone 50–100 ms (the locale's data is read then), and the plan's first screen
// would pay it (bench/plan-render); with these it pays nothing.

const MONTHS = {
  it: {
    short: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    long: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  },
  en: {
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
    long: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
} as const;

const monthsOf = (lng: string) => (lng === 'en' ? MONTHS.en : MONTHS.it);

/**
 * A day of the calendar (its UTC date) with a short month.
 * @example plainDay(new Date('2027-06-05T12:00:00Z'), 'it') // '5 giu 2027'
 */
export function plainDay(d: Date, lng: string): string {
  return `${d.getUTCDate()} ${monthsOf(lng).short[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A month (of the UTC date), with its year or without.
 * @example plainMonth(new Date('2027-06-05T12:00:00Z'), 'it', true) // 'giugno 2027'
 */
export function plainMonth(d: Date, lng: string, withYear: boolean): string {
  const month = monthsOf(lng).long[d.getUTCMonth()]!;
  return withYear ? `${month} ${d.getUTCFullYear()}` : month;
}

/**
 * A figure under 1000 with at most two decimals ('14', '0,5' / '0.5'), or null for any other:
 * the caller uses Intl for those. A plan's figures are mostly such.
 * @example plainNumber(0.5, 'it') // '0,5'; plainNumber(1200, 'it') // null
 */
export function plainNumber(n: number, lng: string): string | null {
  if (!(n >= 0 && n < 1000)) return null;
  const hundredths = Math.round(n * 100);
  if (Math.abs(n * 100 - hundredths) > 1e-6) return null;
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return String(whole);
  const decimals = cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0');
  return `${whole}${lng === 'en' ? '.' : ','}${decimals}`;
}
