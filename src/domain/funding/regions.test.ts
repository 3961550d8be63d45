import { describe, expect, it } from 'vitest';
import { findRegion, regionCodeOf, regionOfComune, REGIONS } from './regions.js';

describe('regions', () => {
  it('has the 20 regions with their ISTAT codes', () => {
    expect(REGIONS).toHaveLength(20);
    expect(findRegion('06')?.name).toBe('Friuli-Venezia Giulia');
  });

  it('reads the names the portal writes, bilingual ones included', () => {
    expect(regionCodeOf('Trentino-Alto Adige/Südtirol')).toBe('04');
    expect(regionCodeOf("Valle d'Aosta/Vallée d'Aoste")).toBe('02');
    expect(regionCodeOf('Emilia-Romagna')).toBe('08');
    expect(regionCodeOf('Estero')).toBeUndefined();
  });

  it('finds the region of a comune through its province', () => {
    expect(regionOfComune('058091', new Map([['058', '12']]))).toBe('12');
    expect(regionOfComune('999001', new Map())).toBeUndefined();
  });
});
