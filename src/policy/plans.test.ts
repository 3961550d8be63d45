import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can, planScopeOf } from './index.js';

const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const mine = { type: 'user' as const, userId: 'u1' };
const theirs = { type: 'user' as const, userId: 'u2' };

describe('plan list policy, role by role', () => {
  it('lets everyone signed in list their own plans and nobody list another person’s', () => {
    expect(can(actor(), 'plan.list', mine)).toBe(true);
    expect(can(actor(), 'plan.list', theirs)).toBe(false);
    expect(can(actor({ isAdmin: true }), 'plan.list', theirs)).toBe(false);
    expect(can(null, 'plan.list', mine)).toBe(false);
  });

  it('scopes an angel to open assignments, a coordinator to their sportelli, an entrepreneur to their businesses', () => {
    const angel = actor({ memberships: [{ sportelloId: 'A', role: 'angel' }], assignedBusinessIds: ['b1'] });
    expect(planScopeOf(angel)).toEqual({ businessIds: ['b1'], sportelloIds: [] });
    const coordinator = actor({ memberships: [{ sportelloId: 'A', role: 'coordinator' }, { sportelloId: 'B', role: 'angel' }] });
    expect(planScopeOf(coordinator)).toEqual({ businessIds: [], sportelloIds: ['A'] });
    const owner = actor({ businessIds: ['b2', 'b3'], assignedBusinessIds: ['b3'] });
    expect(planScopeOf(owner)).toEqual({ businessIds: ['b2', 'b3'], sportelloIds: [] });
  });

  it('gives an admin only what their own roles give', () => {
    expect(planScopeOf(actor({ isAdmin: true }))).toEqual({ businessIds: [], sportelloIds: [] });
  });
});
