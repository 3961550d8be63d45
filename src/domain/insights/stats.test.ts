import { describe, expect, it } from 'vitest';
import { median, quantile, roundOne, spreadOf, spreadOfValues } from './stats.js';

describe('quantile', () => {
  it('interpolates like percentile_cont', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([10, 0, 20], 0.75)).toBe(15);
    expect(quantile([7], 0.9)).toBe(7);
  });
  it('is null for nothing and ignores non-numbers', () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(median([Number.NaN, 3, 1, 2])).toBe(2);
  });
});

describe('spreads', () => {
  it('hides a group of fewer than 5, count included', () => {
    expect(spreadOfValues([1, 2, 3, 4])).toEqual({ isSuppressed: true });
    expect(spreadOf({ n: 4, median: 1, q1: 1, q3: 1 })).toEqual({ isSuppressed: true });
  });
  it('describes a group of 5 or more', () => {
    expect(spreadOfValues([1, 2, 3, 4, 5])).toEqual({ isSuppressed: false, n: 5, median: 3, q1: 2, q3: 4 });
    expect(spreadOf({ n: 6, median: 1.26, q1: -2.04, q3: 3.55 })).toEqual({ isSuppressed: false, n: 6, median: 1.3, q1: -2, q3: 3.6 });
  });
  it('rounds to one decimal', () => {
    expect(roundOne(2.449)).toBe(2.4);
    expect(roundOne(null)).toBeNull();
  });
});
