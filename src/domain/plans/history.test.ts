import { describe, expect, it } from 'vitest';
import { diffEntity } from './history.js';

describe('diffEntity', () => {
  it('lists the changed fields only, without the version counter', () => {
    expect(diffEntity({ id: 'a1', title: 'A', status: 'todo', version: 1 }, { id: 'a1', title: 'A', status: 'done', version: 2 })).toEqual([
      { field: 'status', from: 'todo', to: 'done' },
    ]);
  });

  it('gives one line per inner field of the indicator', () => {
    const before = { indicator: { baseline: 4, target: 14, current: 4, unit: 'recensioni' } };
    const after = { indicator: { baseline: 4, target: 12, current: 6, unit: 'recensioni' } };
    expect(diffEntity(before, after)).toEqual([
      { field: 'indicator.target', from: 14, to: 12 },
      { field: 'indicator.current', from: 4, to: 6 },
    ]);
  });

  it('compares lists as a whole and shows added or removed fields with null', () => {
    expect(diffEntity({ nextSteps: ['a'], dueDate: null }, { nextSteps: ['a', 'b'], dueDate: '2026-12-01', linkedLessonId: 'l1' })).toEqual([
      { field: 'nextSteps', from: ['a'], to: ['a', 'b'] },
      { field: 'dueDate', from: null, to: '2026-12-01' },
      { field: 'linkedLessonId', from: null, to: 'l1' },
    ]);
  });

  it('is empty for equal entities', () => {
    expect(diffEntity({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 2 }] } })).toEqual([]);
  });
});
