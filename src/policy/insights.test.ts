import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can } from './index.js';

const actor = (over: Partial<TActor>): TActor => ({ userId: 'u', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const admin = actor({ isAdmin: true });
const coord = actor({ memberships: [{ sportelloId: 'A', role: 'coordinator' }] });
const angel = actor({ memberships: [{ sportelloId: 'A', role: 'angel' }] });
const owner = actor({ businessIds: ['b'] });

describe('insights policy, role by role', () => {
  it('lets the admin read any sportello and the network', () => {
    expect(can(admin, 'insights.open', { type: 'network' })).toBe(true);
    expect(can(admin, 'insights.read_sportello', { type: 'sportello', sportelloId: 'B' })).toBe(true);
    expect(can(admin, 'insights.read_network', { type: 'network' })).toBe(true);
  });
  it('lets a coordinator read only their own sportello', () => {
    expect(can(coord, 'insights.open', { type: 'network' })).toBe(true);
    expect(can(coord, 'insights.read_sportello', { type: 'sportello', sportelloId: 'A' })).toBe(true);
    expect(can(coord, 'insights.read_sportello', { type: 'sportello', sportelloId: 'B' })).toBe(false);
    expect(can(coord, 'insights.read_network', { type: 'network' })).toBe(false);
  });
  it('refuses angels, entrepreneurs and nobody', () => {
    for (const who of [angel, owner, null]) {
      expect(can(who, 'insights.open', { type: 'network' })).toBe(false);
      expect(can(who, 'insights.read_sportello', { type: 'sportello', sportelloId: 'A' })).toBe(false);
      expect(can(who, 'insights.read_network', { type: 'network' })).toBe(false);
    }
  });
});
