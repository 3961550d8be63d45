import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../lib/format';
import { romeDayOf } from './rome-day';

describe('romeDayOf', () => {
  it('writes the Rome day as Intl does, every hour around the year, in both languages', () => {
    // Two years, every 7 hours: each hour of the day falls on every kind of day, both clock changes included.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 7 * 3_600_000) {
      const iso = new Date(t).toISOString();
      for (const lng of ['it', 'en']) expect(romeDayOf(iso, lng), `${iso} ${lng}`).toBe(formatDate(iso, lng));
    }
  });
});
