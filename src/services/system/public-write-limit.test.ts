import { describe, expect, it } from 'vitest';
import { PUBLIC_WRITE_LIMITS, scalePublicWriteLimits } from './public-write-limit.js';

describe('scalePublicWriteLimits', () => {
  it('multiplies the counts and keeps the window', () => {
    expect(scalePublicWriteLimits(1)).toEqual(PUBLIC_WRITE_LIMITS);
    expect(scalePublicWriteLimits(2).intake).toEqual({ windowSeconds: 600, perAddress: 60, perSportello: 600 });
    expect(scalePublicWriteLimits(0.05).angel_application.perAddress).toBe(1);
  });
});
