import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityMember, communityOffer } from '../../../db/schema/index.js';
import { makeReply, makeThread } from '../../../services/community/notify/test-fixtures.js';
import { advanceUnansweredQuestions } from '../../../services/community/notify/unanswered-sweep.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
type TWho = 'asker' | 'replier' | 'angel' | 'otherAngel' | 'foreignAngel' | 'coordinator' | 'foreignCoordinator';
const cookies = {} as Record<TWho, string>;
const ids = {} as Record<TWho, string>;
let desk: { id: string };
let thread: { id: string; slug: string };
const call = (who: TWho | null, method: string, path: string, body?: unknown) => t.call(method, `/api${path}`, { cookie: who ? cookies[who] : undefined, body });
const jsonOf = async <T>(res: Response | Promise<Response>) => (await (await res).json()) as T;

beforeAll(async () => {
  t = await createTestApp();
  desk = await makeSportello(t.db);
  const otherDesk = await makeSportello(t.db);
  const people: [TWho, () => Promise<{ id: string; email: string }>][] = [
    ['asker', () => makeUser(t.db, { name: 'Rosa' })],
    ['replier', () => makeUser(t.db, { name: 'Marco' })],
    ['angel', () => makeAngel(t.db, desk.id, { skills: ['marketing'] })],
    ['otherAngel', () => makeAngel(t.db, desk.id, { skills: ['green'] })],
    ['foreignAngel', () => makeAngel(t.db, otherDesk.id)],
    ['coordinator', () => makeUser(t.db, { name: 'Carla' })],
    ['foreignCoordinator', () => makeUser(t.db)],
  ];
  for (const [who, make] of people) {
    const p = await make();
    ids[who] = p.id;
    cookies[who] = await t.signIn(p.email);
  }
  await addMember(t.db, ids.coordinator, desk.id, 'coordinator');
  await addMember(t.db, ids.foreignCoordinator, otherDesk.id, 'coordinator');
  thread = await makeThread(t.db, { authorUserId: ids.asker, sportelloId: desk.id, area: 'marketing', createdAt: new Date(Date.now() - 50 * 3_600_000), title: 'Chi mi aiuta con i social?' });
});
afterAll(() => t.close());

describe('follows and my notifications', () => {
  it('follows and unfollows a thread, refuses visitors and unknown threads', async () => {
    expect(await jsonOf(call('replier', 'GET', `/community/threads/${thread.slug}/follow`))).toEqual({ following: false });
    expect(await jsonOf(call('replier', 'PUT', `/community/threads/${thread.slug}/follow`))).toEqual({ following: true });
    expect(await jsonOf(call('replier', 'GET', `/community/threads/${thread.slug}/follow`))).toEqual({ following: true });
    expect(await jsonOf(call('replier', 'DELETE', `/community/threads/${thread.slug}/follow`))).toEqual({ following: false });
    expect((await call(null, 'PUT', `/community/threads/${thread.slug}/follow`)).status).toBe(401);
    expect((await call('replier', 'PUT', '/community/threads/non-esiste/follow')).status).toBe(404);
  });

  it('lists my notifications with the unread count, marks one and all read, and hides others’ notifications', async () => {
    await makeReply(t.db, { threadId: thread.id, authorUserId: ids.replier });
    await makeReply(t.db, { threadId: thread.id, authorUserId: ids.replier, text: 'E poi chiedi recensioni ai clienti fedeli.' });
    type TInbox = { items: { id: string; kind: string; isRead: boolean; thread: { slug: string } | null }[]; nextCursor: string | null; unreadCount: number };
    const inbox = await jsonOf<TInbox>(call('asker', 'GET', '/community/notifications'));
    expect(inbox.unreadCount).toBe(2);
    expect(inbox.items.map((i) => [i.kind, i.thread?.slug])).toEqual([
      ['reply', thread.slug],
      ['reply', thread.slug],
    ]);
    expect(await jsonOf(call('asker', 'GET', '/community/notifications/unread-count'))).toEqual({ unreadCount: 2 });
    expect((await call('replier', 'POST', `/community/notifications/${inbox.items[0]!.id}/read`)).status).toBe(404);
    expect(await jsonOf(call('asker', 'POST', `/community/notifications/${inbox.items[0]!.id}/read`))).toEqual({ unreadCount: 1 });
    expect(await jsonOf(call('asker', 'POST', '/community/notifications/read'))).toEqual({ unreadCount: 0 });
    expect((await jsonOf<TInbox>(call('asker', 'GET', '/community/notifications'))).items.every((i) => i.isRead)).toBe(true);
    expect((await call(null, 'GET', '/community/notifications')).status).toBe(401);
  });

  it('keeps my mail choice, refusing an unknown one next to the field', async () => {
    expect(await jsonOf(call('asker', 'GET', '/community/mail-settings'))).toEqual({ emailMode: 'each' });
    expect(await jsonOf(call('asker', 'PUT', '/community/mail-settings', { emailMode: 'daily' }))).toEqual({ emailMode: 'daily' });
    const bad = await call('asker', 'PUT', '/community/mail-settings', { emailMode: 'weekly' });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['emailMode']);
    expect(await jsonOf(call('asker', 'GET', '/community/mail-settings'))).toEqual({ emailMode: 'daily' });
  });

  it('unsubscribes by token without sign-in: the page asks, the POST turns mail off', async () => {
    const [member] = await t.db.select().from(communityMember).where(eq(communityMember.userId, ids.asker));
    const page = await call(null, 'GET', `/community/unsubscribe/${member!.unsubscribeToken}`);
    expect(page.status).toBe(200);
    const text = await page.text();
    expect(text).toContain('Vuoi smettere di ricevere le e-mail della comunità');
    expect(text).toContain(`action="/api/community/unsubscribe/${member!.unsubscribeToken}"`);
    const [still] = await t.db.select().from(communityMember).where(eq(communityMember.userId, ids.asker));
    expect(still?.emailMode).toBe('daily');
    // What a mail program sends for List-Unsubscribe-Post: no cookie, no Origin.
    const done = await t.call('POST', `/api/community/unsubscribe/${member!.unsubscribeToken}`, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('non ti mandiamo più e-mail della comunità');
    expect(await jsonOf(call('asker', 'GET', '/community/mail-settings'))).toEqual({ emailMode: 'off' });
    const unknown = await call(null, 'POST', '/community/unsubscribe/tokenchenonesistemaipoi');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const unknownPage = await t.call('POST', '/api/community/unsubscribe/tokenchenonesistemaipoi', { headers: { accept: 'text/html' } });
    expect(unknownPage.status).toBe(404);
    expect(await unknownPage.text()).toContain('Questo link non è valido');
  });
});

describe('offers and the unanswered queue, role by role', () => {
  let offerId: string;
  let unanswered: { id: string; slug: string };

  beforeAll(async () => {
    unanswered = await makeThread(t.db, { authorUserId: ids.asker, sportelloId: desk.id, area: 'marketing', createdAt: new Date(Date.now() - 49 * 3_600_000), title: 'Quanto chiedere per una consegna?' });
    await advanceUnansweredQuestions(t.db, new Date());
    const [offer] = await t.db.select().from(communityOffer).where(eq(communityOffer.threadId, unanswered.id));
    offerId = offer!.id;
  });

  it('shows the offer to the sportello’s angels only, and the first to take it holds it', async () => {
    type TOffers = { items: { id: string; thread: { slug: string }; isAreaMatch: boolean; isMine: boolean; waitingHours: number }[] };
    const mine = await jsonOf<TOffers>(call('angel', 'GET', '/community/offers'));
    expect(mine.items.map((i) => [i.thread.slug, i.isAreaMatch, i.waitingHours])).toEqual([[unanswered.slug, true, 49]]);
    expect((await jsonOf<TOffers>(call('foreignAngel', 'GET', '/community/offers'))).items).toEqual([]);
    expect((await call('foreignAngel', 'POST', `/community/offers/${offerId}/take`)).status).toBe(404);
    expect((await call('coordinator', 'POST', `/community/offers/${offerId}/take`)).status).toBe(403);

    const taken = await call('angel', 'POST', `/community/offers/${offerId}/take`);
    expect(taken.status).toBe(200);
    const { takenUntil } = (await taken.json()) as { takenUntil: string };
    expect(new Date(takenUntil).getTime() - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect((await call('otherAngel', 'POST', `/community/offers/${offerId}/take`)).status).toBe(403);
    expect((await jsonOf<TOffers>(call('otherAngel', 'GET', '/community/offers'))).items).toEqual([]);
    expect((await jsonOf<TOffers>(call('angel', 'GET', '/community/offers'))).items[0]?.isMine).toBe(true);
  });

  it('shows the coordinator the unanswered queue with hours waited, not a foreign coordinator', async () => {
    type TQueue = { items: { thread: { slug: string }; waitingHours: number; offer: { state: string; takenByName: string | null } | null }[] };
    const queue = await jsonOf<TQueue>(call('coordinator', 'GET', `/sportelli/${desk.id}/community/unanswered`));
    const row = queue.items.find((i) => i.thread.slug === unanswered.slug);
    expect(row?.waitingHours).toBe(49);
    expect(row?.offer).toMatchObject({ state: 'taken', takenByName: 'Angela Prova' });
    expect(queue.items.map((i) => i.thread.slug)).not.toContain(thread.slug);
    expect((await call('foreignCoordinator', 'GET', `/sportelli/${desk.id}/community/unanswered`)).status).toBe(404);
    expect((await call('angel', 'GET', `/sportelli/${desk.id}/community/unanswered`)).status).toBe(404);
  });
});
