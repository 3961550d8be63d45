import { describe, expect, it } from 'vitest';
import { ZMatchAngel, ZMatchBusiness } from '../../src/domain/matching/types.js';
import { generateAngels, generateBusinesses, loadComuni } from './generate-angels.js';

describe('matching benchmark data', () => {
  const comuni = loadComuni();

  it('is valid, inside Italy and the same for the same seed', () => {
    const angels = generateAngels(2000, 1, comuni);
    for (const angel of angels) {
      ZMatchAngel.parse(angel);
      expect(angel.location.lat).toBeGreaterThan(35.3);
      expect(angel.location.lat).toBeLessThan(47.2);
    }
    expect(generateAngels(50, 1, comuni)).toEqual(angels.slice(0, 50));
    for (const business of generateBusinesses(500, 2, comuni)) ZMatchBusiness.parse(business);
  });

  it('has the intended mix', () => {
    const angels = generateAngels(20_000, 3, comuni);
    const share = (f: (a: (typeof angels)[number]) => boolean) => angels.filter(f).length / angels.length;
    expect(share((a) => a.modes.includes('remote'))).toBeCloseTo(0.75, 1);
    expect(share((a) => a.activeCases >= a.capacity)).toBeCloseTo(0.12, 1);
    expect(share((a) => a.languages.includes('de'))).toBeGreaterThan(0.03);
  });
});
