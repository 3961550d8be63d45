import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meeting } from '../db/schema/index.js';
import { createMailer } from '../services/mail/mailer.js';
import { REMINDER_TASK } from '../services/meetings/meetings.js';
import { enqueueJob } from '../services/system/job-queue.js';
import { createTestDatabase, type TTestDatabase } from '../test/db.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../test/factories.js';
import { startSmtpCapture, type TMailbox } from '../test/smtp.js';
import { startJobRunner } from './runner.js';

let t: TTestDatabase;
let mailbox: TMailbox;
const logger = pino({ level: 'silent' });

async function makeMeeting() {
  const desk = await makeSportello(t.db, []);
  const angel = await makeAngel(t.db, desk.id);
  const owner = await makeUser(t.db);
  const biz = await makeBusiness(t.db, owner.id, desk.id);
  const startsAt = new Date(Date.now() + 20 * 3_600_000);
  const [row] = await t.db.insert(meeting).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id, startsAt, endsAt: new Date(startsAt.getTime() + 45 * 60_000), mode: 'phone' }).returning();
  return { id: row!.id, ownerEmail: owner.email, angelEmail: angel.email };
}

beforeAll(async () => {
  t = await createTestDatabase();
  mailbox = await startSmtpCapture();
});
afterAll(async () => {
  await mailbox.close();
  await t.drop();
});

const deps = () => ({ db: t.db, mailer: createMailer({ db: t.db, logger, from: 'x@affianco.test', smtpUrl: mailbox.url }), logger, baseUrl: 'http://localhost' });

describe('the meeting reminder job', () => {
  it('is sent once to each side even with two app instances running the queue', async () => {
    const m = await makeMeeting();
    await enqueueJob(t.db, REMINDER_TASK, { meetingId: m.id }, { jobKey: `meeting-reminder:${m.id}` });
    const [a, b] = await Promise.all([startJobRunner(t.url, deps(), { pollInterval: 100 }), startJobRunner(t.url, deps(), { pollInterval: 100 })]);
    try {
      await mailbox.waitFor(m.ownerEmail, (x) => x.subject.startsWith('Domani'));
      await mailbox.waitFor(m.angelEmail, (x) => x.subject.startsWith('Domani'));
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await a.stop();
      await b.stop();
    }
    expect(mailbox.messages.filter((x) => x.to === m.ownerEmail && x.subject.startsWith('Domani'))).toHaveLength(1);
    const [row] = await t.db.select().from(meeting).where(eq(meeting.id, m.id));
    expect(row?.reminderSentAt).not.toBeNull();
  });

  it('survives a restart: a job queued while no runner is up is sent by the next one', async () => {
    const m = await makeMeeting();
    const first = await startJobRunner(t.url, deps(), { pollInterval: 100 });
    await first.stop();
    await enqueueJob(t.db, REMINDER_TASK, { meetingId: m.id }, { runAt: new Date(Date.now() + 300), jobKey: `meeting-reminder:${m.id}` });
    const second = await startJobRunner(t.url, deps(), { pollInterval: 100 });
    try {
      await mailbox.waitFor(m.ownerEmail, (x) => x.subject.startsWith('Domani'));
    } finally {
      await second.stop();
    }
  });

  it('skips a meeting that was cancelled meanwhile', async () => {
    const m = await makeMeeting();
    await t.db.update(meeting).set({ status: 'cancelled' }).where(eq(meeting.id, m.id));
    const { sendMeetingReminder } = await import('../services/meetings/send-reminder.js');
    expect(await sendMeetingReminder(deps(), m.id)).toBe('skipped');
  });
});
