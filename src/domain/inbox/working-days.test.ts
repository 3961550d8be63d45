import { describe, expect, it } from 'vitest';
import { easterSunday, italianHolidays } from './italian-holidays.js';
import { isWaitingTooLong, isWorkingDay, workingDaysWaited } from './working-days.js';

describe('Italian national holidays', () => {
  it('finds Easter as the calendar does', () => {
    expect([2024, 2025, 2026, 2027, 2038].map(easterSunday)).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });
  it('has the fixed days, Easter Monday and, from 2026, San Francesco', () => {
    const days = italianHolidays(2026);
    for (const day of ['2026-01-01', '2026-01-06', '2026-04-06', '2026-04-25', '2026-05-01', '2026-06-02', '2026-08-15', '2026-10-04', '2026-11-01', '2026-12-08', '2026-12-25', '2026-12-26']) expect(days.has(day), day).toBe(true);
    expect(days.size).toBe(12);
    expect(italianHolidays(2025).has('2025-10-04')).toBe(false);
  });
});

describe('working days waited', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true);
    expect(isWorkingDay('2026-12-08')).toBe(false);
    expect(isWorkingDay('2026-12-05')).toBe(false);
    expect(workingDaysWaited(new Date('2026-12-04T17:00:00Z'), new Date('2026-12-09T09:00:00Z'))).toBe(2);
  });
  it('counts days in Italy, whatever the clock of the server', () => {
    // 23:30 UTC on 6 December is 00:30 on 7 December in Rome: the request came in on Monday.
    expect(workingDaysWaited(new Date('2026-12-06T23:30:00Z'), new Date('2026-12-07T10:00:00Z'))).toBe(0);
    expect(workingDaysWaited(new Date('2026-12-06T22:30:00Z'), new Date('2026-12-07T10:00:00Z'))).toBe(1);
  });
  it('flags a request after three working days, Christmas counted', () => {
    const since = new Date('2026-12-23T10:00:00Z');
    expect(workingDaysWaited(since, new Date('2026-12-29T10:00:00Z'))).toBe(3);
    expect(isWaitingTooLong(since, new Date('2026-12-29T10:00:00Z'))).toBe(false);
    expect(isWaitingTooLong(since, new Date('2026-12-30T10:00:00Z'))).toBe(true);
  });
});

describe('working days counted, not walked', () => {
  // The day-by-day walk the count must agree with.
  const walked = (since: Date, now: Date) => {
    const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
    const to = day(now);
    const cursor = new Date(`${day(since)}T12:00:00Z`);
    let n = 0;
    for (;;) {
      cursor.setUTCDate(cursor.getUTCDate() + 1);
      const d = cursor.toISOString().slice(0, 10);
      if (d > to) return n;
      if (isWorkingDay(d)) n++;
    }
  };
  it('agrees with a day-by-day walk over many spans, years long included', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let i = 0; i < 300; i++) {
      const since = new Date(Date.UTC(2023, 0, 1) + next() * 4 * 365 * 86_400_000);
      const now = new Date(since.getTime() + next() * (i % 10 === 0 ? 900 : 40) * 86_400_000);
      expect(workingDaysWaited(since, now), since.toISOString()).toBe(walked(since, now));
    }
    expect(workingDaysWaited(new Date('2026-12-09T10:00:00Z'), new Date('2026-12-04T10:00:00Z'))).toBe(0);
  });
});
