import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { authorize, can } from './index.js';

const A = 'sportello-a';
const B = 'sportello-b';
const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const admin = actor({ isAdmin: true });
const coordA = actor({ memberships: [{ sportelloId: A, role: 'coordinator' }] });
const angelA = actor({ userId: 'angel-1', memberships: [{ sportelloId: A, role: 'angel' }] });
const owner = actor({ businessIds: ['biz-1'] });
const deskA = { type: 'sportello' as const, sportelloId: A };
const deskB = { type: 'sportello' as const, sportelloId: B };

describe('assignment policy', () => {
  it('lets a sportello’s coordinators and the admin run "Assegna tutte" and read and move caseloads', () => {
    for (const permission of ['assignment.assign_all', 'caseload.read', 'caseload.move'] as const) {
      expect(can(admin, permission, deskB)).toBe(true);
      expect(can(coordA, permission, deskA)).toBe(true);
      expect(can(coordA, permission, deskB)).toBe(false);
      expect(can(angelA, permission, deskA)).toBe(false);
      expect(can(owner, permission, deskA)).toBe(false);
      expect(can(null, permission, deskA)).toBe(false);
    }
  });

  it('shows an angel their own caseload only', () => {
    expect(can(angelA, 'caseload.read_own', { type: 'user', userId: 'angel-1' })).toBe(true);
    expect(can(angelA, 'caseload.read_own', { type: 'user', userId: 'angel-2' })).toBe(false);
    expect(can(owner, 'caseload.read_own', { type: 'user', userId: 'u1' })).toBe(false);
    expect(can(coordA, 'caseload.read_own', { type: 'user', userId: 'u1' })).toBe(false);
  });

  it('answers 404 for another sportello, 403 for its own angel, 401 for a visitor', () => {
    expect(() => authorize(coordA, 'assignment.assign_all', deskB, { hiddenUnless: 'sportello.read' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(angelA, 'assignment.assign_all', deskA, { hiddenUnless: 'sportello.read' })).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(null, 'assignment.assign_all', deskA)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
