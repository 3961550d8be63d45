import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { authorize, can, PERMISSIONS } from './index.js';

const A = 'sportello-a';
const B = 'sportello-b';
const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });

const admin = actor({ isAdmin: true });
const coordA = actor({ memberships: [{ sportelloId: A, role: 'coordinator' }] });
const angelA = actor({ memberships: [{ sportelloId: A, role: 'angel' }] });
const owner = actor({ businessIds: ['biz-1'] });
const stranger = actor();

const deskA = { type: 'sportello' as const, sportelloId: A };
const deskB = { type: 'sportello' as const, sportelloId: B };
const bizInA = { type: 'business' as const, businessId: 'biz-1', sportelloId: A };
const bizInB = { type: 'business' as const, businessId: 'biz-2', sportelloId: B };

describe('policy, role by role', () => {
  it('network admin may do everything network-wide', () => {
    for (const p of ['sportello.read', 'sportello.update', 'sportello.manage_members', 'sportello.invite'] as const) {
      expect(can(admin, p, deskA)).toBe(true);
      expect(can(admin, p, deskB)).toBe(true);
    }
    expect(can(admin, 'network.manage_sportelli', { type: 'network' })).toBe(true);
    expect(can(admin, 'network.read_mail', { type: 'network' })).toBe(true);
  });

  it('coordinator manages their own sportello and nothing of another', () => {
    expect(can(coordA, 'sportello.read', deskA)).toBe(true);
    expect(can(coordA, 'sportello.update', deskA)).toBe(true);
    expect(can(coordA, 'sportello.invite', deskA)).toBe(true);
    expect(can(coordA, 'sportello.manage_members', deskA)).toBe(true);
    for (const p of ['sportello.read', 'sportello.update', 'sportello.manage_members', 'sportello.invite'] as const) expect(can(coordA, p, deskB)).toBe(false);
    expect(can(coordA, 'business.read', bizInA)).toBe(true);
    expect(can(coordA, 'business.read', bizInB)).toBe(false);
    expect(can(coordA, 'business.update', bizInB)).toBe(false);
    expect(can(coordA, 'network.manage_sportelli', { type: 'network' })).toBe(false);
    expect(can(coordA, 'network.read_mail', { type: 'network' })).toBe(false);
  });

  it('angel reads their sportello but does not manage it', () => {
    expect(can(angelA, 'sportello.read', deskA)).toBe(true);
    expect(can(angelA, 'sportello.update', deskA)).toBe(false);
    expect(can(angelA, 'sportello.invite', deskA)).toBe(false);
    expect(can(angelA, 'sportello.read', deskB)).toBe(false);
  });

  it('entrepreneur reaches their business only', () => {
    expect(can(owner, 'business.read', bizInA)).toBe(true);
    expect(can(owner, 'business.update', bizInA)).toBe(true);
    expect(can(owner, 'business.read', bizInB)).toBe(false);
    expect(can(owner, 'sportello.read', deskA)).toBe(false);
  });

  it('assigned angel sees and fills in the check-up of their business only, and loses it when the assignment ends', () => {
    const assigned = actor({ memberships: [{ sportelloId: A, role: 'angel' }], assignedBusinessIds: ['biz-1'] });
    expect(can(assigned, 'checkup.read', bizInA)).toBe(true);
    expect(can(assigned, 'checkup.write', bizInA)).toBe(true);
    expect(can(assigned, 'intake.read', bizInA)).toBe(true);
    expect(can(assigned, 'business.update', bizInA)).toBe(false);
    expect(can(angelA, 'checkup.read', bizInA)).toBe(false);
    expect(can(coordA, 'checkup.read', bizInA)).toBe(true);
    expect(can(coordA, 'checkup.write', bizInA)).toBe(false);
    expect(can(coordA, 'checkup.read', bizInB)).toBe(false);
    expect(can(owner, 'checkup.write', bizInA)).toBe(true);
    expect(can(owner, 'checkup.read', bizInB)).toBe(false);
  });

  it('denies by default: visitors, strangers, unknown permissions', () => {
    // Taking part in the community is for anyone signed in: only visitors are refused.
    const openToSignedIn = new Set(['community.participate']);
    const communityThread = { type: 'community_thread', authorUserId: 'someone-else', postAuthorUserId: 'someone-else', moderatorSportelloIds: [A] };
    const communityOffer = { type: 'community_offer', sportelloId: A, takenBy: null };
    for (const p of PERMISSIONS) {
      const resource = p.startsWith('business')
        ? bizInA
        : p.startsWith('sportello') || p === 'community.sportello_queues'
          ? deskA
          : p.startsWith('account')
            ? { type: 'user', userId: 'someone-else' }
            : p.endsWith('_offer') || p === 'community.see_offers'
              ? communityOffer
              : p.startsWith('community.')
                ? communityThread
                : { type: 'network' };
      expect(can(null, p, resource as never)).toBe(false);
      expect(can(stranger, p, resource as never)).toBe(openToSignedIn.has(p));
    }
    expect(can(admin, 'no.such.permission' as never, deskA as never)).toBe(false);
  });

  it('hides what the actor may not even read (404) and forbids what they can see (403)', () => {
    expect(() => authorize(coordA, 'sportello.update', deskB, { hiddenUnless: 'sportello.read' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(angelA, 'sportello.update', deskA, { hiddenUnless: 'sportello.read' })).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(null, 'sportello.read', deskA)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
