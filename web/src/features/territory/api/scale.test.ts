import { describe, expect, it } from 'vitest';
import { bucketOf, makeBuckets, PALETTE, rangeLabel } from './scale';

describe('makeBuckets', () => {
  it('keeps 0 alone and splits the rest into groups of about equal size', () => {
    const buckets = makeBuckets([0, 0, 1, 2, 3, 4, 5, 6, 7, 40]);
    expect(buckets.map(rangeLabel)).toEqual(['0', '1–2', '3–4', '5–6', '7–40']);
    expect(buckets.map((b) => b.colour)).toEqual([...PALETTE]);
  });

  it('merges classes when few distinct values exist, colours staying in order', () => {
    const buckets = makeBuckets([5, 5, 5, 5, 0]);
    expect(buckets.map(rangeLabel)).toEqual(['0', '1–5']);
    expect(buckets[1]!.colour).toBe(PALETTE[1]);
  });

  it('has only the zero class when everything is 0 or there is nothing', () => {
    expect(makeBuckets([]).map(rangeLabel)).toEqual(['0']);
    expect(makeBuckets([0, 0]).map(rangeLabel)).toEqual(['0']);
  });
});

describe('bucketOf', () => {
  it('finds the class of a value, and the last for anything above', () => {
    const buckets = makeBuckets([1, 2, 3, 4]);
    expect(rangeLabel(bucketOf(0, buckets))).toBe('0');
    expect(rangeLabel(bucketOf(3, buckets))).toBe('3');
    expect(rangeLabel(bucketOf(99, buckets))).toBe('4');
  });
});
