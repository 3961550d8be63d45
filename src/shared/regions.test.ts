import { describe, expect, it } from 'vitest';
import { isRegionCode, REGIONS } from './regions.js';

describe('regions', () => {
  it('lists the 20 regions once each, by two-digit ISTAT code, in order', () => {
    expect(REGIONS.map((r) => r.code)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(isRegionCode('16')).toBe(true);
    expect(isRegionCode('21')).toBe(false);
    expect(isRegionCode(null)).toBe(false);
  });
});
