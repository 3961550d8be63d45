import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, checkup } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let businessId: string;
let sportelloId: string;
let ownerCookie: string;
let angelCookie: string;
let angelId: string;
let planId: string;

const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
type TView = { plan: { id: string; version: number }; goals: { id: string; version: number; readings: unknown[] }[]; actions: { id: string; version: number; status: string }[]; progress: { actionsDone: number; actionsTotal: number } };

beforeAll(async () => {
  t = await createTestApp();
  sportelloId = (await makeSportello(t.db, ['098'])).id;
  const owner = await makeUser(t.db);
  businessId = (await makeBusiness(t.db, owner.id, sportelloId, '098031')).id;
  ownerCookie = await t.signIn(owner.email);
  const angel = await makeAngel(t.db, sportelloId);
  angelId = angel.id;
  await t.db.insert(assignment).values({ businessId, angelUserId: angel.id, sportelloId });
  angelCookie = await t.signIn(angel.email);
});
afterAll(() => t.close());

describe('the relaunch plan', () => {
  it('is started by the assigned angel, not by the entrepreneur alone', async () => {
    expect((await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).status).toBe(404);
    expect((await t.call('POST', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).status).toBe(403);
    const res = await t.call('POST', `/api/businesses/${businessId}/plan`, { cookie: angelCookie });
    expect(res.status).toBe(200);
    planId = ((await res.json()) as TView).plan.id;
    expect(((await (await t.call('POST', `/api/businesses/${businessId}/plan`, { cookie: angelCookie })).json()) as TView).plan.id).toBe(planId);
  });

  it('takes goals in the entrepreneur’s words with a measurable indicator, and actions under them', async () => {
    const goal = await t.call('POST', `/api/plans/${planId}/goals`, {
      cookie: ownerCookie,
      body: { title: 'Margine sul formaggio dal 10% al 25% entro giugno', indicator: { name: 'margine', unit: '%', baseline: 10, target: 25, byDate: inAMonth() } },
    });
    expect(goal.status).toBe(201);
    const { id: goalId } = (await goal.json()) as { id: string };
    const action = await t.call('POST', `/api/plans/${planId}/actions`, { cookie: angelCookie, body: { goalId, title: 'Provare la vendita diretta al mercato del sabato', owner: 'entrepreneur', dueDate: inAMonth() } });
    expect(action.status).toBe(201);
    const view = (await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).json()) as TView;
    expect(view.goals).toHaveLength(1);
    expect(view.goals[0]!.readings).toHaveLength(1);
    expect(view.progress).toMatchObject({ actionsDone: 0, actionsTotal: 1 });
  });

  it("offers the check-up's starting points until the two take or drop them, for both sides; a goal with its actions is saved whole or not at all", async () => {
    // A check-up whose weakest areas are communication and finance (only the priorities matter here).
    await t.db.insert(checkup).values({ businessId, round: 1, questionnaireVersion: 'v1', status: 'submitted', submittedAt: new Date(), result: { overall: 40, priorities: [{ section: 'communication' }, { section: 'finance' }] } });
    const offered = async (cookie: string) => ((await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie })).json()) as { suggestions: { section: string }[] }).suggestions.map((x) => x.section);
    expect(await offered(angelCookie)).toEqual(['communication', 'finance']);
    const before = (await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).json()) as TView;

    // An action without a title makes the whole request fail: no goal, no action, still offered.
    const goal = { title: 'Farti trovare su Google Maps', indicator: { name: 'Recensioni su Google', unit: 'recensioni', baseline: 4, target: 14, byDate: inAMonth() } };
    const broken = await t.call('POST', `/api/plans/${planId}/goals`, { cookie: ownerCookie, body: { ...goal, fromSuggestion: 'communication', actions: [{ title: 'Apri la scheda Google', owner: 'entrepreneur' }, { title: ' ', owner: 'angel' }] } });
    expect(broken.status).toBe(422);
    const after = (await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).json()) as TView;
    expect([after.goals.length, after.actions.length]).toEqual([before.goals.length, before.actions.length]);
    expect(await offered(angelCookie)).toEqual(['communication', 'finance']);

    // Taken by the entrepreneur with one action kept; dropped by the angel: offered to nobody.
    const taken = await t.call('POST', `/api/plans/${planId}/goals`, { cookie: ownerCookie, body: { ...goal, fromSuggestion: 'communication', actions: [{ title: 'Apri la scheda Google', owner: 'entrepreneur' }] } });
    expect(taken.status).toBe(201);
    expect((await t.call('POST', `/api/plans/${planId}/suggestions/finance/drop`, { cookie: angelCookie })).status).toBe(200);
    expect((await t.call('POST', `/api/plans/${planId}/suggestions/nonsense/drop`, { cookie: angelCookie })).status).toBe(404);
    expect(await offered(ownerCookie)).toEqual([]);
    expect(await offered(angelCookie)).toEqual([]);
    const { id: goalId } = (await taken.json()) as { id: string };
    const now = (await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).json()) as { actions: { goalId: string; title: string }[] };
    expect(now.actions.filter((a) => a.goalId === goalId).map((a) => a.title)).toEqual(['Apri la scheda Google']);
  });

  it('refuses a target in another unit, a due date in the past and a stale edit, saving nothing', async () => {
    const view = (await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).json()) as TView;
    const goal = view.goals[0]!;
    const wrongUnit = await t.call('POST', `/api/plans/${planId}/goals/${goal.id}/readings`, { cookie: ownerCookie, body: { value: 300, unit: 'EUR' } });
    expect(wrongUnit.status).toBe(422);
    const past = await t.call('POST', `/api/plans/${planId}/actions`, { cookie: ownerCookie, body: { goalId: goal.id, title: 'Ieri', owner: 'angel', dueDate: '2020-01-01' } });
    expect(past.status).toBe(422);
    expect(((await past.json()) as { errors: { field: string; message: string }[] }).errors).toContainEqual({ field: 'dueDate', message: 'due_in_past' });

    const action = view.actions[0]!;
    const first = await t.call('PATCH', `/api/plans/${planId}/actions/${action.id}`, { cookie: ownerCookie, body: { version: action.version, status: 'doing' } });
    expect(first.status).toBe(200);
    const stale = await t.call('PATCH', `/api/plans/${planId}/actions/${action.id}`, { cookie: angelCookie, body: { version: action.version, status: 'blocked' } });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as { code: string }).code).toBe('plan.stale');
    const after = (await (await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: ownerCookie })).json()) as TView;
    expect(after.actions[0]!.status).toBe('doing');
    expect(after.goals[0]!.readings).toHaveLength(1);
  });

  it('records who changed what, readable by both sides', async () => {
    const history = (await (await t.call('GET', `/api/plans/${planId}/history`, { cookie: angelCookie })).json()) as { items: { entityKind: string; changes: { field: string; to: unknown }[] }[] };
    expect(history.items[0]).toMatchObject({ entityKind: 'action', changes: [{ field: 'status', to: 'doing' }] });
    expect((await t.call('GET', `/api/plans/${planId}/history`, { cookie: ownerCookie })).status).toBe(200);
  });

  it('is closed to other sportelli, strangers, and an angel whose assignment ended', async () => {
    const otherDesk = await makeSportello(t.db, ['072']);
    const otherCoord = await makeUser(t.db);
    await addMember(t.db, otherCoord.id, otherDesk.id, 'coordinator');
    const stranger = await makeUser(t.db);
    for (const cookie of [await t.signIn(otherCoord.email), await t.signIn(stranger.email)]) {
      expect((await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie })).status).toBe(404);
      expect((await t.call('GET', `/api/plans/${planId}/history`, { cookie })).status).toBe(404);
    }
    const coord = await makeUser(t.db);
    await addMember(t.db, coord.id, sportelloId, 'coordinator');
    expect((await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: await t.signIn(coord.email) })).status).toBe(200);

    await t.db.update(assignment).set({ endedAt: new Date() }).where(eq(assignment.angelUserId, angelId));
    expect((await t.call('GET', `/api/businesses/${businessId}/plan`, { cookie: angelCookie })).status).toBe(404);
    expect((await t.call('POST', `/api/plans/${planId}/actions`, { cookie: angelCookie, body: { goalId: '00000000-0000-4000-8000-000000000000', title: 'x', owner: 'angel' } })).status).toBe(404);
  });
});
