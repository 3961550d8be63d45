import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { authorize, can } from './index.js';

const A = 'sportello-a';
const B = 'sportello-b';
const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const admin = actor({ isAdmin: true });
const coordA = actor({ memberships: [{ sportelloId: A, role: 'coordinator' }] });
const angelA = actor({ memberships: [{ sportelloId: A, role: 'angel' }] });
const owner = actor({ businessIds: ['biz-1'] });

describe('territory policy', () => {
  it('opens the national picture to the admin and to coordinators only', () => {
    expect(can(admin, 'territory.read', { type: 'network' })).toBe(true);
    expect(can(coordA, 'territory.read', { type: 'network' })).toBe(true);
    expect(can(angelA, 'territory.read', { type: 'network' })).toBe(false);
    expect(can(owner, 'territory.read', { type: 'network' })).toBe(false);
    expect(can(null, 'territory.read', { type: 'network' })).toBe(false);
  });

  it('shows a sportello’s provinces one by one to its coordinators and the admin', () => {
    expect(can(admin, 'territory.read_provinces', { type: 'sportello', sportelloId: B })).toBe(true);
    expect(can(coordA, 'territory.read_provinces', { type: 'sportello', sportelloId: A })).toBe(true);
    expect(can(coordA, 'territory.read_provinces', { type: 'sportello', sportelloId: B })).toBe(false);
    expect(can(angelA, 'territory.read_provinces', { type: 'sportello', sportelloId: A })).toBe(false);
  });

  it('answers 404 to those who may not open the map', () => {
    expect(() => authorize(angelA, 'territory.read', { type: 'network' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(null, 'territory.read', { type: 'network' })).toThrow(expect.objectContaining({ status: 401 }));
  });
});
