import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can } from './index.js';

const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const bari = 's-bari';
const lecce = 's-lecce';
const coordinator = actor({ userId: 'c1', memberships: [{ sportelloId: bari, role: 'coordinator' }] });
const otherCoordinator = actor({ userId: 'c2', memberships: [{ sportelloId: lecce, role: 'coordinator' }] });
const angel = actor({ userId: 'a1', memberships: [{ sportelloId: bari, role: 'angel' }] });
const asker = actor({ userId: 'e1', businessIds: ['b1'] });
const stranger = actor({ userId: 'e2' });
const admin = actor({ userId: 'x', isAdmin: true });
const thread = { type: 'community_thread' as const, authorUserId: 'e1', postAuthorUserId: 'a1', moderatorSportelloIds: [bari] };

describe('who does what in the community', () => {
  it('lets anyone signed in take part, and nobody signed out', () => {
    expect(can(stranger, 'community.participate', { type: 'community' })).toBe(true);
    expect(can(null, 'community.participate', { type: 'community' })).toBe(false);
  });

  it('lets only a post’s author edit or delete it, not even a moderator', () => {
    expect(can(angel, 'community.edit_post', thread)).toBe(true);
    expect(can(asker, 'community.edit_post', thread)).toBe(false);
    expect(can(coordinator, 'community.edit_post', thread)).toBe(false);
    expect(can(angel, 'community.edit_post', { ...thread, postAuthorUserId: null })).toBe(false);
  });

  it('lets the asker or a moderator mark "Risolto"', () => {
    expect(can(asker, 'community.mark_solved', thread)).toBe(true);
    expect(can(coordinator, 'community.mark_solved', thread)).toBe(true);
    expect(can(stranger, 'community.mark_solved', thread)).toBe(false);
    expect(can(angel, 'community.mark_solved', thread)).toBe(false);
  });

  it('keeps moderation to the coordinators where the thread belongs, and the admin everywhere', () => {
    expect(can(coordinator, 'community.moderate', thread)).toBe(true);
    expect(can(otherCoordinator, 'community.moderate', thread)).toBe(false);
    expect(can(admin, 'community.moderate', thread)).toBe(true);
    expect(can(angel, 'community.moderate', thread)).toBe(false);
    expect(can(asker, 'community.moderate', thread)).toBe(false);
    expect(can(coordinator, 'community.sportello_queues', { type: 'sportello', sportelloId: bari })).toBe(true);
    expect(can(coordinator, 'community.sportello_queues', { type: 'sportello', sportelloId: lecce })).toBe(false);
  });

  it('offers a question to the sportello’s angels, held by one at a time', () => {
    const offer = { type: 'community_offer' as const, sportelloId: bari, takenBy: null };
    expect(can(angel, 'community.take_offer', offer)).toBe(true);
    expect(can(angel, 'community.take_offer', { ...offer, takenBy: 'a2' })).toBe(false);
    expect(can(angel, 'community.take_offer', { ...offer, sportelloId: lecce })).toBe(false);
    expect(can(coordinator, 'community.take_offer', offer)).toBe(false);
    expect(can(coordinator, 'community.see_offers', offer)).toBe(true);
    expect(can(stranger, 'community.see_offers', offer)).toBe(false);
  });
});
