import { describe, expect, it } from 'vitest';
import { assignAll } from '../assignment/assign.js';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { buildAssignPreview } from './assign-preview.js';

const milano = { lat: 45.4642, lon: 9.19 };
const monza = { lat: 45.5845, lon: 9.2744 };
const business = (id: string, over: Partial<TMatchBusiness> = {}): TMatchBusiness => ({ id, location: milano, ateco: '47', needs: { marketing: 1, finance: 0.5 }, mode: 'any', language: 'it', ...over });
const angel = (id: string, over: Partial<TMatchAngel> = {}): TMatchAngel => ({
  id,
  location: milano,
  radiusKm: 30,
  skills: ['marketing'],
  sectors: [],
  modes: ['in_person'],
  languages: ['it'],
  capacity: 2,
  activeCases: 0,
  available: true,
  ...over,
});

describe('buildAssignPreview', () => {
  const businesses = [business('b1'), business('b2', { location: monza }), business('de', { language: 'de' })];
  const angels = [angel('near', { capacity: 1 }), angel('remote', { modes: ['remote'], skills: ['finance'], activeCases: 1, capacity: 3 }), angel('full', { capacity: 1, activeCases: 1 })];
  const preview = buildAssignPreview(businesses, angels, assignAll(businesses, angels));

  it('says why for each pair: needs covered and not, in person with km or remote, cost', () => {
    const b1 = preview.pairs.find((p) => p.businessId === 'b1')!;
    expect(b1).toMatchObject({ angelId: 'near', covered: ['marketing'], uncovered: ['finance'], isInPerson: true, distanceKm: 0 });
    const b2 = preview.pairs.find((p) => p.businessId === 'b2')!;
    expect(b2).toMatchObject({ angelId: 'remote', covered: ['finance'], uncovered: ['marketing'], isInPerson: false, distanceKm: null });
    expect(preview.totalCost).toBeCloseTo(b1.cost + b2.cost, 12);
  });

  it('offers the other angels the hard rules allow, cheapest first, never a full one', () => {
    const b1 = preview.pairs.find((p) => p.businessId === 'b1')!;
    expect(b1.alternatives.map((a) => a.angelId)).toEqual(['remote']);
    const b2 = preview.pairs.find((p) => p.businessId === 'b2')!;
    expect(b2.alternatives.map((a) => a.angelId)).toEqual(['near']);
    expect(b2.alternatives[0]!.distanceKm).toBeGreaterThan(10);
  });

  it('keeps the solver’s reasons for the unassigned and counts each angel’s proposals', () => {
    expect(preview.unassigned).toEqual([{ businessId: 'de', reason: 'no_language' }]);
    expect(preview.angels).toEqual([
      { angelId: 'near', capacity: 1, activeCases: 0, proposed: 1 },
      { angelId: 'remote', capacity: 3, activeCases: 1, proposed: 1 },
      { angelId: 'full', capacity: 1, activeCases: 1, proposed: 0 },
    ]);
  });
});
