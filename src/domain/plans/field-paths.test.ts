import { describe, expect, it } from 'vitest';
import { flattenFields, getField, isSameValue, setField, stableStringify } from './field-paths.js';

describe('field paths', () => {
  it('flattens nested objects into dot paths, arrays and empty objects as leaves', () => {
    expect([...flattenFields({ t: 'A', i: { c: 3, d: { e: null } }, s: [1], o: {}, u: undefined })]).toEqual([
      ['t', 'A'],
      ['i.c', 3],
      ['i.d.e', null],
      ['s', [1]],
      ['o', {}],
    ]);
  });

  it('reads and writes by path without changing the original', () => {
    const value = { i: { c: 3, t: 9 } };
    const next = setField(value, 'i.c', 5);
    expect(next).toEqual({ i: { c: 5, t: 9 } });
    expect(value.i.c).toBe(3);
    expect(getField(next, 'i.c')).toBe(5);
    expect(getField(next, 'i.x.y')).toBeUndefined();
    expect(setField({}, 'a.b', 1)).toEqual({ a: { b: 1 } });
  });

  it('compares plain data structurally', () => {
    expect(isSameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(isSameValue([1, 2], [2, 1])).toBe(false);
    expect(isSameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameValue(null, undefined)).toBe(false);
    expect(isSameValue(Number.NaN, Number.NaN)).toBe(true);
  });

  it('stringifies with sorted keys', () => {
    expect(stableStringify({ b: 1, a: [2, { d: 1, c: 2 }] })).toBe('{"a":[2,{"c":2,"d":1}],"b":1}');
  });
});
