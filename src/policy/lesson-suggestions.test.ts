import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { authorize, can } from './index.js';

const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const bari = 's-bari';
const lecce = 's-lecce';
const forno = { type: 'business' as const, businessId: 'b-forno', sportelloId: bari };

const assignedAngel = actor({ memberships: [{ sportelloId: bari, role: 'angel' }], assignedBusinessIds: ['b-forno'] });
const otherAngel = actor({ memberships: [{ sportelloId: bari, role: 'angel' }], assignedBusinessIds: ['b-altro'] });
const coordinator = actor({ memberships: [{ sportelloId: bari, role: 'coordinator' }] });
const otherCoordinator = actor({ memberships: [{ sportelloId: lecce, role: 'coordinator' }] });
const entrepreneur = actor({ businessIds: ['b-forno'] });
const admin = actor({ isAdmin: true });

describe('who suggests lessons to a business, role by role', () => {
  it('lets the assigned angel and the sportello’s coordinators suggest', () => {
    expect(can(assignedAngel, 'lesson.suggest', forno)).toBe(true);
    expect(can(coordinator, 'lesson.suggest', forno)).toBe(true);
  });

  it('refuses another angel, another sportello’s coordinator, the entrepreneur, an admin without a role, a visitor', () => {
    expect(can(otherAngel, 'lesson.suggest', forno)).toBe(false);
    expect(can(otherCoordinator, 'lesson.suggest', forno)).toBe(false);
    expect(can(entrepreneur, 'lesson.suggest', forno)).toBe(false);
    expect(can(admin, 'lesson.suggest', forno)).toBe(false);
    expect(can(null, 'lesson.suggest', forno)).toBe(false);
  });

  it('lets only the business’s own people hide a suggestion', () => {
    expect(can(entrepreneur, 'lesson.dismiss_suggestion', forno)).toBe(true);
    for (const someone of [assignedAngel, otherAngel, coordinator, otherCoordinator, admin]) expect(can(someone, 'lesson.dismiss_suggestion', forno)).toBe(false);
    expect(can(entrepreneur, 'lesson.dismiss_suggestion', { ...forno, businessId: 'b-altro' })).toBe(false);
  });

  it('answers 403 to the entrepreneur who suggests (they see the business) and 404 to who may not see it', () => {
    expect(() => authorize(entrepreneur, 'lesson.suggest', forno, { hiddenUnless: 'business.read' })).toThrow(expect.objectContaining({ status: 403 }));
    expect(() => authorize(otherAngel, 'lesson.suggest', forno, { hiddenUnless: 'business.read' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(otherCoordinator, 'lesson.suggest', forno, { hiddenUnless: 'business.read' })).toThrow(expect.objectContaining({ status: 404 }));
    expect(() => authorize(null, 'lesson.suggest', forno)).toThrow(expect.objectContaining({ status: 401 }));
  });
});
