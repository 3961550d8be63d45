import { describe, expect, it } from 'vitest';
import { buildComuneLookup } from './comune-lookup.js';

const lookup = buildComuneLookup([
  { istat: '030129', name: 'Udine', regionCode: '06' },
  { istat: '021008', name: 'Bolzano/Bozen', regionCode: '04' },
  { istat: '075096', name: 'Castro', regionCode: '16' },
  { istat: '016065', name: 'Castro', regionCode: '03' },
  { istat: '088011', name: "Sant'Agata sul Santerno", regionCode: '08' },
]);

describe('buildComuneLookup', () => {
  it('finds a name whatever its case, accents and apostrophes', () => {
    expect(lookup.find('UDINE').map((c) => c.istat)).toEqual(['030129']);
    expect(lookup.find('Sant’Agata sul Santerno').map((c) => c.istat)).toEqual(['088011']);
    expect(lookup.find('santagata sul santerno')).toHaveLength(1);
  });

  it('finds a bilingual comune by each name', () => {
    expect(lookup.find('Bolzano')[0]?.istat).toBe('021008');
    expect(lookup.find('Bozen')[0]?.istat).toBe('021008');
  });

  it('returns every comune sharing a name', () => {
    expect(lookup.find('Castro').map((c) => c.regionCode)).toEqual(['16', '03']);
    expect(lookup.find('Atlantide')).toEqual([]);
  });
});
