import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { communityMember, communityModerationLog, communityPost, communityReport, communityThread } from '../../../db/schema/index.js';
import { communityEvents } from '../../../services/community/events.js';
import { makeCommunityPost, makeCommunityThread } from '../../../services/community/moderation/community-fixtures.js';
import { moderatorSportelliOf } from '../../../services/community/moderation/moderator-sportelli.js';
import { countReport } from '../../../services/community/moderation/report-limit.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
const who = ['asker', 'replier', 'r1', 'r2', 'r3', 'stranger', 'coordinator', 'regionCoordinator', 'otherCoordinator', 'admin'] as const;
type TWho = (typeof who)[number];
const cookies = {} as Record<TWho, string>;
const ids = {} as Record<TWho, string>;
let bariId: string;
let lecceId: string;
let milanoId: string;
let threadId: string;
let openingId: string;
let replyId: string;
const moderated = vi.spyOn(communityEvents, 'moderated');

const call = (w: TWho | null, method: string, path: string, body?: unknown) => t.call(method, path, { cookie: w ? cookies[w] : undefined, body });
const report = (w: TWho | null, postId: string, body: unknown = { reason: 'rude' }) => call(w, 'POST', `/api/community/posts/${postId}/reports`, body);
const onPost = (w: TWho | null, postId: string, body: unknown) => call(w, 'POST', `/api/community/posts/${postId}/moderation`, body);
const onThread = (w: TWho | null, body: unknown) => call(w, 'POST', `/api/community/threads/${threadId}/moderation`, body);
const silence = (w: TWho | null, postId: string, body: unknown) => call(w, 'POST', `/api/community/posts/${postId}/author-silence`, body);
const fieldsOf = async (res: Response) => ((await res.json()) as { errors?: { field: string; message: string }[] }).errors?.map((e) => e.field);
const postRow = async (id: string) => (await t.db.select().from(communityPost).where(eq(communityPost.id, id)))[0]!;
const threadRow = async () => (await t.db.select().from(communityThread).where(eq(communityThread.id, threadId)))[0]!;
const logCount = async () => (await t.db.select().from(communityModerationLog)).length;

beforeAll(async () => {
  t = await createTestApp();
  // Bari and Lecce are both in Puglia (16): a Puglia thread opened from Bari is moderated by both; Milano is not.
  bariId = (await makeSportello(t.db, ['072'])).id;
  lecceId = (await makeSportello(t.db, ['075'])).id;
  milanoId = (await makeSportello(t.db, ['015'])).id;
  for (const w of who) {
    const u = await makeUser(t.db, { name: `Persona ${w}`, isAdmin: w === 'admin' });
    ids[w] = u.id;
    cookies[w] = await t.signIn(u.email);
  }
  await addMember(t.db, ids.coordinator, bariId, 'coordinator');
  await addMember(t.db, ids.regionCoordinator, lecceId, 'coordinator');
  await addMember(t.db, ids.otherCoordinator, milanoId, 'coordinator');
  const { thread, opening } = await makeCommunityThread(t.db, { authorUserId: ids.asker, sportelloId: bariId, regionCode: '16' });
  threadId = thread.id;
  openingId = opening.id;
  replyId = (await makeCommunityPost(t.db, { threadId, position: 1, authorUserId: ids.replier, text: 'Sei un incapace, chiudi.' })).id;
});
afterAll(() => t.close());

describe('reporting a post', () => {
  it('asks a visitor to sign in', async () => {
    expect((await report(null, replyId)).status).toBe(401);
  });

  it('refuses one’s own post, a reason not in the list, a too-long note, and a second report, naming the field and storing nothing', async () => {
    const own = await report('replier', replyId);
    expect(own.status).toBe(422);
    expect(await fieldsOf(own)).toEqual(['postId']);
    expect(await fieldsOf(await report('r1', replyId, {}))).toEqual(['reason']);
    expect(await fieldsOf(await report('r1', replyId, { reason: 'boring' }))).toEqual(['reason']);
    expect(await fieldsOf(await report('r1', replyId, { reason: 'rude', note: 'x'.repeat(501) }))).toEqual(['note']);
    expect(await t.db.select().from(communityReport)).toHaveLength(0);
    expect((await report('r1', replyId, { reason: 'rude', note: 'Offende chi ha chiesto.' })).status).toBe(201);
    const twice = await report('r1', replyId, { reason: 'spam' });
    expect(twice.status).toBe(422);
    expect(((await twice.json()) as { errors: { field: string; message: string }[] }).errors).toEqual([{ field: 'postId', message: 'already_reported' }]);
    expect(await t.db.select().from(communityReport)).toHaveLength(1);
  });

  it('hides the post pending review at the third person, logged as auto_hide with no moderator, and tells the author', async () => {
    const second = await report('r2', replyId);
    expect(((await second.json()) as { isHidden: boolean }).isHidden).toBe(false);
    expect((await postRow(replyId)).hiddenAt).toBeNull();
    const third = await report('r3', replyId, { reason: 'other' });
    expect(third.status).toBe(201);
    expect(((await third.json()) as { isHidden: boolean }).isHidden).toBe(true);
    const row = await postRow(replyId);
    expect(row.pendingReview).toBe(true);
    expect(row.hiddenAt).not.toBeNull();
    expect(row.bodyMarkdown).toBe('Sei un incapace, chiudi.');
    const [log] = await t.db.select().from(communityModerationLog).where(eq(communityModerationLog.action, 'auto_hide'));
    expect(log).toMatchObject({ moderatorUserId: null, postId: replyId, threadId, targetUserId: ids.replier });
    expect(moderated).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ action: 'auto_hide', targetUserId: ids.replier, postId: replyId }));
  });

  it('keeps a person’s reports to a limit in PostgreSQL', async () => {
    const limit = { windowSeconds: 3600, perPerson: 2 };
    await countReport(t.db, ids.stranger, limit);
    await countReport(t.db, ids.stranger, limit);
    await expect(countReport(t.db, ids.stranger, limit)).rejects.toMatchObject({ code: 'request.rate_limited' });
  });
});

describe('the moderation queue and log, role by role', () => {
  const queue = (w: TWho | null, sportelloId: string) => call(w, 'GET', `/api/sportelli/${sportelloId}/community/moderation-queue`);
  type TQueue = { items: { post: { id: string; isPendingReview: boolean }; reports: { reason: string; note: string | null }[] }[] };

  it('shows the hidden post with its reports to the coordinators of the thread’s sportello and region, and the admin', async () => {
    for (const [w, s] of [['coordinator', bariId], ['regionCoordinator', lecceId], ['admin', bariId]] as const) {
      const res = await queue(w, s);
      expect(res.status).toBe(200);
      const body = (await res.json()) as TQueue;
      expect(body.items.map((i) => [i.post.id, i.post.isPendingReview, i.reports.length])).toEqual([[replyId, true, 3]]);
    }
  });

  it('answers 401 to a visitor, 404 to an ordinary person and to another sportello’s coordinator; Milano’s queue does not have it', async () => {
    expect((await queue(null, bariId)).status).toBe(401);
    expect((await queue('stranger', bariId)).status).toBe(404);
    expect((await queue('otherCoordinator', bariId)).status).toBe(404);
    expect(((await (await queue('otherCoordinator', milanoId)).json()) as TQueue).items).toEqual([]);
  });

  it('pages the log, newest first', async () => {
    const res = await call('coordinator', 'GET', `/api/sportelli/${bariId}/community/moderation-log?page=1`);
    const body = (await res.json()) as { items: { action: string; moderator: unknown }[]; hasMore: boolean };
    expect(body.items.map((i) => [i.action, i.moderator])).toEqual([['auto_hide', null]]);
    expect(body.hasMore).toBe(false);
    expect(await fieldsOf(await call('coordinator', 'GET', `/api/sportelli/${bariId}/community/moderation-log?page=0`))).toEqual(['page']);
  });
});

describe('moderating a post', () => {
  it('lets only the thread’s moderators decide: 401, 404 for an ordinary person and another region’s coordinator', async () => {
    const body = { action: 'restore', reason: 'Rivisto: va bene così.' };
    expect((await onPost(null, replyId, body)).status).toBe(401);
    expect((await onPost('stranger', replyId, body)).status).toBe(404);
    expect((await onPost('asker', replyId, body)).status).toBe(404);
    expect((await onPost('otherCoordinator', replyId, body)).status).toBe(404);
    expect((await postRow(replyId)).pendingReview).toBe(true);
  });

  it('refuses no reason or a too-long one, naming the field, changing nothing', async () => {
    const before = await logCount();
    expect(await fieldsOf(await onPost('coordinator', replyId, { action: 'restore' }))).toEqual(['reason']);
    expect(await fieldsOf(await onPost('coordinator', replyId, { action: 'restore', reason: '  ' }))).toEqual(['reason']);
    expect(await fieldsOf(await onPost('coordinator', replyId, { action: 'restore', reason: 'x'.repeat(501) }))).toEqual(['reason']);
    expect(await fieldsOf(await onPost('coordinator', openingId, { action: 'restore', reason: 'Niente da ripristinare' }))).toEqual(['action']);
    expect(await logCount()).toBe(before);
    expect((await postRow(replyId)).pendingReview).toBe(true);
  });

  it('lets the region’s coordinator restore it with a reason: hidden fields cleared, reports resolved, logged, author told', async () => {
    const res = await onPost('regionCoordinator', replyId, { action: 'restore', reason: 'Tono duro, ma non offende.' });
    expect(res.status).toBe(200);
    const row = await postRow(replyId);
    expect([row.hiddenAt, row.hiddenReason, row.hiddenBy, row.pendingReview]).toEqual([null, null, null, false]);
    const open = await t.db.select().from(communityReport).where(and(eq(communityReport.postId, replyId), isNull(communityReport.resolvedAt)));
    expect(open).toHaveLength(0);
    expect(moderated).toHaveBeenLastCalledWith(expect.anything(), { action: 'restore', targetUserId: ids.replier, threadId, postId: replyId, reason: 'Tono duro, ma non offende.' });
  });

  it('lets the admin hide it with a reason, keeping the text', async () => {
    expect((await onPost('admin', replyId, { action: 'hide', reason: 'Offende chi ha chiesto aiuto.' })).status).toBe(200);
    const row = await postRow(replyId);
    expect([row.hiddenReason, row.hiddenBy, row.pendingReview, row.bodyText]).toEqual(['Offende chi ha chiesto aiuto.', ids.admin, false, 'Sei un incapace, chiudi.']);
  });
});

describe('moderating a thread', () => {
  it('refuses a visitor (401), an ordinary person and another region’s coordinator (404)', async () => {
    const body = { action: 'lock', reason: 'Discussione chiusa.' };
    expect((await onThread(null, body)).status).toBe(401);
    expect((await onThread('stranger', body)).status).toBe(404);
    expect((await onThread('otherCoordinator', body)).status).toBe(404);
    expect((await threadRow()).lockedAt).toBeNull();
  });

  it('locks and unlocks, moves to another area, sets and lifts slow mode, each logged', async () => {
    expect((await onThread('coordinator', { action: 'lock', reason: 'Ci siamo detti tutto.' })).status).toBe(200);
    expect((await threadRow()).lockedReason).toBe('Ci siamo detti tutto.');
    expect((await onThread('coordinator', { action: 'unlock', reason: 'Riapro: c’è una novità.' })).status).toBe(200);
    expect((await onThread('coordinator', { action: 'move', area: 'finance', reason: 'Parla di conti.' })).status).toBe(200);
    expect((await onThread('coordinator', { action: 'slow_mode', seconds: 120, reason: 'Calmiamo i toni.' })).status).toBe(200);
    const row = await threadRow();
    expect([row.lockedAt, row.area, row.slowModeSeconds]).toEqual([null, 'finance', 120]);
    expect((await onThread('admin', { action: 'slow_mode', seconds: null, reason: 'Va meglio.' })).status).toBe(200);
    const [moved] = await t.db.select().from(communityModerationLog).where(eq(communityModerationLog.action, 'move'));
    expect(moved!.details).toEqual({ from: 'marketing', to: 'finance' });
  });

  it('refuses a move to the same or an unknown area, slow mode out of bounds, a lock without a reason, naming the field', async () => {
    const before = await logCount();
    expect(await fieldsOf(await onThread('coordinator', { action: 'move', area: 'finance', reason: 'Di nuovo' }))).toEqual(['area']);
    expect(await fieldsOf(await onThread('coordinator', { action: 'move', area: 'cucina', reason: 'Altrove' }))).toEqual(['area']);
    expect(await fieldsOf(await onThread('coordinator', { action: 'slow_mode', seconds: 5, reason: 'Piano' }))).toEqual(['seconds']);
    expect(await fieldsOf(await onThread('coordinator', { action: 'lock' }))).toEqual(['reason']);
    expect(await logCount()).toBe(before);
  });
});

describe('silencing an author', () => {
  const member = async () => (await t.db.select().from(communityMember).where(eq(communityMember.userId, ids.replier)))[0];

  it('refuses longer than 30 days and no reason, naming the field, and silences nobody', async () => {
    expect(await fieldsOf(await silence('coordinator', replyId, { action: 'silence', hours: 721, reason: 'Insulti ripetuti.' }))).toEqual(['hours']);
    expect(await fieldsOf(await silence('coordinator', replyId, { action: 'silence', hours: 24 }))).toEqual(['reason']);
    // The replier's row, if replying made one (the notifications' follow), stays as it was.
    expect((await member())?.silencedUntil ?? null).toBeNull();
  });

  it('refuses an ordinary person and another region’s coordinator (404)', async () => {
    expect((await silence('stranger', replyId, { action: 'silence', hours: 24, reason: 'Insulti.' })).status).toBe(404);
    expect((await silence('otherCoordinator', replyId, { action: 'silence', hours: 24, reason: 'Insulti.' })).status).toBe(404);
    expect((await silence(null, replyId, { action: 'silence', hours: 24, reason: 'Insulti.' })).status).toBe(401);
  });

  it('silences for a day, making the member row if there is none, then lifts it', async () => {
    const res = await silence('coordinator', replyId, { action: 'silence', hours: 24, reason: 'Insulti ripetuti.' });
    expect(res.status).toBe(200);
    const row = await member();
    expect(row).toMatchObject({ emailMode: 'each', silenceReason: 'Insulti ripetuti.' });
    expect(row!.unsubscribeToken.length).toBeGreaterThan(20);
    expect(row!.silencedUntil!.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    expect((await silence('coordinator', replyId, { action: 'unsilence', reason: 'Ci siamo chiariti.' })).status).toBe(200);
    expect(await member()).toMatchObject({ silencedUntil: null, silenceReason: null });
    expect(await fieldsOf(await silence('coordinator', replyId, { action: 'unsilence', reason: 'Di nuovo.' }))).toEqual(['action']);
  });
});

describe('the queue after decisions', () => {
  type TQueue = { items: { post: { id: string; isHidden: boolean } }[] };
  const queueIds = async () => ((await (await call('coordinator', 'GET', `/api/sportelli/${bariId}/community/moderation-queue`)).json()) as TQueue).items.map((i) => i.post.id);

  it('lists a newly reported post first, and drops it once its reports are dismissed, keeping the hidden one', async () => {
    expect((await report('stranger', openingId, { reason: 'off_topic' })).status).toBe(201);
    expect(await queueIds()).toEqual([openingId, replyId]);
    expect((await onPost('coordinator', openingId, { action: 'dismiss_reports', reason: 'La domanda è in tema.' })).status).toBe(200);
    expect(await queueIds()).toEqual([replyId]);
    expect((await postRow(openingId)).hiddenAt).toBeNull();
  });
});

describe('who moderates a thread', () => {
  it('is its sportello alone when it has no region, and every sportello of the region otherwise', async () => {
    expect(await moderatorSportelliOf(t.db, { sportelloId: bariId, regionCode: null })).toEqual([bariId]);
    expect((await moderatorSportelliOf(t.db, { sportelloId: null, regionCode: '16' })).sort()).toEqual([bariId, lecceId].sort());
    expect(await moderatorSportelliOf(t.db, { sportelloId: null, regionCode: '03' })).toEqual([milanoId]);
  });
});
