import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, plan, planAction, planGoal } from '../db/schema/index.js';
import { createMailer } from '../services/mail/mailer.js';
import { enqueueJob } from '../services/system/job-queue.js';
import { createTestDatabase, type TTestDatabase } from '../test/db.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../test/factories.js';
import { startSmtpCapture, type TMailbox } from '../test/smtp.js';
import { PLAN_DIGEST_TASK } from './plan-digest.js';
import { startJobRunner } from './runner.js';
import { sendDueActionDigests } from '../services/plans/send-digests.js';

let t: TTestDatabase;
let mailbox: TMailbox;
const logger = pino({ level: 'silent' });
const day = '2026-11-23';
let ownerEmail: string;
let angelEmail: string;

beforeAll(async () => {
  t = await createTestDatabase();
  mailbox = await startSmtpCapture();
  const desk = await makeSportello(t.db, []);
  const owner = await makeUser(t.db);
  ownerEmail = owner.email;
  const biz = await makeBusiness(t.db, owner.id, desk.id);
  const angel = await makeAngel(t.db, desk.id);
  angelEmail = angel.email;
  await t.db.insert(assignment).values({ businessId: biz.id, angelUserId: angel.id, sportelloId: desk.id });
  const [p] = await t.db.insert(plan).values({ businessId: biz.id }).returning();
  const [g] = await t.db.insert(planGoal).values({ planId: p!.id, title: 'Più clienti', indicatorName: 'clienti', unit: 'clienti', baseline: 10, target: 20, current: 10, byDate: '2027-03-01' }).returning();
  await t.db.insert(planAction).values([
    { planId: p!.id, goalId: g!.id, title: 'Volantini al mercato', owner: 'entrepreneur', dueDate: '2026-11-24' },
    { planId: p!.id, goalId: g!.id, title: 'Scheda Google', owner: 'entrepreneur', dueDate: '2026-11-20' },
    { planId: p!.id, goalId: g!.id, title: 'Preparare il listino', owner: 'angel', dueDate: '2026-11-25' },
    { planId: p!.id, goalId: g!.id, title: 'Tra un mese', owner: 'entrepreneur', dueDate: '2026-12-30' },
  ]);
});
afterAll(async () => {
  await mailbox.close();
  await t.drop();
});

const deps = () => ({ db: t.db, mailer: createMailer({ db: t.db, logger, from: 'x@affianco.test', smtpUrl: mailbox.url }), logger, baseUrl: 'http://localhost' });

describe('the daily plan digest', () => {
  it('sends one mail per person listing overdue and soon-due actions, once even when run twice at once', async () => {
    const counts = await Promise.all([sendDueActionDigests(deps(), day), sendDueActionDigests(deps(), day)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2);
    const toOwner = mailbox.messages.filter((m) => m.to === ownerEmail);
    expect(toOwner).toHaveLength(1);
    expect(toOwner[0]!.text).toContain('Sono scadute:\n- Scheda Google');
    expect(toOwner[0]!.text).toContain('Volantini al mercato');
    expect(toOwner[0]!.text).not.toContain('Tra un mese');
    expect(mailbox.messages.filter((m) => m.to === angelEmail)).toHaveLength(1);
  });

  it('runs as a queued job, and a second run the same day sends nothing more', async () => {
    const nextDay = '2026-11-24';
    await enqueueJob(t.db, PLAN_DIGEST_TASK, { day: nextDay });
    const runner = await startJobRunner(t.url, deps(), { pollInterval: 100 });
    try {
      await expect.poll(() => mailbox.messages.filter((m) => m.to === ownerEmail).length, { timeout: 8000 }).toBe(2);
      await enqueueJob(t.db, PLAN_DIGEST_TASK, { day: nextDay });
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await runner.stop();
    }
    expect(mailbox.messages.filter((m) => m.to === ownerEmail)).toHaveLength(2);
  });
});
