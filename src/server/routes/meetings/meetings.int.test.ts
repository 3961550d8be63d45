import ICAL from 'ical.js';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meeting } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let sportelloId: string;
let angelId: string;
let angelEmail: string;
let angelCookie: string;
let owner: { id: string; email: string };
let ownerCookie: string;
let businessId: string;

type TMatches = { scope: string; items: { angel: { userId: string }; reasons: string[]; nextSlots: { startsAt: string }[] }[] };
type TMeeting = { id: string; status: string; startsAt: string; abilities: Record<string, boolean> };

const matches = async (cookie = ownerCookie, id = businessId) => (await (await t.call('GET', `/api/businesses/${id}/matches`, { cookie })).json()) as TMatches;
const book = (startsAt: string, cookie = ownerCookie, id = businessId, angel = angelId) =>
  t.call('POST', '/api/meetings', { cookie, body: { businessId: id, angelUserId: angel, startsAt, mode: 'in_person', note: 'Vorrei vendere i formaggi da solo' } });

function parseIcs(content: string) {
  const component = new ICAL.Component(ICAL.parse(content));
  const event = component.getFirstSubcomponent('vevent')!;
  return { method: component.getFirstPropertyValue('method'), uid: String(event.getFirstPropertyValue('uid')), sequence: Number(event.getFirstPropertyValue('sequence')), start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate() };
}

beforeAll(async () => {
  t = await createTestApp();
  sportelloId = (await makeSportello(t.db, ['098', '015'])).id;
  const angel = await makeAngel(t.db, sportelloId, { comuneIstat: '098031', skills: ['marketing'], sectors: ['10'] });
  angelId = angel.id;
  angelEmail = angel.email;
  angelCookie = await t.signIn(angel.email);
  owner = await makeUser(t.db);
  businessId = (await makeBusiness(t.db, owner.id, sportelloId, '098050')).id;
  await t.db.execute(sql`update business set ateco_division = '10' where id = ${businessId}`);
  ownerCookie = await t.signIn(owner.email);
});
afterAll(() => t.close());

describe('matching in the app', () => {
  it('proposes the angels of the sportello with reasons and next free slots', async () => {
    const found = await matches();
    expect(found.scope).toBe('sportello');
    expect(found.items[0]?.angel.userId).toBe(angelId);
    expect(found.items[0]?.reasons.length).toBeGreaterThan(0);
    expect(found.items[0]?.nextSlots).toHaveLength(3);
  });

  it('drops a paused angel at once, without a restart, and takes them back', async () => {
    await t.call('POST', '/api/angels/me/pause', { cookie: angelCookie, body: { isPaused: true } });
    const paused = await matches();
    expect(paused.items.map((i) => i.angel.userId)).not.toContain(angelId);
    await t.call('POST', '/api/angels/me/pause', { cookie: angelCookie, body: { isPaused: false } });
    expect((await matches()).items[0]?.angel.userId).toBe(angelId);
  });

  it('looks beyond the sportello, and says so, when nobody there suits', async () => {
    const lonely = await makeSportello(t.db, ['091']);
    const u = await makeUser(t.db);
    const biz = await makeBusiness(t.db, u.id, lonely.id, '091051');
    const found = await matches(await t.signIn(u.email), biz.id);
    expect(found.scope).toBe('network');
  });
});

describe('booking the first meeting', () => {
  let meetingId: string;
  let slots: string[];

  it('books a free slot and e-mails both sides a valid calendar invitation', async () => {
    // Slots more than a day ahead, so the day-before reminder is queued.
    const all = (await (await t.call('GET', `/api/angels/${angelId}/slots?days=10`, { cookie: ownerCookie })).json()) as { items: { startsAt: string }[] };
    slots = all.items.map((s) => s.startsAt).filter((s) => new Date(s).getTime() > Date.now() + 36 * 3_600_000);
    const res = await book(slots[0]!);
    expect(res.status).toBe(201);
    const booked = (await res.json()) as TMeeting;
    meetingId = booked.id;
    expect(booked.abilities).toEqual({ change: true, recordOutcome: false, feedback: true });
    expect((booked as unknown as { whatsappUrl: string | null }).whatsappUrl).toBeNull();
    for (const to of [angelEmail, owner.email]) {
      const mail = await t.mailbox.waitFor(to, (m) => m.subject.startsWith('Incontro fissato'));
      expect(mail.text).toContain('gratis e senza impegno');
    }
    const withIcs = t.mailbox.messages.find((m) => m.to === owner.email && m.subject.startsWith('Incontro fissato'))!;
    expect(withIcs.calendar).toBeTruthy();
    const invitation = parseIcs(withIcs.calendar!);
    expect(invitation).toMatchObject({ method: 'REQUEST', uid: `${meetingId}@affianco`, sequence: 0 });
    expect(invitation.start.toISOString()).toBe(slots[0]);
    const [row] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where key = ${`meeting-reminder:${meetingId}`}`).then((r) => r.rows);
    expect(row?.n).toBe(1);
  });

  it('attaches an iCalendar event that an independent parser reads', async () => {
    const raw = await t.app.request('/health/live');
    expect(raw.status).toBe(200);
    const { meetingIcs } = await import('../../../services/meetings/meeting-ics.js');
    const { loadMeetingContext } = await import('../../../services/meetings/meeting-context.js');
    const parsed = parseIcs(meetingIcs(await loadMeetingContext(t.db, meetingId), 'REQUEST', 'http://localhost'));
    expect(parsed.method).toBe('REQUEST');
    expect(parsed.uid).toBe(`${meetingId}@affianco`);
    expect(parsed.start.toISOString()).toBe(slots[0]);
  });

  it('refuses the same slot to a second business, also when both book at the same moment', async () => {
    const again = await book(slots[0]!);
    expect(again.status).toBe(409);
    const others = await Promise.all([0, 1].map(async () => {
      const u = await makeUser(t.db);
      const biz = await makeBusiness(t.db, u.id, sportelloId, '098031');
      return { cookie: await t.signIn(u.email), id: biz.id };
    }));
    const results = await Promise.all(others.map((o) => book(slots[1]!, o.cookie, o.id)));
    expect(results.map((r) => r.status).sort(), JSON.stringify(await Promise.all(results.map((r) => r.clone().json())))).toEqual([201, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(((await loser.json()) as { code: string }).code).toBe('meeting.slot_taken');
  });

  it('refuses a slot off the grid, in the past, or outside the hours, storing nothing', async () => {
    const before = (await t.db.select().from(meeting)).length;
    const offGrid = new Date(new Date(slots[2]!).getTime() + 10 * 60_000).toISOString();
    for (const startsAt of [offGrid, '2020-01-06T09:00:00Z', '2030-01-06T02:00:00Z']) {
      const res = await book(startsAt);
      expect(res.status, startsAt).toBe(422);
    }
    expect((await t.db.select().from(meeting)).length).toBe(before);
  });

  it('moves the meeting to another slot, with an updated invitation', async () => {
    const res = await t.call('PATCH', `/api/meetings/${meetingId}`, { cookie: angelCookie, body: { startsAt: slots[2] } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as TMeeting).startsAt).toBe(slots[2]);
    const moved = await t.mailbox.waitFor(owner.email, (m) => m.subject.startsWith('Incontro spostato'));
    expect(parseIcs(moved.calendar!)).toMatchObject({ uid: `${meetingId}@affianco`, sequence: 1 });
  });

  it('is cancelled by either side; the reminder goes away', async () => {
    const res = await t.call('POST', `/api/meetings/${meetingId}/cancel`, { cookie: ownerCookie, body: { reason: 'Ho un imprevisto' } });
    expect(((await res.json()) as TMeeting).status).toBe('cancelled');
    const cancelled = await t.mailbox.waitFor(angelEmail, (m) => m.subject === 'Incontro annullato');
    expect(parseIcs(cancelled.calendar!).method).toBe('CANCEL');
    const [row] = await t.db.execute<{ n: number }>(sql`select count(*)::int as n from graphile_worker.jobs where key = ${`meeting-reminder:${meetingId}`}`).then((r) => r.rows);
    expect(row?.n).toBe(0);
    expect((await t.call('POST', `/api/meetings/${meetingId}/cancel`, { cookie: ownerCookie, body: {} })).status).toBe(409);
  });
});

describe('a video meeting', () => {
  it('carries the link in the mails and refuses a link that is not https', async () => {
    const slot = (await matches()).items[0]!.nextSlots.at(-1)!.startsAt;
    const bad = await t.call('POST', '/api/meetings', { cookie: ownerCookie, body: { businessId, angelUserId: angelId, startsAt: slot, mode: 'video', videoLink: 'http://example.test/room' } });
    expect(bad.status).toBe(422);
    const res = await t.call('POST', '/api/meetings', { cookie: ownerCookie, body: { businessId, angelUserId: angelId, startsAt: slot, mode: 'video', videoLink: 'https://meet.example.test/affianco-prova' } });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { videoLink: string }).videoLink).toBe('https://meet.example.test/affianco-prova');
    const mail = await t.mailbox.waitFor(angelEmail, (m) => m.text.includes('https://meet.example.test/affianco-prova'));
    expect(mail.text).toContain('videochiamata');
  });
});

describe('after the meeting', () => {
  it('the angel records how it went, the entrepreneur rates it; not before it happens', async () => {
    const slot = (await matches()).items[0]!.nextSlots[0]!.startsAt;
    const { id } = (await (await book(slot)).json()) as TMeeting;
    expect((await t.call('POST', `/api/meetings/${id}/outcome`, { cookie: angelCookie, body: { isHeld: true, notes: 'Bene', nextStep: 'start_plan' } })).status).toBe(409);
    await t.db.update(meeting).set({ startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() - 900_000) }).where(eq(meeting.id, id));
    const outcome = await t.call('POST', `/api/meetings/${id}/outcome`, { cookie: angelCookie, body: { isHeld: true, notes: 'Bene, partiamo col piano', nextStep: 'start_plan' } });
    expect(((await outcome.json()) as { status: string; nextStep: string }).nextStep).toBe('start_plan');
    expect((await t.call('POST', `/api/meetings/${id}/outcome`, { cookie: ownerCookie, body: { isHeld: false } })).status).toBe(403);
    expect((await t.call('POST', `/api/meetings/${id}/feedback`, { cookie: ownerCookie, body: { rating: 6 } })).status).toBe(422);
    const feedback = await t.call('POST', `/api/meetings/${id}/feedback`, { cookie: ownerCookie, body: { rating: 5, text: 'Mi ha ascoltato davvero' } });
    const seenByOwner = (await feedback.json()) as { feedbackRating: number; outcomeNotes?: string };
    expect(seenByOwner.feedbackRating).toBe(5);
    expect(seenByOwner.outcomeNotes).toBeUndefined();
  });

  it('stays hidden from other entrepreneurs and other sportelli', async () => {
    const [any] = await t.db.select().from(meeting).limit(1);
    const stranger = await makeUser(t.db);
    expect((await t.call('GET', `/api/meetings/${any!.id}`, { cookie: await t.signIn(stranger.email) })).status).toBe(404);
    expect((await t.call('POST', `/api/meetings/${any!.id}/cancel`, { cookie: await t.signIn(stranger.email), body: {} })).status).toBe(404);
  });
});
