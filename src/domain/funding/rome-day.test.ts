import { describe, expect, it } from 'vitest';
import { daysBetween, formatDay, readRomeDateTime, romeDayOf, yearsBetween } from './rome-day.js';

describe('readRomeDateTime', () => {
  it('reads a date-time without a zone in Italian time (winter and summer)', () => {
    expect(readRomeDateTime('2025-12-31T00:00:00')).toEqual({ instant: '2025-12-30T23:00:00.000Z', day: '2025-12-31' });
    expect(readRomeDateTime('2025-07-12T00:00:00')).toEqual({ instant: '2025-07-11T22:00:00.000Z', day: '2025-07-12' });
  });

  it('keeps a zone that is written', () => {
    expect(readRomeDateTime('2025-02-27T10:17:20Z')).toEqual({ instant: '2025-02-27T10:17:20.000Z', day: '2025-02-27' });
  });

  it('reads a bare day as its start in Rome', () => {
    expect(readRomeDateTime('2026-03-31')?.instant).toBe('2026-03-30T22:00:00.000Z');
  });

  it('refuses what is not an existing date', () => {
    expect(readRomeDateTime('31/12/2025')).toBeNull();
    expect(readRomeDateTime('2025-02-30T00:00:00')).toBeNull();
    expect(readRomeDateTime('')).toBeNull();
  });
});

describe('days', () => {
  it('takes the Rome day of an instant', () => {
    expect(romeDayOf(new Date('2025-07-11T22:30:00Z'))).toBe('2025-07-12');
    expect(romeDayOf('2025-07-12')).toBe('2025-07-12');
  });

  it('counts days and whole years', () => {
    expect(daysBetween('2025-07-12', '2025-07-26')).toBe(14);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(yearsBetween('2022-07-13', '2025-07-12')).toBe(2);
    expect(yearsBetween('2022-07-12', '2025-07-12')).toBe(3);
  });

  it('writes a day in words', () => {
    expect(formatDay('2025-12-31', 'it')).toBe('31 dicembre 2025');
    expect(formatDay('2025-12-01', 'en')).toBe('1 December 2025');
  });
});
