import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communityFollow, communityMember, communityNotification, communityOffer, user } from '../../../db/schema/index.js';
import { COMMUNITY_MAIL_TASK } from '../../../jobs/community-mail.js';
import { startJobRunner } from '../../../jobs/runner.js';
import { createTestDatabase, type TTestDatabase } from '../../../test/db.js';
import { addMember, makeAngel, makeSportello, makeUser } from '../../../test/factories.js';
import { startSmtpCapture, type TMailbox } from '../../../test/smtp.js';
import { createMailer } from '../../mail/mailer.js';
import { enqueueJob } from '../../system/job-queue.js';
import { communityEvents } from '../events.js';
import { setEmailMode } from './members.js';
import { sendDailyDigests, sendEachNotificationMails } from './send-mails.js';
import { makeReply, makeThread } from './test-fixtures.js';
import { offersForAngel, takeOffer } from './offers.js';
import { advanceUnansweredQuestions } from './unanswered-sweep.js';

let t: TTestDatabase;
let mailbox: TMailbox;
const logger = pino({ level: 'silent' });
const deps = () => ({ db: t.db, mailer: createMailer({ db: t.db, logger, from: 'comunita@affianco.test', smtpUrl: mailbox.url }), logger, baseUrl: 'https://affianco.test' });
const notesOf = (userId: string) => t.db.select().from(communityNotification).where(eq(communityNotification.userId, userId)).orderBy(communityNotification.createdAt);

beforeAll(async () => {
  t = await createTestDatabase();
  mailbox = await startSmtpCapture();
});
afterAll(async () => {
  await mailbox.close();
  await t.drop();
});

describe('follows and notifications from the thread events', () => {
  it('makes the asker follow, with a member row mailing each, and tells followers of a reply, mentions instead of replies', async () => {
    const asker = await makeUser(t.db, { name: 'Rosa' });
    const replier = await makeUser(t.db, { name: 'Marco' });
    const mentioned = await makeUser(t.db, { name: 'Lucia' });
    const thread = await makeThread(t.db, { authorUserId: asker.id });
    const [member] = await t.db.select().from(communityMember).where(eq(communityMember.userId, asker.id));
    expect(member?.emailMode).toBe('each');
    expect(member?.unsubscribeToken.length).toBeGreaterThan(20);

    await makeReply(t.db, { threadId: thread.id, authorUserId: replier.id, mentionedUserIds: [mentioned.id, asker.id] });
    const follows = await t.db.select().from(communityFollow).where(eq(communityFollow.threadId, thread.id));
    expect(follows.map((f) => f.userId).sort()).toEqual([asker.id, replier.id].sort());
    expect((await notesOf(asker.id)).map((n) => n.kind)).toEqual(['mention']);
    expect((await notesOf(mentioned.id)).map((n) => n.kind)).toEqual(['mention']);
    expect(await notesOf(replier.id)).toEqual([]);

    await makeReply(t.db, { threadId: thread.id, authorUserId: asker.id });
    expect((await notesOf(replier.id)).map((n) => n.kind)).toEqual(['reply']);
    expect((await notesOf(asker.id)).map((n) => n.kind)).toEqual(['mention']);
  });

  it('tells followers of "Risolto" and the author of a moderator’s decision, with the reason', async () => {
    const asker = await makeUser(t.db);
    const replier = await makeUser(t.db);
    const thread = await makeThread(t.db, { authorUserId: asker.id });
    const reply = await makeReply(t.db, { threadId: thread.id, authorUserId: replier.id });
    await t.db.transaction(async (tx) => communityEvents.solved(tx as never, { threadId: thread.id, postId: reply.id, byUserId: asker.id }));
    expect((await notesOf(replier.id)).map((n) => n.kind)).toEqual(['solved']);
    await t.db.transaction(async (tx) => communityEvents.moderated(tx as never, { action: 'hide', targetUserId: replier.id, threadId: thread.id, postId: reply.id, reason: 'Dati personali nel messaggio' }));
    const [, moderation] = await notesOf(replier.id);
    expect(moderation?.kind).toBe('moderation');
    expect(moderation?.detail).toEqual({ action: 'hide', reason: 'Dati personali nel messaggio' });
  });
});

describe('community mail', () => {
  it('mails each notification once, even with two senders at once, with a one-click unsubscribe', async () => {
    const asker = await makeUser(t.db, { name: 'Rosa' });
    const replier = await makeUser(t.db, { name: 'Marco' });
    const thread = await makeThread(t.db, { authorUserId: asker.id, title: 'Vendere online il formaggio' });
    await makeReply(t.db, { threadId: thread.id, authorUserId: replier.id, text: 'Io ho iniziato con un negozio su Instagram.' });
    const counts = await Promise.all([sendEachNotificationMails(deps()), sendEachNotificationMails(deps())]);
    expect(counts[0]! + counts[1]!).toBeGreaterThanOrEqual(1);
    const mails = mailbox.messages.filter((m) => m.to === asker.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe('Nuova risposta in «Vendere online il formaggio»');
    expect(mail.text).toContain('Marco ha risposto in «Vendere online il formaggio»');
    expect(mail.text).toContain('> Io ho iniziato con un negozio su Instagram.');
    expect(mail.text).toContain(`https://affianco.test/comunita/${thread.slug}`);
    const [member] = await t.db.select().from(communityMember).where(eq(communityMember.userId, asker.id));
    expect(mail.headers['list-unsubscribe']).toContain(`<https://affianco.test/api/community/unsubscribe/${member!.unsubscribeToken}>`);
    expect(mail.headers['list-unsubscribe']).toContain('<mailto:');
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(await sendEachNotificationMails(deps())).toBe(0);
  });

  it('writes to English speakers in English, with the time in Rome', async () => {
    const asker = await makeUser(t.db);
    await t.db.update(user).set({ locale: 'en' }).where(eq(user.id, asker.id));
    const replier = await makeUser(t.db, { name: 'Marco' });
    const thread = await makeThread(t.db, { authorUserId: asker.id, title: 'Prices' });
    await makeReply(t.db, { threadId: thread.id, authorUserId: replier.id });
    const at = new Date(Date.now() - 3_600_000);
    await t.db.update(communityNotification).set({ createdAt: at }).where(eq(communityNotification.userId, asker.id));
    await sendEachNotificationMails(deps());
    const rome = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }).format(at);
    const mail = await mailbox.waitFor(asker.email);
    expect(mail.subject).toBe('New reply in “Prices”');
    expect(mail.text).toContain(`Marco replied in “Prices” (${rome})`);
    expect(mail.text).toContain('To stop these e-mails');
  });

  it('sends nothing to people who turned mail off, and one digest a day to those who chose it', async () => {
    const offAsker = await makeUser(t.db);
    const dailyAsker = await makeUser(t.db, { name: 'Dora' });
    const replier = await makeUser(t.db, { name: 'Marco' });
    const offThread = await makeThread(t.db, { authorUserId: offAsker.id });
    const dailyThread = await makeThread(t.db, { authorUserId: dailyAsker.id, title: 'Il sito costa troppo?' });
    await setEmailMode(t.db, offAsker.id, 'off');
    await setEmailMode(t.db, dailyAsker.id, 'daily');
    await makeReply(t.db, { threadId: offThread.id, authorUserId: replier.id });
    await makeReply(t.db, { threadId: dailyThread.id, authorUserId: replier.id, text: 'Dipende da cosa ci metti.' });
    await makeReply(t.db, { threadId: dailyThread.id, authorUserId: replier.id, text: 'E da chi lo fa.' });
    await sendEachNotificationMails(deps());
    expect(mailbox.messages.filter((m) => m.to === offAsker.email || m.to === dailyAsker.email)).toEqual([]);

    const counts = await Promise.all([sendDailyDigests(deps()), sendDailyDigests(deps())]);
    expect(counts[0]! + counts[1]!).toBe(1);
    const digests = mailbox.messages.filter((m) => m.to === dailyAsker.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe('La comunità oggi: 2 novità');
    expect(digests[0]!.text).toContain('> Dipende da cosa ci metti.');
    expect(digests[0]!.text).toContain('> E da chi lo fa.');
    expect(digests[0]!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mailbox.messages.filter((m) => m.to === offAsker.email)).toEqual([]);
    const [dora] = await t.db.select().from(communityMember).where(eq(communityMember.userId, dailyAsker.id));
    expect(dora?.lastDigestAt).not.toBeNull();
  });

  it('runs as a queued job through the job runner', async () => {
    const asker = await makeUser(t.db);
    const replier = await makeUser(t.db);
    const thread = await makeThread(t.db, { authorUserId: asker.id });
    await makeReply(t.db, { threadId: thread.id, authorUserId: replier.id });
    await enqueueJob(t.db, COMMUNITY_MAIL_TASK, {});
    const runner = await startJobRunner(t.url, deps(), { pollInterval: 100 });
    try {
      await mailbox.waitFor(asker.email, undefined, 8000);
    } finally {
      await runner.stop();
    }
    expect(mailbox.messages.filter((m) => m.to === asker.email)).toHaveLength(1);
  });
});

describe('the 48-hour rule', () => {
  const asked = new Date(Date.now() - 100 * 3_600_000);
  const hoursAfter = (h: number) => new Date(asked.getTime() + h * 3_600_000);

  const kindsFor = async (threadId: string, kind: string) =>
    (await t.db.select().from(communityNotification).where(and(eq(communityNotification.kind, kind), eq(communityNotification.threadId, threadId)))).map((n) => [n.userId, (n.detail as { isAreaMatch: boolean }).isAreaMatch]);
  const offerIdsFor = async (userId: string, deskId: string, at: Date) => (await offersForAngel(t.db, userId, [deskId], at)).map((o) => o.thread.title);

  it('offers the question to the area’s angels, 12 hours later to the others, gives a lapsed hold back telling them, escalates, and ends with a reply', async () => {
    const desk = await makeSportello(t.db);
    const otherDesk = await makeSportello(t.db);
    const marketingAngel = await makeAngel(t.db, desk.id, { skills: ['marketing'] });
    const greenAngel = await makeAngel(t.db, desk.id, { skills: ['green'] });
    const foreignAngel = await makeAngel(t.db, otherDesk.id, { skills: ['marketing'] });
    const coordinator = await makeUser(t.db, { name: 'Carla' });
    await addMember(t.db, coordinator.id, desk.id, 'coordinator');
    const asker = await makeUser(t.db);
    const thread = await makeThread(t.db, { authorUserId: asker.id, sportelloId: desk.id, area: 'marketing', createdAt: asked, title: 'Chi mi aiuta con i social?' });
    const noDesk = await makeThread(t.db, { authorUserId: asker.id, createdAt: asked });
    const story = await makeThread(t.db, { authorUserId: asker.id, sportelloId: desk.id, kind: 'story', createdAt: asked });

    expect((await advanceUnansweredQuestions(t.db, hoursAfter(47))).offer).toBe(0);
    const [first, second] = await Promise.all([advanceUnansweredQuestions(t.db, hoursAfter(48)), advanceUnansweredQuestions(t.db, hoursAfter(48))]);
    expect(first!.offer + second!.offer).toBe(1);
    const offers = await t.db.select().from(communityOffer);
    expect(offers.map((o) => o.threadId)).toEqual([thread.id]);
    expect(offers.map((o) => o.threadId)).not.toContain(noDesk.id);
    expect(offers.map((o) => o.threadId)).not.toContain(story.id);
    // First the angels of the question's area only, in their home too.
    expect(await kindsFor(thread.id, 'offer')).toEqual([[marketingAngel.id, true]]);
    expect(await offerIdsFor(marketingAngel.id, desk.id, hoursAfter(49))).toEqual(['Chi mi aiuta con i social?']);
    expect(await offerIdsFor(greenAngel.id, desk.id, hoursAfter(49))).toEqual([]);

    // Nobody took it in 12 hours: the other angels of the sportello are told, once across two instances.
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(59))).widen).toBe(0);
    const widened = await Promise.all([advanceUnansweredQuestions(t.db, hoursAfter(60)), advanceUnansweredQuestions(t.db, hoursAfter(60))]);
    expect(widened[0]!.widen + widened[1]!.widen).toBe(1);
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(61))).widen).toBe(0);
    expect(await kindsFor(thread.id, 'offer')).toEqual([
      [marketingAngel.id, true],
      [greenAngel.id, false],
    ]);
    expect(await offerIdsFor(greenAngel.id, desk.id, hoursAfter(61))).toEqual(['Chi mi aiuta con i social?']);
    expect((await kindsFor(thread.id, 'offer')).map(([id]) => id)).not.toContain(foreignAngel.id);

    // Taken for 24 hours, then given back: the others hear it is free again, not the one who let it lapse.
    await takeOffer(t.db, offers[0]!.id, greenAngel.id, hoursAfter(62));
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(85))).release).toBe(0);
    const released = await Promise.all([advanceUnansweredQuestions(t.db, hoursAfter(86)), advanceUnansweredQuestions(t.db, hoursAfter(86))]);
    expect(released[0]!.release + released[1]!.release).toBe(1);
    const [back] = await t.db.select().from(communityOffer).where(eq(communityOffer.threadId, thread.id));
    expect([back?.state, back?.takenBy]).toEqual(['offered', null]);
    expect(await kindsFor(thread.id, 'offer_free')).toEqual([[marketingAngel.id, true]]);

    expect((await advanceUnansweredQuestions(t.db, hoursAfter(95))).escalate).toBe(0);
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(96))).escalate).toBe(1);
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(97))).escalate).toBe(0);
    const told = await notesOf(coordinator.id);
    expect(told.map((n) => [n.kind, (n.detail as { waitingHours: number }).waitingHours])).toEqual([['escalated', 96]]);

    await makeReply(t.db, { threadId: thread.id, authorUserId: marketingAngel.id });
    const [answered] = await t.db.select().from(communityOffer).where(eq(communityOffer.threadId, thread.id));
    expect(answered?.state).toBe('answered');

    await sendEachNotificationMails(deps());
    const offerMail = await mailbox.waitFor(marketingAngel.email, (m) => m.subject.startsWith('Una domanda aspetta'));
    expect(offerMail.text).toContain('«Chi mi aiuta con i social?» (marketing e canali di vendita)');
    const greenMail = await mailbox.waitFor(greenAngel.email, (m) => m.subject.startsWith('Una domanda aspetta'));
    expect(greenMail.text).toContain('La prendo io');
    const freeMail = await mailbox.waitFor(marketingAngel.email, (m) => m.subject.startsWith('Una domanda è di nuovo libera'));
    expect(freeMail.text).toContain('ora è di nuovo libera');
    const escalation = await mailbox.waitFor(coordinator.email);
    expect(escalation.text).toContain('da 96 ore');
  });

  it('keeps the others waiting while an area angel holds it, and tells them once the hold lapses', async () => {
    const desk = await makeSportello(t.db);
    const holder = await makeAngel(t.db, desk.id, { skills: ['finance'] });
    const colleague = await makeAngel(t.db, desk.id, { skills: ['finance', 'strategy'] });
    const other = await makeAngel(t.db, desk.id, { skills: ['green'] });
    const asker = await makeUser(t.db);
    const thread = await makeThread(t.db, { authorUserId: asker.id, sportelloId: desk.id, area: 'finance', createdAt: asked, title: 'Mi conviene il leasing?' });

    expect((await advanceUnansweredQuestions(t.db, hoursAfter(48))).offer).toBe(1);
    expect((await kindsFor(thread.id, 'offer')).map(([id]) => id).sort()).toEqual([holder.id, colleague.id].sort());
    const [offer] = await t.db.select().from(communityOffer).where(eq(communityOffer.threadId, thread.id));
    await takeOffer(t.db, offer!.id, holder.id, hoursAfter(49));
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(60))).widen).toBe(0);
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(72))).widen).toBe(0);

    // The hold lapses: the area's other angel hears it is free; the next pass tells the rest.
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(73))).release).toBe(1);
    expect(await kindsFor(thread.id, 'offer_free')).toEqual([[colleague.id, true]]);
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(73.25))).widen).toBe(1);
    expect((await kindsFor(thread.id, 'offer')).map(([id]) => id)).toContain(other.id);
  });

  it('tells every angel at once when none covers the question’s area, and never widens it again', async () => {
    const desk = await makeSportello(t.db);
    const a = await makeAngel(t.db, desk.id, { skills: ['marketing'] });
    const b = await makeAngel(t.db, desk.id, { skills: ['green'] });
    const asker = await makeUser(t.db);
    const thread = await makeThread(t.db, { authorUserId: asker.id, sportelloId: desk.id, area: 'automation_ai', createdAt: asked, title: 'Posso usare un assistente per le mail?' });

    expect((await advanceUnansweredQuestions(t.db, hoursAfter(48))).offer).toBe(1);
    expect((await kindsFor(thread.id, 'offer')).map(([id]) => id).sort()).toEqual([a.id, b.id].sort());
    expect(await offerIdsFor(b.id, desk.id, hoursAfter(49))).toEqual(['Posso usare un assistente per le mail?']);
    expect((await advanceUnansweredQuestions(t.db, hoursAfter(61))).widen).toBe(0);
    expect(await kindsFor(thread.id, 'offer')).toHaveLength(2);
  });
});
