import { describe, expect, it } from 'vitest';
import { rankAngels } from './rank-angels.js';
import type { TMatchAngel, TMatchBusiness } from './types.js';

const bari = { lat: 41.1171, lon: 16.8719 };
const business: TMatchBusiness = {
  id: 'b-bari-bar',
  location: bari,
  ateco: '56',
  needs: { marketing: 1, communication: 0.5 },
  mode: 'in_person',
  language: 'it',
};

function angel(id: string, over: Partial<TMatchAngel> = {}): TMatchAngel {
  return {
    id,
    location: bari,
    radiusKm: 50,
    skills: ['marketing', 'communication'],
    sectors: ['56'],
    modes: ['in_person'],
    languages: ['it'],
    capacity: 6,
    activeCases: 2,
    available: true,
    ...over,
  };
}

/** ~12 km north of Bari (0.108° of latitude). */
const north12 = { lat: bari.lat + 0.108, lon: bari.lon };

describe('rankAngels', () => {
  it('explains each proposal in plain Italian', () => {
    const [match] = rankAngels(business, [angel('a1', { location: north12 })]);
    expect(match).toMatchObject({ angelId: 'a1', distanceKm: 12 });
    expect(match!.reasons).toEqual([
      'Sa aiutarti con: marketing e canali di vendita, comunicazione e presenza online',
      'Conosce il tuo settore: Bar e ristoranti',
      'A 12 km da te',
      'Segue 2 imprese su 6',
    ]);
    expect(match!.reasonCodes.map((r) => r.code)).toEqual(['covers_needs', 'knows_sector', 'nearby', 'caseload']);
  });

  it('speaks English on request, and names the language when it is not Italian', () => {
    const german = { ...business, mode: 'remote' as const, language: 'de' };
    const [match] = rankAngels(german, [angel('a1', { modes: ['remote'], languages: ['it', 'de'], activeCases: 1 })], { locale: 'en' });
    expect(match!.reasons).toEqual([
      'Can help you with: marketing and sales channels, communication and online presence',
      'Knows your sector: Bars and restaurants',
      'Works with you remotely, online',
      'Follows 1 business out of 6',
      'Speaks German',
    ]);
    expect(match!.distanceKm).toBeNull();
    expect(rankAngels(german, [angel('a1', { modes: ['remote'], languages: ['de'] })])[0]!.reasons).toContain('Parla tedesco');
  });

  it('lists covered needs heaviest first and leaves uncovered ones out', () => {
    const [match] = rankAngels({ ...business, needs: { green: 0.3, finance: 0.9, people: 0.5 } }, [
      angel('a1', { skills: ['green', 'finance', 'strategy'] }),
    ]);
    expect(match!.reasons[0]).toBe('Sa aiutarti con: finanza, liquidità e bandi, sostenibilità (green)');
    expect(match!.reasonCodes[0]).toEqual({ code: 'covers_needs', params: { areas: ['finance', 'green'] } });
  });

  it('says "anche a distanza" for an in-person match who also works remotely, and "meno di 1 km" next door', () => {
    const [match] = rankAngels({ ...business, mode: 'any' }, [angel('a1', { modes: ['in_person', 'remote'], activeCases: 0 })]);
    expect(match!.reasons.slice(2)).toEqual(['A meno di 1 km da te', 'Anche a distanza', 'Ha tempo per te: ora non segue altre imprese']);
    expect(match!.distanceKm).toBe(0);
  });

  it('in any mode meets in person within the radius, remotely beyond it', () => {
    const far = { lat: 45.4642, lon: 9.19 };
    const ranked = rankAngels({ ...business, mode: 'any' }, [
      angel('a-near', { modes: ['in_person', 'remote'] }),
      angel('a-far', { location: far, modes: ['in_person', 'remote'] }),
    ]);
    expect(ranked.map((m) => [m.angelId, m.distanceKm])).toEqual([
      ['a-near', 0],
      ['a-far', null],
    ]);
    expect(ranked[1]!.reasonCodes.map((r) => r.code)).toContain('remote');
  });

  it('falls back to the ATECO code when the division is unknown', () => {
    const [match] = rankAngels({ ...business, ateco: '45' }, [angel('a1', { sectors: ['45'] })]);
    expect(match!.reasons[1]).toBe('Conosce il tuo settore: ATECO 45');
  });

  it('keeps to the limit and returns nothing for limit 0', () => {
    const angels = Array.from({ length: 9 }, (_, i) => angel(`a${i}`));
    expect(rankAngels(business, angels)).toHaveLength(5);
    expect(rankAngels(business, angels, { limit: 3 })).toHaveLength(3);
    expect(rankAngels(business, angels, { limit: 0 })).toEqual([]);
    expect(rankAngels(business, [])).toEqual([]);
  });

  it('scores in 0..1 with two decimals and never out of order, even where a weighted sum would invert', () => {
    // Coverage 0.25 with the sector, next door and free sums to 0.55; coverage 0.75, 44 km away
    // and busy sums to 0.50. Coverage ranks first, so the second score is capped at the first.
    const ranked = rankAngels({ ...business, needs: { marketing: 0.75, communication: 0.25 }, ateco: '10' }, [
      angel('a-cov75', { skills: ['marketing'], sectors: [], location: { lat: bari.lat + 0.4, lon: bari.lon }, activeCases: 5 }),
      angel('a-cov25-sector', { skills: ['communication'], sectors: ['10'], activeCases: 0 }),
    ]);
    expect(ranked.map((m) => m.angelId)).toEqual(['a-cov75', 'a-cov25-sector']);
    for (const m of ranked) {
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(Math.round(m.score * 100) / 100).toBe(m.score);
    }
    expect(ranked.map((m) => m.score)).toEqual([0.5, 0.5]);
  });

  it('gives the perfect angel next door a score near 1', () => {
    const [match] = rankAngels(business, [angel('a1', { activeCases: 0 })]);
    expect(match!.score).toBe(1);
  });

  it('orders by coverage, then sector, then whole km, then caseload, then id', () => {
    const at = (km: number) => ({ lat: bari.lat + km / 111.195, lon: bari.lon });
    const ranked = rankAngels(business, [
      angel('e-light-same-km', { location: at(12.2), activeCases: 1 }),
      angel('d-busy-same-km', { location: at(11.9), activeCases: 4 }),
      angel('c-near', { location: at(3), activeCases: 5 }),
      angel('b-no-sector', { sectors: [], activeCases: 0 }),
      angel('a-half', { skills: ['marketing'], activeCases: 0 }),
      angel('f-twin', { location: at(3), activeCases: 5 }),
    ]);
    expect(ranked.map((m) => m.angelId)).toEqual(['c-near', 'f-twin', 'e-light-same-km', 'd-busy-same-km', 'b-no-sector']);
  });
});
