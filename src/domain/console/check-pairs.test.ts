import { describe, expect, it } from 'vitest';
import type { TMatchAngel, TMatchBusiness } from '../matching/types.js';
import { checkPairs } from './check-pairs.js';

const milano = { lat: 45.4642, lon: 9.19 };
const business = (id: string, over: Partial<TMatchBusiness> = {}): TMatchBusiness => ({ id, location: milano, ateco: '47', needs: { marketing: 1 }, mode: 'any', language: 'it', ...over });
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

const state = (businesses: TMatchBusiness[], angels: TMatchAngel[], taken: string[] = []) => ({
  businesses: new Map(businesses.map((b) => [b.id, b])),
  takenBusinessIds: new Set(taken),
  angels: new Map(angels.map((a) => [a.id, a])),
});

describe('checkPairs', () => {
  it('accepts pairs within the hard rules and the free places', () => {
    expect(checkPairs([{ businessId: 'b1', angelUserId: 'a1' }, { businessId: 'b2', angelUserId: 'a1' }], state([business('b1'), business('b2')], [angel('a1')]))).toEqual([]);
  });

  it('counts the places in order: the pair past the last free place is angel_full', () => {
    const s = state([business('b1'), business('b2')], [angel('a1', { capacity: 2, activeCases: 1 })]);
    expect(checkPairs([{ businessId: 'b1', angelUserId: 'a1' }, { businessId: 'b2', angelUserId: 'a1' }], s)).toEqual([{ index: 1, problem: 'angel_full' }]);
  });

  it('names what changed and what never could be', () => {
    const s = state([business('b1'), business('de', { language: 'de' }), business('far', { mode: 'in_person', location: { lat: 41.9, lon: 12.5 } })], [angel('a1'), angel('paused', { available: false })], ['taken']);
    const issues = checkPairs(
      [
        { businessId: 'taken', angelUserId: 'a1' },
        { businessId: 'nobody', angelUserId: 'a1' },
        { businessId: 'b1', angelUserId: 'stranger' },
        { businessId: 'b1', angelUserId: 'paused' },
        { businessId: 'de', angelUserId: 'a1' },
        { businessId: 'far', angelUserId: 'a1' },
      ],
      s,
    );
    expect(issues.map((i) => i.problem)).toEqual(['business_taken', 'business_unknown', 'angel_unknown', 'angel_paused', 'hard_rules', 'hard_rules']);
  });
});
