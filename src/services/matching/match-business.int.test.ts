import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availabilityException, meeting } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../../test/factories.js';
import { freeSlotsOf } from '../angels/availability.js';
import { loadMatchSubject, matchBusiness } from './match-business.js';

let t: TTestDatabase;
let businessId: string;
let angelId: string;
// A Monday; the angel is free 9–18 (Rome) every day but Tuesday, and has one meeting on Wednesday.
const now = new Date('2027-03-01T08:00:00Z');
const booked = { start: new Date('2027-03-03T08:00:00Z'), end: new Date('2027-03-03T08:45:00Z') };

beforeAll(async () => {
  t = await createTestDatabase();
  const desk = await makeSportello(t.db, ['098']);
  angelId = (await makeAngel(t.db, desk.id, { comuneIstat: '098031' })).id;
  const owner = await makeUser(t.db);
  businessId = (await makeBusiness(t.db, owner.id, desk.id, '098050')).id;
  await t.db.insert(availabilityException).values({ angelUserId: angelId, day: '2027-03-02', kind: 'unavailable', startMinute: null, endMinute: null });
  await t.db.insert(meeting).values({ businessId, angelUserId: angelId, sportelloId: desk.id, startsAt: booked.start, endsAt: booked.end, mode: 'in_person' });
});
afterAll(() => t.drop());

describe('matching a business in two reads', () => {
  it('reads the business with its needs, and refuses one that does not exist', async () => {
    const subject = await loadMatchSubject(t.db, businessId);
    expect(subject).toMatchObject({ id: businessId, ateco: null, needs: { strategy: 0.5 } });
    expect(typeof subject.lat).toBe('number');
    await expect(loadMatchSubject(t.db, '0b6f3f8e-2f55-4c1e-9d3e-6a0c2f5b7a10')).rejects.toMatchObject({ code: 'resource.not_found', status: 404 });
  });

  it("offers the angel's next slots as their own calendar does: no day off, no booked hour", async () => {
    const found = await matchBusiness(t.db, await loadMatchSubject(t.db, businessId), 'it', now);
    const item = found.items.find((i) => i.angel.userId === angelId)!;
    const calendar = await freeSlotsOf(t.db, angelId, now, new Date(now.getTime() + 21 * 86_400_000), now);
    expect(item.nextSlots).toEqual(calendar.slice(0, 3).map((s) => ({ startsAt: s.start.toISOString(), endsAt: s.end.toISOString() })));
    expect(item.nextSlots.some((s) => s.startsAt.startsWith('2027-03-02'))).toBe(false);
    expect(item.nextSlots.map((s) => s.startsAt)).not.toContain(booked.start.toISOString());
    expect(item.angel).toMatchObject({ name: 'Angela Prova', initials: 'AP', languages: ['it'] });
  });
});
