import { describe, expect, it } from 'vitest';
import { applyOutbox, compareWithServer, emptyOutbox, pendingCount, progressOf, queueEdit } from './outbox';
import type { TAction, TGoal, TPlanView } from './plans';
import { fromTo } from './words';

const action = (over: Partial<TAction> = {}): TAction => ({ id: 'a1', goalId: 'g1', title: 'Prova il mercato', owner: 'angel', dueDate: null, status: 'todo', linkedLessonId: null, version: 3, ...over });
const goal = (over: Partial<TGoal> = {}): TGoal => ({
  id: 'g1',
  planId: 'p1',
  title: 'Più margine',
  indicator: { name: 'Margine', unit: '%', baseline: 10, target: 25, current: 14, byDate: '2027-06-30' },
  status: 'active',
  version: 2,
  readings: [],
  ...over,
});
const now = new Date('2026-11-22T10:00:00Z');

describe('plan outbox', () => {
  it('keeps the version and the values the phone saw, and joins two edits of one action', () => {
    let o = queueEdit(emptyOutbox(), 'action', action(), { status: 'doing' }, now);
    expect(o.edits[0]).toMatchObject({ entity: 'action', entityId: 'a1', baseVersion: 3, base: { status: 'todo' }, patch: { status: 'doing' } });
    const firstId = o.edits[0]!.clientChangeId;
    o = queueEdit(o, 'action', action(), { title: 'Prova il mercato del sabato' }, now);
    expect(o.edits).toHaveLength(1);
    expect(o.edits[0]).toMatchObject({ baseVersion: 3, base: { status: 'todo', title: 'Prova il mercato' }, patch: { status: 'doing', title: 'Prova il mercato del sabato' } });
    expect(o.edits[0]!.clientChangeId).not.toBe(firstId);
  });

  it('drops an edit brought back to what the server has', () => {
    let o = queueEdit(emptyOutbox(), 'action', action(), { status: 'done' }, now);
    o = queueEdit(o, 'action', action(), { status: 'todo' }, now);
    expect(pendingCount(o)).toBe(0);
  });

  it('edits a goal reading as a deep patch of the indicator', () => {
    const o = queueEdit(emptyOutbox(), 'goal', goal(), { indicator: { current: 18 } }, now);
    expect(o.edits[0]).toMatchObject({ base: { indicator: { current: 14 } }, patch: { indicator: { current: 18 } } });
  });

  it('tells a merge from a conflict field by field', () => {
    const edit = { base: { status: 'todo', title: 'A' }, patch: { status: 'doing', title: 'B' } };
    expect(compareWithServer(edit, action({ status: 'blocked', title: 'A' }))).toEqual({ toSend: ['title'], conflicts: ['status'] });
    expect(compareWithServer(edit, action({ status: 'doing', title: 'A' }))).toEqual({ toSend: ['title'], conflicts: [] });
  });

  it('shows the device changes on top of the server plan, and counts progress from them', () => {
    const view = { plan: { id: 'p1', businessId: 'b1', version: 1, createdAt: '' }, goals: [goal()], actions: [action()], log: [] } as unknown as TPlanView;
    let o = queueEdit(emptyOutbox(), 'action', action(), { status: 'done' }, now);
    o = { ...o, actions: [{ key: 'k1', input: { goalId: 'g1', title: 'Nuova', owner: 'entrepreneur', dueDate: null, linkedLessonId: null }, madeAt: now.toISOString() }] };
    const shown = applyOutbox(view, o);
    expect(shown.actions.map((a) => [a.id, a.status])).toEqual([
      ['a1', 'done'],
      ['pending:k1', 'todo'],
    ]);
    expect(progressOf(shown)).toMatchObject({ actionsDone: 1, actionsTotal: 2, goalsReached: 0, goalsTotal: 1 });
  });
});

describe('indicator words', () => {
  const t = ((key: string, o: Record<string, string | number>) => (key.startsWith('plans.unitFigure') ? `${o.n}%` : `${o.from}→${o.to}`)) as never;
  it('uses the Italian article the number asks for', () => {
    expect(fromTo(t, 'it', 10, 25, '%')).toBe('dal 10% al 25%');
    expect(fromTo(t, 'it', 8, 11, '%')).toBe("dall'8% all'11%");
    expect(fromTo(t, 'it', 0, 80, '%')).toBe("da 0% all'80%");
  });
});
