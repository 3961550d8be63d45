import { describe, expect, it } from 'vitest';
import { applyOfflineChange, changeKey, resolveConflict, type TOfflineChange } from './sync.js';
import type { TAction, TGoal } from './types.js';

const action: TAction = { id: 'a1', goalId: 'g1', title: 'Apri la scheda Google', owner: 'entrepreneur', dueDate: '2026-11-27', status: 'todo', linkedLessonId: null, linkedCallId: null, version: 3 };

function change(patch: TOfflineChange<TAction>['patch'], extra: Partial<TOfflineChange<TAction>> = {}): TOfflineChange<TAction> {
  return { entityId: 'a1', baseVersion: 3, patch, clientId: 'phone-1', madeAt: '2026-11-20T10:00:00Z', ...extra };
}

describe('applyOfflineChange', () => {
  it('applies a change made on the current version and bumps the version', () => {
    expect(applyOfflineChange(action, change({ status: 'done' }))).toEqual({ kind: 'applied', entity: { ...action, status: 'done', version: 4 } });
  });

  it('merges field by field when the server changed other fields meanwhile', () => {
    const server = { ...action, title: 'Apri la scheda Google Maps', version: 4 };
    expect(applyOfflineChange(server, change({ status: 'done' }, { base: { status: 'todo' } }))).toEqual({
      kind: 'merged',
      entity: { ...server, status: 'done', version: 5 },
    });
  });

  it('keeps both versions when the same field was changed on both sides', () => {
    const server = { ...action, status: 'blocked' as const, version: 4 };
    const result = applyOfflineChange(server, change({ status: 'done', title: 'Scheda aperta' }, { base: { status: 'todo', title: action.title } }));
    expect(result).toEqual({
      kind: 'conflict',
      server,
      client: { ...server, status: 'done', title: 'Scheda aperta' },
      fields: ['status'],
    });
  });

  it('sees no conflict when both sides set the same value', () => {
    const server = { ...action, status: 'done' as const, version: 4 };
    expect(applyOfflineChange(server, change({ status: 'done' }, { base: { status: 'todo' } }))).toEqual({ kind: 'unchanged', entity: server });
  });

  it('counts a changed field as a conflict when the client did not say what it saw', () => {
    const server = { ...action, title: 'Altro titolo', version: 4 };
    expect(applyOfflineChange(server, change({ status: 'done' }))).toMatchObject({ kind: 'conflict', fields: ['status'] });
  });

  it('merges two figures of the same indicator edited on two sides', () => {
    const goal: TGoal = {
      id: 'g1',
      planId: 'p1',
      title: 'Più recensioni',
      status: 'active',
      version: 2,
      indicator: { name: 'Recensioni', unit: 'recensioni', baseline: 4, target: 12, current: 4, byDate: '2027-02-20' },
    };
    const result = applyOfflineChange(goal, {
      entityId: 'g1',
      baseVersion: 1,
      base: { indicator: { current: 4 } },
      patch: { indicator: { current: 7 } },
      clientId: 'phone-1',
      madeAt: '2026-11-20T10:00:00Z',
    });
    expect(result).toEqual({ kind: 'merged', entity: { ...goal, indicator: { ...goal.indicator, current: 7 }, version: 3 } });
  });

  it('is a no-op on replay: the same change twice gives the same stored entity', () => {
    const first = applyOfflineChange(action, change({ status: 'done' }));
    if (first.kind !== 'applied') throw new Error(first.kind);
    expect(applyOfflineChange(first.entity, change({ status: 'done' }))).toEqual({ kind: 'unchanged', entity: first.entity });
  });

  it('recognises a replay by its key even after a later edit of the same field', () => {
    const c = change({ status: 'done' });
    const later = { ...action, status: 'blocked' as const, version: 5 };
    expect(applyOfflineChange(later, c, { appliedChangeKeys: new Set([changeKey(c)]) })).toEqual({ kind: 'unchanged', entity: later });
  });

  it('ignores id and version in a patch, and refuses a change for another entity', () => {
    const sneaky = change({ status: 'done', ...({ id: 'zzz', version: 99 } as object) });
    expect(applyOfflineChange(action, sneaky)).toEqual({ kind: 'applied', entity: { ...action, status: 'done', version: 4 } });
    expect(() => applyOfflineChange(action, change({ status: 'done' }, { entityId: 'other' }))).toThrow();
  });

  it('is deterministic', () => {
    const server = { ...action, status: 'blocked' as const, version: 4 };
    const c = change({ status: 'done' }, { base: { status: 'todo' } });
    expect(applyOfflineChange(server, c)).toEqual(applyOfflineChange(server, c));
  });
});

describe('changeKey', () => {
  it('is the same for the same change whatever the key order of the patch', () => {
    const a = changeKey({ entityId: 'g1', baseVersion: 1, clientId: 'p', madeAt: 't', patch: { title: 'x', status: 'done' } });
    const b = changeKey({ entityId: 'g1', baseVersion: 1, clientId: 'p', madeAt: 't', patch: { status: 'done', title: 'x' } });
    expect(a).toBe(b);
    expect(changeKey({ entityId: 'g1', baseVersion: 1, clientId: 'q', madeAt: 't', patch: { title: 'x', status: 'done' } })).not.toBe(a);
  });
});

describe('resolveConflict', () => {
  const server = { ...action, status: 'blocked' as const, version: 4 };
  const result = applyOfflineChange(server, change({ status: 'done', title: 'Scheda aperta' }, { base: { status: 'todo', title: action.title } }));
  if (result.kind !== 'conflict') throw new Error(result.kind);

  it('keeps the client’s values when the person chooses the device', () => {
    expect(resolveConflict(result, 'client')).toEqual({ ...server, status: 'done', title: 'Scheda aperta', version: 5 });
  });

  it('keeps the server’s values for the conflicting fields, and the client’s other changes', () => {
    expect(resolveConflict(result, 'server')).toEqual({ ...server, title: 'Scheda aperta', version: 5 });
  });

  it('takes a hand-made patch on top', () => {
    expect(resolveConflict(result, { status: 'doing' })).toEqual({ ...server, status: 'doing', title: 'Scheda aperta', version: 5 });
  });

  it('returns the stored entity untouched when the choice changes nothing', () => {
    const only = applyOfflineChange(server, change({ status: 'done' }, { base: { status: 'todo' } }));
    if (only.kind !== 'conflict') throw new Error(only.kind);
    expect(resolveConflict(only, 'server')).toBe(server);
  });
});
