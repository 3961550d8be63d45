import { describe, expect, it } from 'vitest';
import type { TActor } from '../../domain/network/actor.js';
import { sumFigures, zeroFigures, type TProvinceFigures } from './province-figures.js';
import { territoryView } from './territory-view.js';

const row = (code: string, sportelloId: string | null, openRequests: number): TProvinceFigures => ({ code, name: code, regionCode: '03', sportelloId, ...zeroFigures(), openRequests });
const rows = [row('015', 'a', 2), row('098', 'a', 1), row('058', 'b', 4), row('040', null, 3)];
const names = new Map([['a', 'Milano'], ['b', 'Roma']]);
const actor = (over: Partial<TActor>): TActor => ({ userId: 'u', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });

describe('territoryView', () => {
  it('shows the admin every province', () => {
    const view = territoryView(actor({ isAdmin: true }), rows, names);
    expect(view.scope).toBe('network');
    expect(view.provinces).toHaveLength(4);
    expect(view.totals.openRequests).toBe(10);
  });

  it('shows a coordinator their provinces and the others as sportello totals, unserved last', () => {
    const view = territoryView(actor({ memberships: [{ sportelloId: 'a', role: 'coordinator' }] }), rows, names);
    expect(view.provinces.map((p) => p.code)).toEqual(['015', '098']);
    expect(view.sportelli.map((s) => [s.name, s.openRequests, s.isDetailed])).toEqual([
      ['Milano', 3, true],
      ['Roma', 4, false],
      [null, 3, false],
    ]);
  });

  it('adds figures up', () => {
    expect(sumFigures([])).toEqual(zeroFigures());
  });
});
