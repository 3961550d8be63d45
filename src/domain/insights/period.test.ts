import { describe, expect, it } from 'vitest';
import { MAX_PERIOD_DAYS, periodBounds, periodDays, readPeriod } from './period.js';

describe('periods', () => {
  const today = new Date('2026-12-03T23:30:00Z'); // already 4 December in Rome
  it('defaults to the last 365 Rome days', () => {
    expect(readPeriod({}, today)).toEqual({ ok: true, period: { from: '2025-12-05', to: '2026-12-04' } });
  });
  it('refuses bad days, from after to and too long a period', () => {
    expect(readPeriod({ from: '2026-02-30', to: '2026-03-01' }, today)).toEqual({ ok: false, problem: { field: 'from', code: 'invalid_day' } });
    expect(readPeriod({ to: '03/01/2026' }, today)).toEqual({ ok: false, problem: { field: 'to', code: 'invalid_day' } });
    expect(readPeriod({ from: '2026-03-02', to: '2026-03-01' }, today)).toEqual({ ok: false, problem: { field: 'from', code: 'from_after_to' } });
    expect(readPeriod({ from: '2020-01-01', to: '2026-03-01' }, today)).toEqual({ ok: false, problem: { field: 'from', code: 'too_long' } });
  });
  it('counts both ends and allows exactly the longest period', () => {
    expect(periodDays({ from: '2026-03-01', to: '2026-03-31' })).toBe(31);
    expect(periodDays({ from: '2026-03-01', to: '2026-03-01' })).toBe(1);
    const to = '2026-12-01';
    const ok = readPeriod({ from: '2024-11-30', to }, today);
    expect(ok.ok && periodDays(ok.period)).toBe(MAX_PERIOD_DAYS);
  });
  it('covers Rome days, across daylight saving', () => {
    expect(periodBounds({ from: '2026-03-29', to: '2026-03-29' })).toEqual({ start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' });
    expect(periodBounds({ from: '2026-07-01', to: '2026-07-31' })).toEqual({ start: '2026-06-30T22:00:00.000Z', end: '2026-07-31T22:00:00.000Z' });
  });
});
