import { describe, expect, it } from 'vitest';
import { catalogueApiPath, DEFAULT_VOLUMES, readVolumes, solutionAt, volumeFieldValues } from './solution-pages.js';

describe('solution pages', () => {
  it('names a solution by its address, not the comparison', () => {
    expect(solutionAt('/soluzioni/prenotazioni-online')).toEqual({ slug: 'prenotazioni-online' });
    expect(solutionAt('/soluzioni/confronta')).toBeNull();
    expect(solutionAt('/soluzioni/')).toBeNull();
  });
  it('reads the volumes from the form, keeping defaults for empty or bad fields', () => {
    const v = readVolumes(new URLSearchParams('takings=12000&cardPercent=70&orders=-3&bookings=abc'));
    expect(v).toEqual({ ...DEFAULT_VOLUMES, monthlyTakings: 12000, cardShare: 0.7 });
    expect(readVolumes(new URLSearchParams(volumeFieldValues(v)))).toEqual(v);
  });
  it('asks the API in the page language with the filters', () => {
    expect(catalogueApiPath({ need: 'ecommerce', sector: 'negozio' }, 'it')).toBe('/api/solutions?lang=it&need=ecommerce&sector=negozio');
  });
});
