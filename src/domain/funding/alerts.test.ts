import { describe, expect, it } from 'vitest';
import { dueAlerts, isoWeekOf } from './alerts.js';

const call = { opensDay: '2026-03-01', closesDay: '2026-04-30', followedDay: '2026-02-10' };

describe('dueAlerts', () => {
  it('tells a follower when a call they waited for opens, from the opening day on', () => {
    expect(dueAlerts(call, '2026-02-28')).toEqual([]);
    expect(dueAlerts(call, '2026-03-01')).toEqual(['opens']);
    expect(dueAlerts(call, '2026-03-02')).toEqual(['opens']);
  });
  it('does not say "it opens" of a call already open when followed', () => {
    expect(dueAlerts({ ...call, followedDay: '2026-03-05' }, '2026-03-06')).toEqual([]);
  });
  it('reminds 14 days before the closing, then 3 days before, up to the last day', () => {
    expect(dueAlerts(call, '2026-04-15')).toEqual(['opens']);
    expect(dueAlerts(call, '2026-04-16')).toEqual(['opens', 'closes_14']);
    expect(dueAlerts(call, '2026-04-26')).toEqual(['opens', 'closes_14']);
    expect(dueAlerts(call, '2026-04-27')).toEqual(['opens', 'closes_3']);
    expect(dueAlerts(call, '2026-04-30')).toEqual(['opens', 'closes_3']);
    expect(dueAlerts(call, '2026-05-01')).toEqual([]);
  });
  it('has nothing to say of a call without dates', () => {
    expect(dueAlerts({ opensDay: null, closesDay: null, followedDay: '2026-01-01' }, '2026-02-01')).toEqual([]);
  });
});

describe('isoWeekOf', () => {
  it('numbers weeks as ISO 8601 does, across the year end', () => {
    expect(isoWeekOf('2026-12-03')).toBe('2026-W49');
    expect(isoWeekOf('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOf('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
  });
});
