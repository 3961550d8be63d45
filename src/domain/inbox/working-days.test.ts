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
