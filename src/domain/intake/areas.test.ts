import { describe, expect, it } from 'vitest';
import { AREAS, isArea } from './areas.js';

describe('AREAS', () => {
  it('lists the twelve slugs of PRODUCT.md once each', () => {
    expect(AREAS).toHaveLength(12);
    expect(new Set(AREAS).size).toBe(12);
    expect(AREAS).toContain('market_research');
    expect(AREAS).toContain('automation_ai');
  });

  it('tells slugs from other strings', () => {
    expect(isArea('green')).toBe(true);
    expect(isArea('finanza')).toBe(false);
    expect(isArea('')).toBe(false);
  });
});
