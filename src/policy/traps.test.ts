import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can } from './index.js';

const A = 'sportello-a';
const B = 'sportello-b';
const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const admin = actor({ userId: 'admin', isAdmin: true });
const coordA = actor({ userId: 'coord-a', memberships: [{ sportelloId: A, role: 'coordinator' }] });
const coordB = actor({ userId: 'coord-b', memberships: [{ sportelloId: B, role: 'coordinator' }] });
const angelA = actor({ userId: 'angel-a', memberships: [{ sportelloId: A, role: 'angel' }], assignedBusinessIds: ['biz-1'] });
const angelB = actor({ userId: 'angel-b', memberships: [{ sportelloId: B, role: 'angel' }] });
const owner = actor({ userId: 'owner', businessIds: ['biz-1'] });

const proposalInA = { type: 'trap' as const, sportelloId: A, authorUserId: 'angel-a', status: 'proposed' as const };
const publishedInA = { ...proposalInA, status: 'published' as const };
const nationalProposal = { type: 'trap' as const, sportelloId: null, authorUserId: 'angel-b', status: 'proposed' as const };
const requestInA = { type: 'business' as const, businessId: 'biz-1', sportelloId: A };

describe('traps policy', () => {
  it('lets angels and coordinators propose in their sportello and nationally, nobody else', () => {
    expect(can(angelA, 'trap.propose', { type: 'trap_scope', sportelloId: A })).toBe(true);
    expect(can(angelA, 'trap.propose', { type: 'trap_scope', sportelloId: B })).toBe(false);
    expect(can(angelB, 'trap.propose', { type: 'trap_scope', sportelloId: null })).toBe(true);
    expect(can(owner, 'trap.propose', { type: 'trap_scope', sportelloId: null })).toBe(false);
    expect(can(null, 'trap.propose', { type: 'trap_scope', sportelloId: null })).toBe(false);
  });

  it('hides a proposal from all but its author and its scope’s coordinators', () => {
    expect(can(angelA, 'trap.read', proposalInA)).toBe(true);
    expect(can(coordA, 'trap.read', proposalInA)).toBe(true);
    expect(can(admin, 'trap.read', proposalInA)).toBe(true);
    for (const other of [coordB, angelB, owner]) expect(can(other, 'trap.read', proposalInA)).toBe(false);
    expect(can(owner, 'trap.read', publishedInA)).toBe(true);
  });

  it('lets the author edit only while proposed; coordinators of the scope always; the admin publishes national ones', () => {
    expect(can(angelA, 'trap.edit', proposalInA)).toBe(true);
    expect(can(angelA, 'trap.edit', publishedInA)).toBe(false);
    expect(can(coordA, 'trap.edit', publishedInA)).toBe(true);
    expect(can(coordB, 'trap.edit', publishedInA)).toBe(false);
    expect(can(coordA, 'trap.publish', proposalInA)).toBe(true);
    expect(can(angelA, 'trap.publish', proposalInA)).toBe(false);
    expect(can(coordA, 'trap.publish', nationalProposal)).toBe(false);
    expect(can(admin, 'trap.publish', nationalProposal)).toBe(true);
  });

  it('shows a request’s warnings to its coordinators, its business’s angel and the admin only', () => {
    expect(can(coordA, 'intake.read_warnings', requestInA)).toBe(true);
    expect(can(angelA, 'intake.read_warnings', requestInA)).toBe(true);
    expect(can(admin, 'intake.read_warnings', requestInA)).toBe(true);
    for (const other of [coordB, angelB, owner]) expect(can(other, 'intake.read_warnings', requestInA)).toBe(false);
    expect(can(angelA, 'intake.read_warnings', { ...requestInA, businessId: '' })).toBe(false);
  });
});
