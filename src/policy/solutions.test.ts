import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can } from './index.js';

const A = 'sportello-a';
const B = 'sportello-b';
const actor = (over: Partial<TActor>): TActor => ({ userId: 'u', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const admin = actor({ userId: 'admin', isAdmin: true });
const coordA = actor({ userId: 'coord', memberships: [{ sportelloId: A, role: 'coordinator' }] });
const angelA = actor({ userId: 'angel', memberships: [{ sportelloId: A, role: 'angel' }], assignedBusinessIds: ['biz'] });
const owner = actor({ userId: 'owner', businessIds: ['biz'] });
const stranger = actor({ userId: 'stranger' });
const proposalA = { type: 'solution', sportelloId: A, status: 'proposed', authorId: 'angel' } as const;
const national = { type: 'solution', sportelloId: null, status: 'published', authorId: 'admin' } as const;
const biz = { type: 'business', businessId: 'biz', sportelloId: A } as const;
const review = { type: 'solution_review', authorId: 'angel', moderatorSportelloIds: [A] } as const;

describe('solutions policy, role by role', () => {
  it('proposals: seen by their author and their sportello, not by another or a stranger', () => {
    expect(can(angelA, 'solution.read', proposalA)).toBe(true);
    expect(can(coordA, 'solution.read', proposalA)).toBe(true);
    expect(can(actor({ memberships: [{ sportelloId: B, role: 'coordinator' }] }), 'solution.read', proposalA)).toBe(false);
    expect(can(stranger, 'solution.read', proposalA)).toBe(false);
  });
  it('editing: the national catalogue is the admin’s, a sportello’s its coordinators’', () => {
    expect(can(admin, 'solution.edit', national)).toBe(true);
    expect(can(coordA, 'solution.edit', national)).toBe(false);
    expect(can(coordA, 'solution.edit', proposalA)).toBe(true);
    expect(can(angelA, 'solution.edit', proposalA)).toBe(false);
    expect(can(angelA, 'solution.propose', { type: 'solution_scope', sportelloId: A })).toBe(true);
    expect(can(angelA, 'solution.propose', { type: 'solution_scope', sportelloId: B })).toBe(false);
    expect(can(owner, 'solution.propose', { type: 'solution_scope', sportelloId: null })).toBe(false);
  });
  it('reviews: the business’s people and angel; edited by the author; hidden by its coordinators', () => {
    expect(can(owner, 'solution.review', biz)).toBe(true);
    expect(can(angelA, 'solution.review', biz)).toBe(true);
    expect(can(coordA, 'solution.review', biz)).toBe(false);
    expect(can(angelA, 'solution.edit_review', review)).toBe(true);
    expect(can(coordA, 'solution.edit_review', review)).toBe(false);
    expect(can(coordA, 'solution.moderate', review)).toBe(true);
    expect(can(actor({ memberships: [{ sportelloId: B, role: 'coordinator' }] }), 'solution.moderate', review)).toBe(false);
    expect(can(admin, 'solution.moderate', review)).toBe(true);
  });
});
