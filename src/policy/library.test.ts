import { describe, expect, it } from 'vitest';
import type { TActor } from '../domain/network/actor.js';
import { can } from './index.js';

const actor = (over: Partial<TActor> = {}): TActor => ({ userId: 'u1', isAdmin: false, memberships: [], businessIds: [], assignedBusinessIds: [], ...over });
const bari = 's-bari';
const lecce = 's-lecce';
const coordinator = actor({ memberships: [{ sportelloId: bari, role: 'coordinator' }] });
const author = actor({ memberships: [{ sportelloId: bari, role: 'angel', canAuthor: true }] });
const angel = actor({ memberships: [{ sportelloId: bari, role: 'angel' }] });
const entrepreneur = actor({ businessIds: ['b1'] });
const admin = actor({ isAdmin: true });
const lesson = (over: Partial<{ sportelloId: string | null; authorUserId: string | null; status: 'draft' | 'in_review' | 'published' | 'retired' }> = {}) => ({
  type: 'lesson' as const,
  sportelloId: bari as string | null,
  authorUserId: 'u1' as string | null,
  status: 'draft' as const,
  ...over,
});

describe('who writes, reviews and publishes lessons', () => {
  it('lets coordinators and angels with the author permission start drafts, and nobody else', () => {
    expect(can(coordinator, 'lesson.create', { type: 'library', sportelloId: bari })).toBe(true);
    expect(can(author, 'lesson.create', { type: 'library', sportelloId: bari })).toBe(true);
    expect(can(author, 'lesson.create', { type: 'library', sportelloId: null })).toBe(true);
    expect(can(author, 'lesson.create', { type: 'library', sportelloId: lecce })).toBe(false);
    expect(can(angel, 'lesson.create', { type: 'library', sportelloId: bari })).toBe(false);
    expect(can(entrepreneur, 'lesson.create', { type: 'library', sportelloId: null })).toBe(false);
    expect(can(null, 'lesson.create', { type: 'library', sportelloId: null })).toBe(false);
  });

  it('lets the author edit their draft but not once it is in review, published or retired', () => {
    expect(can(author, 'lesson.edit', lesson())).toBe(true);
    expect(can(author, 'lesson.edit', lesson({ status: 'in_review' }))).toBe(false);
    expect(can(author, 'lesson.edit', lesson({ status: 'published' }))).toBe(false);
    expect(can(author, 'lesson.edit', lesson({ authorUserId: 'u2' }))).toBe(false);
    expect(can(angel, 'lesson.edit', lesson())).toBe(false);
  });

  it('keeps a sportello’s own lessons to its coordinators, and the national library’s review to the admin', () => {
    expect(can(coordinator, 'lesson.review', lesson({ authorUserId: 'u9', status: 'in_review' }))).toBe(true);
    expect(can(coordinator, 'lesson.review', lesson({ sportelloId: lecce, status: 'in_review' }))).toBe(false);
    expect(can(coordinator, 'lesson.review', lesson({ sportelloId: null, status: 'in_review' }))).toBe(false);
    expect(can(admin, 'lesson.review', lesson({ sportelloId: null, status: 'in_review' }))).toBe(true);
    expect(can(author, 'lesson.review', lesson({ status: 'in_review' }))).toBe(false);
    expect(can(coordinator, 'lesson.read_draft', lesson({ sportelloId: lecce, authorUserId: 'u9' }))).toBe(false);
    expect(can(coordinator, 'library.grant_author', { type: 'library', sportelloId: bari })).toBe(true);
    expect(can(author, 'library.grant_author', { type: 'library', sportelloId: bari })).toBe(false);
    expect(can(admin, 'library.grant_author', { type: 'library', sportelloId: null })).toBe(false);
  });

  it('takes the pen back from an author who lost the permission', () => {
    const former = actor({ memberships: [{ sportelloId: bari, role: 'angel', canAuthor: false }] });
    expect(can(former, 'lesson.edit', lesson())).toBe(false);
    expect(can(former, 'lesson.read_draft', lesson())).toBe(false);
  });
});
