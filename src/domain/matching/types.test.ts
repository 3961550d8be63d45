import { describe, expect, it } from 'vitest';
import { ZMatchAngel, ZMatchBusiness, ZMatchCase, ZMatchFile } from './types.js';

const business = { id: 'b1', location: { lat: 45, lon: 9 }, ateco: '56', needs: { marketing: 1 }, mode: 'any', language: 'it' };
const angel = {
  id: 'a1',
  location: { lat: 45, lon: 9 },
  radiusKm: 30,
  skills: ['marketing'],
  sectors: ['56'],
  modes: ['in_person'],
  languages: ['it'],
  capacity: 5,
  activeCases: 1,
  available: true,
};

describe('matching schemas', () => {
  it('accepts the shapes of MATCHING.md', () => {
    expect(ZMatchBusiness.parse(business)).toEqual(business);
    expect(ZMatchAngel.parse(angel)).toEqual(angel);
    expect(ZMatchFile.parse({ business, angels: [angel] })).toMatchObject({ business: { id: 'b1' } });
    expect(ZMatchFile.parse({ cases: [{ business, angels: [] }] })).toMatchObject({ cases: [{ business: { id: 'b1' } }] });
  });

  it('names the bad field', () => {
    const paths = (value: unknown) => ZMatchCase.safeParse(value).error?.issues.map((i) => i.path.join('.'));
    expect(paths({ business: { ...business, needs: { marketingg: 1 } }, angels: [] })).toContain('business.needs.marketingg');
    expect(paths({ business: { ...business, needs: { marketing: 1.5 } }, angels: [] })).toContain('business.needs.marketing');
    expect(paths({ business: { ...business, ateco: '5610' }, angels: [] })).toContain('business.ateco');
    expect(paths({ business: { ...business, mode: 'video' }, angels: [] })).toContain('business.mode');
    expect(paths({ business, angels: [{ ...angel, modes: ['any'] }] })).toContain('angels.0.modes.0');
    expect(paths({ business, angels: [{ ...angel, capacity: 2.5 }] })).toContain('angels.0.capacity');
    expect(paths({ business, angels: [{ ...angel, location: { lat: 95, lon: 9 } }] })).toContain('angels.0.location.lat');
  });

  it('refuses two angels with one id', () => {
    const result = ZMatchCase.safeParse({ business, angels: [angel, { ...angel }] });
    expect(result.error?.issues[0]).toMatchObject({ path: ['angels', 1, 'id'], message: 'duplicate angel id "a1"' });
  });
});
