import { describe, expect, it } from 'vitest';
import { routeToSportello } from './routing.js';
import { slugify } from '../../shared/slug.js';

describe('routeToSportello', () => {
  const coverage = [
    { sportelloId: 'milano', provinceCode: '015' },
    { sportelloId: 'milano', provinceCode: '098' },
    { sportelloId: 'bari', provinceCode: '072' },
  ];
  it('routes a comune to the sportello serving its province', () => {
    expect(routeToSportello('098', coverage)).toBe('milano');
    expect(routeToSportello('072', coverage)).toBe('bari');
  });
  it('returns undefined where nobody serves the province', () => {
    expect(routeToSportello('091', coverage)).toBeUndefined();
  });
});

describe('slugify', () => {
  it('strips accents and punctuation', () => {
    expect(slugify('Sportello di Forlì!')).toBe('sportello-di-forli');
  });
});
