import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can } from './index.js';

const A = 'sportello-a';
const B = 'sportello-b';
const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const admin = actor({ isAdmin: true });
const coordA = actor({ memberships: [{ sportelloId: A, role: 'coordinator' }] });
const angelA = actor({ memberships: [{ sportelloId: A, role: 'angel' }] });
const owner = actor({ businessIds: ['biz-1'] });
const assigned = actor({ assignedBusinessIds: ['biz-1'], memberships: [{ sportelloId: A, role: 'angel' }] });
const bizInA = { type: 'business' as const, businessId: 'biz-1', sportelloId: A };

describe('funding policy', () => {
  it('shows a business’s verdicts to its people, its angel and its coordinators only', () => {
    expect(can(owner, 'funding.read_verdicts', bizInA)).toBe(true);
    expect(can(assigned, 'funding.read_verdicts', bizInA)).toBe(true);
    expect(can(coordA, 'funding.read_verdicts', bizInA)).toBe(true);
    expect(can(angelA, 'funding.read_verdicts', bizInA)).toBe(false);
    expect(can(actor({ businessIds: ['biz-2'] }), 'funding.read_verdicts', bizInA)).toBe(false);
    expect(can(actor({ memberships: [{ sportelloId: B, role: 'coordinator' }] }), 'funding.read_verdicts', bizInA)).toBe(false);
  });

  it('lets only the business’s own people follow a call for it', () => {
    expect(can(owner, 'funding.follow', bizInA)).toBe(true);
    expect(can(coordA, 'funding.follow', bizInA)).toBe(false);
  });

  it('keeps imports and national rules to the network admin, a sportello’s calls to its coordinators', () => {
    expect(can(admin, 'funding.import', { type: 'network' })).toBe(true);
    expect(can(coordA, 'funding.import', { type: 'network' })).toBe(false);
    expect(can(admin, 'funding.write', { type: 'funding_scope', sportelloId: null })).toBe(true);
    expect(can(coordA, 'funding.write', { type: 'funding_scope', sportelloId: null })).toBe(false);
    expect(can(coordA, 'funding.write', { type: 'funding_scope', sportelloId: A })).toBe(true);
    expect(can(coordA, 'funding.write', { type: 'funding_scope', sportelloId: B })).toBe(false);
    expect(can(angelA, 'funding.write', { type: 'funding_scope', sportelloId: A })).toBe(false);
    expect(can(coordA, 'funding.edit_call', { type: 'funding_call', sportelloId: A })).toBe(true);
    expect(can(coordA, 'funding.edit_call', { type: 'funding_call', sportelloId: null })).toBe(false);
    expect(can(coordA, 'funding.match_businesses', { type: 'sportello', sportelloId: A })).toBe(true);
    expect(can(coordA, 'funding.match_businesses', { type: 'sportello', sportelloId: B })).toBe(false);
    expect(can(null, 'funding.read_verdicts', bizInA)).toBe(false);
  });
});
