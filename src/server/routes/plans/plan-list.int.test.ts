import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assignment, business, plan, planAction, planGoal } from '../../../db/schema/index.js';
import { listPlans } from '../../../services/plans/plan-list.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

type TItem = {
  businessId: string;
  businessName: string;
  comuneName: string;
  planId: string | null;
  progress: { actionsDone: number; actionsTotal: number; goalsReached: number; goalsTotal: number };
  overdueActions: number;
  nextDueDate: string | null;
  lastMeetingDate: string | null;
};

let t: TTestApp;
const ids = { late: '', notStarted: '', calm: '', ended: '', inB: '' };
const cookies = { angelA: '', angelB: '', coordA: '', coordB: '', ownerLate: '' };

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function list(cookie?: string): Promise<TItem[]> {
  const res = await t.call('GET', '/api/plans', { cookie });
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: TItem[] }).items;
}

async function post<T>(path: string, body: unknown, cookie = cookies.angelA): Promise<T> {
  const res = await t.call('POST', path, { cookie, body });
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  return (await res.json()) as T;
}

async function patch(path: string, body: unknown) {
  const res = await t.call('PATCH', path, { cookie: cookies.angelA, body });
  expect(res.status, await res.clone().text()).toBe(200);
}

/** A business with a name of its own in the Lodi comune. */
async function namedBusiness(name: string, sportelloId: string) {
  const owner = await makeUser(t.db);
  const row = await makeBusiness(t.db, owner.id, sportelloId, '098031');
  await t.db.update(business).set({ name }).where(eq(business.id, row.id));
  return { id: row.id, owner };
}

beforeAll(async () => {
  t = await createTestApp();
  const a = (await makeSportello(t.db, ['098'])).id;
  const b = (await makeSportello(t.db, ['015'])).id;
  const late = await namedBusiness('Osteria in ritardo', a);
  ids.late = late.id;
  ids.notStarted = (await namedBusiness('Bottega da iniziare', a)).id;
  ids.calm = (await namedBusiness('Alimentari tranquillo', a)).id;
  ids.ended = (await namedBusiness('Ferramenta lasciata', a)).id;
  ids.inB = (await namedBusiness('Sartoria di Milano', b)).id;

  const angelA = await makeAngel(t.db, a);
  const angelB = await makeAngel(t.db, b);
  for (const businessId of [ids.late, ids.notStarted, ids.calm, ids.ended]) await t.db.insert(assignment).values({ businessId, angelUserId: angelA.id, sportelloId: a });
  await t.db.insert(assignment).values({ businessId: ids.inB, angelUserId: angelB.id, sportelloId: b });
  const coordA = await makeUser(t.db);
  await addMember(t.db, coordA.id, a, 'coordinator');
  const coordB = await makeUser(t.db);
  await addMember(t.db, coordB.id, b, 'coordinator');
  cookies.angelA = await t.signIn(angelA.email);
  cookies.angelB = await t.signIn(angelB.email);
  cookies.coordA = await t.signIn(coordA.email);
  cookies.coordB = await t.signIn(coordB.email);
  cookies.ownerLate = await t.signIn(late.owner.email);

  // The late plan: a goal reached, one on its way (figures going down), one set aside.
  const planId = (await post<{ plan: { id: string } }>(`/api/businesses/${ids.late}/plan`, {})).plan.id;
  await post(`/api/businesses/${ids.calm}/plan`, {});
  const goal = (title: string, baseline: number, target: number) =>
    post<{ id: string; version: number }>(`/api/plans/${planId}/goals`, { title, indicator: { name: title, unit: 'numero', baseline, target, byDate: day(60) } });
  const reached = await goal('Più clienti', 0, 10);
  const onItsWay = await goal('Meno sprechi', 5, 1);
  const dropped = await goal('Un sito nuovo', 0, 1);
  await post(`/api/plans/${planId}/goals/${reached.id}/readings`, { value: 10 });
  const action = (goalId: string, title: string) => post<{ id: string; version: number }>(`/api/plans/${planId}/actions`, { goalId, title, owner: 'angel', dueDate: day(30) });
  const lateTodo = await action(reached.id, 'In ritardo, da fare');
  const lateBlocked = await action(onItsWay.id, 'In ritardo, bloccata');
  const doneLong = await action(onItsWay.id, 'Fatta da tempo');
  await action(onItsWay.id, 'Per il mese prossimo');
  const droppedLate = await action(dropped.id, 'Di un obiettivo messo da parte');
  await patch(`/api/plans/${planId}/actions/${lateBlocked.id}`, { version: lateBlocked.version, status: 'blocked' });
  await patch(`/api/plans/${planId}/actions/${doneLong.id}`, { version: doneLong.version, status: 'done' });
  await patch(`/api/plans/${planId}/goals/${dropped.id}`, { version: dropped.version, status: 'dropped' });
  // Time passes: the API refuses a due date in the past, so the dates are moved back here.
  await t.db.update(planAction).set({ dueDate: '2020-01-01' }).where(inArray(planAction.id, [lateTodo.id, doneLong.id, droppedLate.id]));
  await t.db.update(planAction).set({ dueDate: '2020-02-01' }).where(eq(planAction.id, lateBlocked.id));
  for (const date of [day(-10), day(-3)]) await post(`/api/plans/${planId}/log`, { date, mode: 'in_person', durationMinutes: 60 });

  // The assignment ends: that business leaves the angel's list.
  await t.db.update(assignment).set({ endedAt: new Date() }).where(eq(assignment.businessId, ids.ended));
});
afterAll(() => t.close());

describe('GET /api/plans', () => {
  it('asks a visitor to sign in', async () => {
    expect((await t.call('GET', '/api/plans')).status).toBe(401);
  });

  it('gives the angel the businesses of their open assignments, overdue first, then not started, then the rest', async () => {
    const items = await list(cookies.angelA);
    expect(items.map((i) => i.businessId)).toEqual([ids.late, ids.notStarted, ids.calm]);
    expect(items.find((i) => i.businessId === ids.notStarted)).toMatchObject({ planId: null, overdueActions: 0, nextDueDate: null, lastMeetingDate: null, comuneName: 'Lodi' });
  });

  it('counts overdue open actions, progress and dates as the plan page does', async () => {
    const [late] = await list(cookies.angelA);
    expect(late).toMatchObject({
      businessName: 'Osteria in ritardo',
      // Late to do + late blocked; the done one and the set-aside goal's one do not count.
      overdueActions: 2,
      progress: { actionsDone: 1, actionsTotal: 4, goalsReached: 1, goalsTotal: 2 },
      nextDueDate: day(30),
      lastMeetingDate: day(-3),
    });
    const view = (await (await t.call('GET', `/api/businesses/${ids.late}/plan`, { cookie: cookies.angelA })).json()) as { progress: TItem['progress'] };
    expect(late!.progress).toEqual(view.progress);
  });

  it('keeps a coordinator to their own sportello', async () => {
    expect(new Set((await list(cookies.coordA)).map((i) => i.businessId))).toEqual(new Set([ids.late, ids.notStarted, ids.calm, ids.ended]));
    expect((await list(cookies.coordB)).map((i) => i.businessId)).toEqual([ids.inB]);
    expect((await list(cookies.angelB)).map((i) => i.businessId)).toEqual([ids.inB]);
  });

  it('gives the entrepreneur their own business', async () => {
    expect((await list(cookies.ownerLate)).map((i) => i.businessId)).toEqual([ids.late]);
  });
});

describe('listPlans', () => {
  it('counts an action due today as open, not overdue (today is the caller’s Italian date)', async () => {
    const scope = { businessIds: [ids.late], sportelloIds: [] };
    expect((await listPlans(t.db, scope, '2020-01-01'))[0]).toMatchObject({ overdueActions: 0, nextDueDate: '2020-01-01' });
    expect((await listPlans(t.db, scope, '2020-01-02'))[0]).toMatchObject({ overdueActions: 1, nextDueDate: '2020-02-01' });
  });

  it('reads a caseload of 200 plans in three queries', async () => {
    const desk = (await makeSportello(t.db)).id;
    const rows = await t.db
      .insert(business)
      .values(Array.from({ length: 200 }, (_, i) => ({ name: `Impresa ${String(i).padStart(3, '0')}`, comuneIstat: '098031', sportelloId: desk })))
      .returning({ id: business.id });
    const plans = await t.db.insert(plan).values(rows.map((r) => ({ businessId: r.id }))).returning({ id: plan.id });
    const goals = await t.db
      .insert(planGoal)
      .values(plans.flatMap((p) => [0, 1].map((g) => ({ planId: p.id, title: `Obiettivo ${g}`, indicatorName: 'clienti', unit: 'clienti', baseline: 0, target: 10, current: g * 10, byDate: '2030-01-01' }))))
      .returning({ id: planGoal.id, planId: planGoal.planId });
    await t.db.insert(planAction).values(goals.flatMap((g) => [0, 1, 2].map((n) => ({ planId: g.planId, goalId: g.id, title: `Azione ${n}`, owner: 'angel' as const, dueDate: n === 0 ? '2020-01-01' : '2030-01-01', status: n === 2 ? ('done' as const) : ('todo' as const) }))));

    const query = vi.spyOn(t.database.pool, 'query');
    const started = performance.now();
    const items = await listPlans(t.db, { businessIds: [], sportelloIds: [desk] }, '2026-01-01');
    const ms = performance.now() - started;
    expect(query).toHaveBeenCalledTimes(3);
    query.mockRestore();
    expect(items).toHaveLength(200);
    expect(items[0]).toMatchObject({ businessName: 'Impresa 000', overdueActions: 2, progress: { actionsDone: 2, actionsTotal: 6, goalsReached: 1, goalsTotal: 2 } });
    // Generous for a shared CI machine; locally it is a few tens of milliseconds.
    expect(ms).toBeLessThan(1_500);
  });
});
