import { describe, expect, it } from 'vitest';
import { plainDay, plainMonth, plainNumber } from './plain-format';

const LANGUAGES = [
  ['it', 'it-IT'],
  ['en', 'en-GB'],
] as const;

describe('plain formats', () => {
  it('write every day of a year as Intl does, in Italian and in English', () => {
    for (const [lng, locale] of LANGUAGES) {
      const intl = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
      for (let day = 0; day < 366; day++) {
        const d = new Date(Date.UTC(2028, 0, 1 + day, 12));
        expect(plainDay(d, lng)).toBe(intl.format(d));
      }
    }
  });

  it('write every month as Intl does, with and without its year', () => {
    for (const [lng, locale] of LANGUAGES) {
      const withYear = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const alone = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2027, m, 28, 23, 30));
        expect(plainMonth(d, lng, true)).toBe(withYear.format(d));
        expect(plainMonth(d, lng, false)).toBe(alone.format(d));
      }
    }
  });

  it('write small figures as Intl does', () => {
    const samples = [0, 1, 8, 14, 99.5, 0.5, 0.25, 0.05, 1.1, 2.75, 12.3, 999.99, 250, 100.01];
    for (const [lng, locale] of LANGUAGES) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      for (const n of samples) expect(plainNumber(n, lng), `${n} in ${lng}`).toBe(intl.format(n));
    }
  });

  it('leave to Intl the figures it would write otherwise: big, negative, more decimals, not a number', () => {
    for (const n of [1000, 12345, -1, -0.5, 0.125, 1 / 3, Number.NaN, Number.POSITIVE_INFINITY]) expect(plainNumber(n, 'it')).toBeNull();
  });
});
