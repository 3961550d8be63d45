import { describe, expect, it } from 'vitest';
import { romeToday } from './calendar.js';
import { sortByAttention, summarizePlan } from './caseload.js';
import type { TGoal } from './types.js';

function goal(id: string, current: number, status: TGoal['status'] = 'active') {
  return { id, status, indicator: { name: id, unit: 'numero' as const, baseline: 0, target: 10, current, byDate: '2027-01-01' } };
}
const action = (goalId: string, status: 'todo' | 'doing' | 'done' | 'blocked', dueDate: string | null) => ({ goalId, status, dueDate });

describe('romeToday', () => {
  it('is the calendar day in Italy, not in UTC', () => {
    expect(romeToday(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    expect(romeToday(new Date('2026-07-15T21:59:00Z'))).toBe('2026-07-15');
    expect(romeToday(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });
});

describe('summarizePlan', () => {
  const today = '2026-03-10';

  it('counts open actions due before today as overdue; blocked ones too, done ones never', () => {
    const figures = summarizePlan(
      [goal('g1', 5)],
      [action('g1', 'todo', '2026-03-09'), action('g1', 'blocked', '2026-01-01'), action('g1', 'done', '2026-03-01'), action('g1', 'doing', '2026-03-10'), action('g1', 'todo', null)],
      today,
    );
    expect(figures.overdueActions).toBe(2);
  });

  it('gives the earliest open due date from today on as the next one', () => {
    const figures = summarizePlan([goal('g1', 5)], [action('g1', 'todo', '2026-04-01'), action('g1', 'doing', '2026-03-10'), action('g1', 'done', '2026-03-11'), action('g1', 'todo', '2026-03-01')], today);
    expect(figures.nextDueDate).toBe('2026-03-10');
    expect(summarizePlan([goal('g1', 5)], [action('g1', 'done', '2026-04-01')], today).nextDueDate).toBeNull();
  });

  it('leaves out the actions of a goal set aside, as the progress does', () => {
    const figures = summarizePlan([goal('g1', 10), goal('g2', 0, 'dropped')], [action('g1', 'done', null), action('g1', 'todo', '2026-04-01'), action('g2', 'todo', '2026-01-01')], today);
    expect(figures.overdueActions).toBe(0);
    expect(figures.progress).toMatchObject({ actionsDone: 1, actionsTotal: 2, goalsReached: 1, goalsTotal: 1 });
  });

  it('is all zeros for a plan with nothing in it yet', () => {
    expect(summarizePlan([], [], today)).toEqual({ progress: { actionsDone: 0, actionsTotal: 0, goalsReached: 0, goalsTotal: 0, share: 0 }, overdueActions: 0, nextDueDate: null });
  });
});

describe('sortByAttention', () => {
  const line = (businessName: string, planId: string | null, overdueActions = 0) => ({ businessId: businessName, businessName, planId, overdueActions });

  it('puts overdue first (most overdue on top), then plans not started, then the rest by name', () => {
    const sorted = sortByAttention([line('Bar Zeta', 'p1'), line('Forno', null), line('Calzature', 'p2', 1), line('ape nera', 'p3'), line('Orto', 'p4', 3), line('Ápe bianca', null)]);
    expect(sorted.map((l) => l.businessName)).toEqual(['Orto', 'Calzature', 'Ápe bianca', 'Forno', 'ape nera', 'Bar Zeta']);
  });

  it('does not change the list it is given', () => {
    const lines = [line('B', 'p'), line('A', 'p')];
    sortByAttention(lines);
    expect(lines.map((l) => l.businessName)).toEqual(['B', 'A']);
  });
});
