import { verifyPassword } from 'better-auth/crypto';
import { and, eq, isNull, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, appSetting, assignment, business, fundingCall, fundingImport, lesson, lessonVersion, membership, plan, solutionReview, planAction, planGoal, planLogEntry, planReading, user } from '../../db/schema/index.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { DEMO_INSIGHTS } from '../insights/seed-demo-insights.js';
import { loadMatchSubject, matchBusiness } from '../matching/match-business.js';
import { DEMO_PASSWORD } from './demo-data.js';
import { seedDemo } from './seed-demo.js';
import { DEMO_PLAN_CALL } from '../plans/seed-demo-plan.js';

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db);
  await seedDemo(t.db);
});
afterAll(() => t.drop());

describe('the demo network', () => {
  it('is seeded once however often it runs', async () => {
    expect(await t.db.select().from(user).where(eq(user.email, 'admin@demo.affianco.it'))).toHaveLength(1);
    // Besides the four, the insights' past journeys (services/insights/seed-demo-insights.ts).
    expect((await t.db.select().from(business)).filter((b) => !(DEMO_INSIGHTS.names as readonly string[]).includes(b.name)).length).toBe(4 + 5); // and the open requests "Assegna tutte" proposes (seed-demo-assign-all.ts)
  });

  it('has one started plan, the bakery\'s with its angel: two goals with readings, a log entry, a few actions', async () => {
    const plans = await t.db.select({ id: plan.id, businessName: business.name }).from(plan).innerJoin(business, eq(business.id, plan.businessId));
    const current = plans.filter((p) => !(DEMO_INSIGHTS.names as readonly string[]).includes(p.businessName));
    expect(current.map((p) => p.businessName)).toEqual(['Panificio Esempio (demo)']);
    const planId = current[0]!.id;
    const goals = await t.db.select().from(planGoal).where(eq(planGoal.planId, planId));
    expect(goals).toHaveLength(2);
    for (const goal of goals) expect((await t.db.select().from(planReading).where(eq(planReading.goalId, goal.id))).length).toBeGreaterThanOrEqual(2);
    expect(await t.db.select().from(planLogEntry).where(eq(planLogEntry.planId, planId))).toHaveLength(1);
    const actions = await t.db.select().from(planAction).where(eq(planAction.planId, planId));
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.some((a) => a.status === 'done')).toBe(true);
    const [angel] = await t.db.select({ id: user.id }).from(assignment).innerJoin(user, eq(user.id, assignment.angelUserId)).where(eq(assignment.businessId, (await t.db.select().from(plan).where(eq(plan.id, planId)))[0]!.businessId));
    expect(angel).toBeDefined();
    expect((await t.db.select().from(assignment)).filter((a) => a.angelUserId !== DEMO_INSIGHTS.angel.id).length).toBe(1);
  });

  it('loads the real Incentivi.gov.it snapshot once, and gives the demo businesses their funding facts', async () => {
    const imports = await t.db.select().from(fundingImport);
    expect(imports).toHaveLength(1);
    expect(imports[0]).toMatchObject({ source: 'incentivi', snapshotDate: '2025-07-12', added: 369 });
    expect((await t.db.select({ id: fundingCall.id }).from(fundingCall)).length).toBe(369);
    const [bakery] = await t.db.select().from(business).where(eq(business.name, 'Panificio Esempio (demo)'));
    expect(bakery).toMatchObject({ atecoCode: '10.71.10', annualTurnoverEur: 420_000, legalForm: 'srl' });
    const [farm] = await t.db.select().from(business).where(eq(business.name, 'Agriturismo Esempio (demo)'));
    expect(farm?.annualTurnoverEur).toBeNull();
  });

  it("links one action of the bakery's plan to a real call still open in December 2026, once", async () => {
    const linked = await t.db
      .select({ title: planAction.title, callTitle: fundingCall.title, closesDay: fundingCall.closesDay })
      .from(planAction)
      .innerJoin(fundingCall, eq(fundingCall.id, planAction.linkedCallId));
    expect(linked).toEqual([{ title: DEMO_PLAN_CALL.action, callTitle: 'Fondo di Garanzia per le Piccole e Medie Imprese', closesDay: '2026-12-31' }]);
  });

  it('gives the catalogue reviews by the bakery\'s angel and by the baker, each once, each tied to the plan action that used it', async () => {
    const reviews = await t.db.select().from(solutionReview);
    expect(reviews.filter((r) => r.role === 'angel')).toHaveLength(3);
    expect(reviews.filter((r) => r.role === 'entrepreneur')).toHaveLength(2);
    expect(reviews.every((r) => r.planActionId !== null)).toBe(true);
  });

  it('leaves the dairy without an angel or a plan, as the browser tests expect', async () => {
    const [dairy] = await t.db.select().from(business).where(eq(business.name, 'Caseificio Cascina Esempio (demo)'));
    expect(await t.db.select().from(plan).where(eq(plan.businessId, dairy!.id))).toHaveLength(0);
    expect(await t.db.select().from(assignment).where(eq(assignment.businessId, dairy!.id))).toHaveLength(0);
  });

  it('gives every demo account the demo password, hashed once for all of them', async () => {
    const rows = await t.db.select({ hash: account.password }).from(account).innerJoin(user, eq(user.id, account.userId)).where(like(user.email, '%@demo.affianco.it'));
    expect(rows.length).toBeGreaterThan(10);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(1);
    expect(await verifyPassword({ hash: rows[0]!.hash!, password: DEMO_PASSWORD })).toBe(true);
  });

  it('publishes the lessons once, and reads the folder again only when its files changed', async () => {
    const published = await t.db.select().from(lesson).where(eq(lesson.status, 'published'));
    expect(published.length).toBe(36);
    // Seeded twice above: one version each, the second run skipped the unchanged folder.
    expect((await t.db.select().from(lessonVersion).where(eq(lessonVersion.note, 'import'))).length).toBe(36);
    // A folder that differs from the one last imported (here: the fingerprint forgotten) is imported again.
    await t.db.delete(lesson).where(eq(lesson.slug, 'meno-sprechi'));
    await seedDemo(t.db);
    expect((await t.db.select().from(lesson).where(isNull(lesson.sportelloId))).length).toBe(35);
    await t.db.delete(appSetting).where(eq(appSetting.key, 'demo_lessons_fingerprint'));
    await seedDemo(t.db);
    expect((await t.db.select().from(lesson).where(isNull(lesson.sportelloId))).length).toBe(36);
  });

  it("lets Bari's angel write lessons, and gives Bari's coordinator one draft and one lesson to review, once", async () => {
    const [rosa] = await t.db.select({ canAuthor: membership.canAuthor }).from(membership).innerJoin(user, eq(user.id, membership.userId)).where(and(eq(user.email, 'angel.bari@demo.affianco.it'), eq(membership.role, 'angel')));
    expect(rosa!.canAuthor).toBe(true);
    const own = await t.db.select({ status: lesson.status, authorUserId: lesson.authorUserId }).from(lesson).innerJoin(user, eq(user.id, lesson.authorUserId)).where(eq(user.email, 'angel.bari@demo.affianco.it'));
    expect(own.map((l) => l.status).sort()).toEqual(['draft', 'in_review']);
  });

  it('lets the demo dairy meet a nearby angel who knows farming, with free slots', async () => {
    const [dairy] = await t.db.select().from(business).where(eq(business.name, 'Caseificio Cascina Esempio (demo)'));
    const found = await matchBusiness(t.db, await loadMatchSubject(t.db, dairy!.id), 'it');
    expect(found.scope).toBe('sportello');
    expect(found.items[0]?.angel.name).toBe('Lucia Angel (demo)');
    expect(found.items[0]?.nextSlots.length).toBeGreaterThan(0);
  });
});
