import { describe, expect, it } from 'vitest';
import { checkTerritory } from './eligibility-territory.js';
import type { TCall } from './types.js';

const regional = (regions: string[], comuni: TCall['comuni'] = 'all') => ({ national: false, regions, comuni }) as TCall;

describe('checkTerritory', () => {
  it('lists the call’s regions when the business is elsewhere', () => {
    expect(checkTerritory({ regionCode: '12' }, regional(['11', '13']))).toEqual([
      { ok: false, reason: { code: 'territory.other_region', regions: [{ name: 'Marche', of: 'delle' }, { name: 'Abruzzo', of: "dell'" }] } },
    ]);
  });

  it('asks for the comune once when the business gives none', () => {
    expect(checkTerritory({}, regional(['06'], { istat: ['030129'], unmatched: [] }))).toEqual([{ ok: null, reason: { code: 'territory.missing', facts: ['comuneIstat'] } }]);
  });

  it('checks the comune after the region', () => {
    const result = checkTerritory({ regionCode: '06', comuneIstat: '030129' }, regional(['06'], { istat: ['030129'], unmatched: [] }));
    expect(result.map((o) => o.reason.code)).toEqual(['territory.region', 'territory.comune']);
  });
});
