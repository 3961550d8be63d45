import { describe, expect, it } from 'vitest';
import { realRecord, shippedComuneLookup } from '../../test/funding-snapshot.js';
import { normalizeComuni } from './normalize-comuni.js';

const lookup = shippedComuneLookup();

describe('normalizeComuni', () => {
  it('reads all comuni from "Tutti i comuni", its typo, or nothing', () => {
    expect(normalizeComuni('Tutti i comuni', [], lookup)).toBe('all');
    expect(normalizeComuni(realRecord('138').Comuni, [], lookup)).toBe('all'); // "Titti i comuni"
    expect(normalizeComuni(undefined, ['06'], lookup)).toBe('all');
  });

  it('picks the comune of the call’s region when several share the name (Castro in Puglia, 171)', () => {
    const read = normalizeComuni(realRecord('171').Comuni, ['16'], lookup);
    if (read === 'all') throw new Error('expected a list');
    expect(read.istat).toContain('075096');
    expect(read.istat).not.toContain('016065');
  });

  it('keeps a shared name unmatched when the call gives no region to choose', () => {
    expect(normalizeComuni('Castro', [], lookup)).toEqual({ istat: [], unmatched: ['Castro'] });
  });

  it('matches the six comuni of Ischia (855)', () => {
    expect(normalizeComuni(realRecord('855').Comuni, ['15'], lookup)).toEqual({ istat: expect.any(Array), unmatched: [] });
  });
});
