import { describe, expect, it } from 'vitest';
import { TRandom, TWeighted, hash32, mulberry32 } from './random.js';

describe('the seeded generator', () => {
  it('gives the same numbers for the same seed, others for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('gives one stream per entity, independent of the others', () => {
    expect(TRandom.forEntity(1, 1, 5).next()).toBe(TRandom.forEntity(1, 1, 5).next());
    expect(TRandom.forEntity(1, 1, 5).next()).not.toBe(TRandom.forEntity(1, 1, 6).next());
    expect(TRandom.forEntity(1, 1, 5).next()).not.toBe(TRandom.forEntity(1, 2, 5).next());
    expect(hash32(1, 2)).not.toBe(hash32(2, 1));
  });

  it('gives 300,000 entities different ids (a 32-bit state would repeat about ten times)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) seen.add(TRandom.forEntity(42, 1, i).uuid());
    expect(seen.size).toBe(300_000);
  });

  it('draws integers in range, uniformly enough', () => {
    const random = new TRandom(7);
    const seen = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) seen[random.int(1, 6) - 1]++;
    for (const n of seen) expect(Math.abs(n - 10_000)).toBeLessThan(500);
  });

  it('makes UUIDs PostgreSQL accepts, reproducibly', () => {
    const id = new TRandom(3).uuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new TRandom(3).uuid()).toBe(id);
  });

  it('samples distinct items', () => {
    const picked = new TRandom(9).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
  });
});

describe('weighted choice', () => {
  it('follows the weights and never picks a zero weight', () => {
    const w = new TWeighted([['x', 3], ['y', 1], ['z', 0]] as const);
    const random = new TRandom(11);
    const counts = { x: 0, y: 0, z: 0 };
    for (let i = 0; i < 40_000; i++) counts[w.pick(random)]++;
    expect(counts.z).toBe(0);
    expect(counts.x / 40_000).toBeCloseTo(0.75, 1);
  });

  it('refuses no positive weight', () => {
    expect(() => new TWeighted([['x', 0]])).toThrow();
  });
});
