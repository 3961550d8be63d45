import { describe, expect, it } from 'vitest';
import { realRecord } from '../../test/funding-snapshot.js';
import { normalizeRegions } from './normalize-territory.js';

describe('normalizeRegions', () => {
  it('reads the 19 regions of 226 (no Trentino) as national', () => {
    const read = normalizeRegions(realRecord('226').Regioni);
    expect(read.ok && read.territory.national).toBe(true);
  });

  it('reads three regions as regional (814)', () => {
    expect(normalizeRegions(['Lombardia', 'Veneto', 'Estero'])).toEqual({ ok: true, territory: { national: false, regions: ['03', '05'], abroad: true } });
  });

  it('refuses a name that is no region', () => {
    expect(normalizeRegions(['Padania'])).toEqual({ ok: false, message: '"Padania" is not an Italian region' });
  });

  it('reads no regions as neither national nor regional', () => {
    expect(normalizeRegions(undefined)).toEqual({ ok: true, territory: { national: false, regions: [], abroad: false } });
  });
});
