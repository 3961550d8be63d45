import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, business, checkup, intakeRequest, meeting, plan, planEngagement, planGoal, planLogEntry } from '../../../db/schema/index.js';
import { funnelFor } from '../../../services/insights/funnel.js';
import { impactFor } from '../../../services/insights/impact.js';
import type { TFunnelResult, TImpactResult } from '../../../domain/insights/types.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let cookies: Record<'admin' | 'coord' | 'foreign' | 'angel' | 'owner', string>;
let deskA: string;
let deskB: string;
let angelId: string;
let ownerId: string;

const at = (iso: string) => new Date(iso);
const PERIOD = { from: '2026-03-01', to: '2026-04-30' };

async function shop(desk: string, createdAt: string) {
  const b = await makeBusiness(t.db, ownerId, desk);
  await t.db.update(business).set({ createdAt: at(createdAt), atecoDivision: '56' }).where((await import('drizzle-orm')).eq(business.id, b.id));
  return b.id;
}
async function ascolto(desk: string, businessId: string | null, createdAt: string, areas: string[]) {
  await t.db.insert(intakeRequest).values({ sportelloId: desk, businessId, comuneIstat: '015146', text: 'Vorrei più clienti.', proposedAreas: [], chosenAreas: areas, contactKind: 'callback', consentVersion: 'v1', consentAcceptedAt: at(createdAt), createdAt: at(createdAt) });
}
const result = (overall: number, strategy: number | null) => ({ version: 'v1', areas: { strategy, marketing: null, communication: null, organisation: null, finance: null, innovation: null }, dimensions: {}, overall });
async function check(businessId: string, round: number, submittedAt: string, res = result(40, 50)) {
  await t.db.insert(checkup).values({ businessId, round, questionnaireVersion: 'v1', status: 'submitted', result: res, submittedAt: at(submittedAt), createdAt: at(submittedAt) });
}
let slot = 0;
async function meet(businessId: string, desk: string, startsAt: string, status: 'held' | 'cancelled', feedbackRating: number | null = null) {
  const start = new Date(at(startsAt).getTime() + slot++ * 60_000);
  await t.db.insert(meeting).values({ businessId, angelUserId: angelId, sportelloId: desk, startsAt: start, endsAt: new Date(start.getTime() + 30_000), mode: 'phone', status, feedbackRating });
}
async function planFor(businessId: string, createdAt: string, goal?: { status: 'reached' | 'active'; updatedAt: string; unit: string }) {
  const [p] = await t.db.insert(plan).values({ businessId, createdAt: at(createdAt) }).returning();
  if (goal) await t.db.insert(planGoal).values({ planId: p!.id, title: 'Più clienti', indicatorName: 'clienti al mese', unit: goal.unit, baseline: 10, target: 20, current: 20, byDate: '2026-12-31', status: goal.status, createdAt: at(createdAt), updatedAt: at(goal.updatedAt) });
  return p!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  deskA = (await makeSportello(t.db, ['015'])).id;
  deskB = (await makeSportello(t.db, ['058'])).id;
  const admin = await makeUser(t.db, { isAdmin: true });
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, deskA, 'coordinator');
  const foreign = await makeUser(t.db);
  await addMember(t.db, foreign.id, deskB, 'coordinator');
  const owner = await makeUser(t.db);
  ownerId = owner.id;
  const angel = await makeAngel(t.db, deskA);
  angelId = angel.id;

  // Desk A, first contacts in March 2026 (times 10:00 UTC, so whole days apart).
  const b1 = await shop(deskA, '2026-03-02T10:00:00Z');
  await ascolto(deskA, b1, '2026-03-01T10:00:00Z', ['marketing', 'finance']);
  await check(b1, 1, '2026-03-05T10:00:00Z');
  await t.db.insert(assignment).values({ businessId: b1, angelUserId: angelId, sportelloId: deskA, startedAt: at('2026-03-06T10:00:00Z') });
  await meet(b1, deskA, '2026-03-10T10:00:00Z', 'held');
  const p1 = await planFor(b1, '2026-03-12T10:00:00Z', { status: 'reached', updatedAt: '2026-04-20T10:00:00Z', unit: 'clienti' });
  await t.db.insert(planLogEntry).values({ planId: p1, date: '2026-03-12', mode: 'phone', durationMinutes: 150, hours: 2.5 });
  await t.db.insert(planEngagement).values({ planId: p1, hoursPackage: 10, hoursUsed: 2.5, approvedExtraHours: 2 });

  const b2 = await shop(deskA, '2026-03-03T10:00:00Z');
  await ascolto(deskA, b2, '2026-03-03T10:00:00Z', ['marketing']);
  await check(b2, 1, '2026-03-08T10:00:00Z');
  await meet(b2, deskA, '2026-03-20T10:00:00Z', 'held', 4);
  await planFor(b2, '2026-03-25T10:00:00Z', { status: 'active', updatedAt: '2026-03-25T10:00:00Z', unit: 'EUR' });

  const b3 = await shop(deskA, '2026-03-04T10:00:00Z');
  await ascolto(deskA, b3, '2026-03-04T10:00:00Z', ['communication']);
  await check(b3, 1, '2026-03-10T10:00:00Z');
  await meet(b3, deskA, '2026-03-21T10:00:00Z', 'cancelled');

  const b4 = await shop(deskA, '2026-03-05T10:00:00Z'); // registered directly, no ascolto
  await check(b4, 1, '2026-03-06T10:00:00Z');

  await ascolto(deskA, null, '2026-03-15T10:00:00Z', ['finance']); // not a business yet

  const early = await shop(deskA, '2026-02-10T10:00:00Z'); // first contact before the period
  await ascolto(deskA, early, '2026-03-05T10:00:00Z', ['marketing']);

  const other = await shop(deskB, '2026-03-05T10:00:00Z');
  await ascolto(deskB, other, '2026-03-05T10:00:00Z', ['green']);

  // Impact: five T0 → T1 pairs in desk A (registered later, so outside the funnel's cohort), four in desk B.
  for (const [k, gain] of [10, 20, 30, 40, 50].entries()) {
    const b = await makeBusiness(t.db, ownerId, deskA);
    await check(b.id, 1, '2025-10-01T10:00:00Z', result(30, 40));
    await check(b.id, 2, `2026-04-0${k + 1}T10:00:00Z`, result(30 + gain, k === 0 ? null : 40 + gain));
    await meet(b.id, deskA, `2026-04-1${k}T10:00:00Z`, 'held', [5, 4, 4, 3, 5][k]!);
  }
  for (const gain of [1, 2, 3, 4]) {
    const b = await makeBusiness(t.db, ownerId, deskB);
    await check(b.id, 1, '2025-10-01T10:00:00Z', result(30, 40));
    await check(b.id, 2, '2026-04-02T10:00:00Z', result(30 + gain, 40));
  }

  const angelUser = await makeUser(t.db);
  await addMember(t.db, angelUser.id, deskA, 'angel');
  cookies = {
    admin: await t.signIn(admin.email),
    coord: await t.signIn(coord.email),
    foreign: await t.signIn(foreign.email),
    angel: await t.signIn(angelUser.email),
    owner: await t.signIn(owner.email),
  };
});
afterAll(() => t.close());

const counts = (f: { steps: { count: number }[] }) => f.steps.map((s) => s.count);

describe('funnelFor', () => {
  it('follows the cohort first in touch in the period through every step', async () => {
    const f = (await funnelFor(t.db, { scope: { sportelloId: deskA }, ...PERIOD }))!;
    expect(f.scope).toMatchObject({ kind: 'sportello', sportelloId: deskA });
    expect(counts(f.total)).toEqual([5, 4, 3, 2, 2, 1]);
    expect(f.total.steps.map((s) => s.reached)).toEqual([5, 4, 4, 2, 2, 1]);
    expect(f.total.steps.map((s) => s.medianDaysFromPrevious)).toEqual([null, 0, 5, 8.5, 3.5, 39]);
    expect(f.total.steps[2]!.conversion).toBe(0.75);
    expect(f.groups).toEqual([]);
  });
  it('breaks down by area (a case in each of its areas), by angel and by sector', async () => {
    const byArea = (await funnelFor(t.db, { scope: { sportelloId: deskA }, ...PERIOD, by: 'area' }))!;
    expect(Object.fromEntries(byArea.groups.map((g) => [g.key, g.steps[0]!.count]))).toEqual({ marketing: 2, finance: 2, communication: 1, null: 1 });
    const byAngel = (await funnelFor(t.db, { scope: { sportelloId: deskA }, ...PERIOD, by: 'angel' }))!;
    expect(byAngel.groups[0]).toMatchObject({ key: null });
    expect(byAngel.groups.find((g) => g.key === angelId)).toMatchObject({ label: 'Angela Prova' });
    expect(counts(byAngel.groups.find((g) => g.key === angelId)!)).toEqual([1, 1, 1, 1, 1, 1]);
    const bySector = (await funnelFor(t.db, { scope: { sportelloId: deskA }, ...PERIOD, by: 'sector' }))!;
    expect(bySector.groups.find((g) => g.key === '56')).toMatchObject({ label: '56 — Bar e ristoranti' });
  });
  it('covers the whole network, by sportello', async () => {
    const f = (await funnelFor(t.db, { scope: { network: true }, ...PERIOD, by: 'sportello' }))!;
    expect(f.total.steps[0]!.count).toBe(6);
    expect(f.groups.find((g) => g.key === deskB)?.steps[0]!.count).toBe(1);
    expect(f.groups.find((g) => g.key === deskA)?.label).toMatch(/^Sportello /);
  });
  it('draws an empty period as zeros and an unknown sportello as null', async () => {
    const f = (await funnelFor(t.db, { scope: { sportelloId: deskA }, from: '2020-01-01', to: '2020-01-31' }))!;
    expect(counts(f.total)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await funnelFor(t.db, { scope: { sportelloId: '00000000-0000-4000-8000-000000000000' }, ...PERIOD })).toBeNull();
  });
});

describe('impactFor', () => {
  it('gives T1 − T0 per section for five or more, and hides smaller groups', async () => {
    const i = (await impactFor(t.db, { scope: { sportelloId: deskA }, ...PERIOD }))!;
    expect(i.checkups.compared).toBe(5);
    expect(i.checkups.sections.find((s) => s.section === 'overall')!.change).toEqual({ isSuppressed: false, n: 5, median: 30, q1: 20, q3: 40 });
    expect(i.checkups.sections.find((s) => s.section === 'strategy')!.change).toEqual({ isSuppressed: true }); // four scores only
    expect(i.checkups.sections.find((s) => s.section === 'marketing')!.change).toEqual({ isSuppressed: true });
    const b = (await impactFor(t.db, { scope: { sportelloId: deskB }, ...PERIOD }))!;
    expect(b.checkups.compared).toBeNull();
    expect(b.checkups.sections.every((s) => s.change.isSuppressed)).toBe(true);
  });
  it('counts goals by kind, hours and satisfaction', async () => {
    const i = (await impactFor(t.db, { scope: { sportelloId: deskA }, ...PERIOD }))!;
    expect(i.goals).toEqual([{ kind: 'clienti', reached: 1, set: 1 }, { kind: 'EUR', reached: 0, set: 1 }]);
    expect(i.hours).toEqual({ hoursLogged: 2.5, plansWithHours: 1, engagements: 1, engagementHours: 2.5, engagementHoursPackaged: 12 });
    expect(i.satisfaction).toMatchObject({ rating: { isSuppressed: false, n: 6, median: 4 }, mean: 4.2, distribution: [0, 0, 1, 3, 2], meetingsHeld: 7 });
    const b = (await impactFor(t.db, { scope: { sportelloId: deskB }, ...PERIOD }))!;
    expect(b.satisfaction).toEqual({ rating: { isSuppressed: true }, mean: null, distribution: null, meetingsHeld: 0 });
  });
});

describe('GET /api/insights/funnel and /impact, role by role', () => {
  const q = (params: Record<string, string>) => new URLSearchParams({ ...PERIOD, ...params }).toString();
  const get = (who: keyof typeof cookies | null, path: string) => t.call('GET', path, { cookie: who ? cookies[who] : undefined });

  it('gives the coordinator their own sportello', async () => {
    const res = await get('coord', `/api/insights/funnel?${q({ sportelloId: deskA, by: 'area' })}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TFunnelResult;
    expect(counts(body.total)).toEqual([5, 4, 3, 2, 2, 1]);
    expect(body.by).toBe('area');
    const impact = await get('coord', `/api/insights/impact?${q({ sportelloId: deskA })}`);
    expect(impact.status).toBe(200);
    expect(((await impact.json()) as TImpactResult).checkups.compared).toBe(5);
  });
  it('answers 404 for another sportello and for an unknown one, 403 for the network', async () => {
    expect((await get('foreign', `/api/insights/funnel?${q({ sportelloId: deskA })}`)).status).toBe(404);
    expect((await get('coord', `/api/insights/impact?${q({ sportelloId: deskB })}`)).status).toBe(404);
    expect((await get('admin', `/api/insights/funnel?${q({ sportelloId: '00000000-0000-4000-8000-000000000000' })}`)).status).toBe(404);
    expect((await get('coord', `/api/insights/funnel?${q({})}`)).status).toBe(403);
  });
  it('gives the network admin any sportello and the whole network', async () => {
    expect((await get('admin', `/api/insights/funnel?${q({ sportelloId: deskB })}`)).status).toBe(200);
    const res = await get('admin', `/api/insights/funnel?${q({ by: 'sportello' })}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as TFunnelResult).scope).toEqual({ kind: 'network' });
    expect((await get('admin', `/api/insights/impact?${q({})}`)).status).toBe(200);
  });
  it('refuses angels and entrepreneurs (403) and visitors (401)', async () => {
    for (const path of ['/api/insights/funnel', '/api/insights/impact']) {
      expect((await get('angel', `${path}?${q({ sportelloId: deskA })}`)).status).toBe(403);
      expect((await get('owner', `${path}?${q({ sportelloId: deskA })}`)).status).toBe(403);
      expect((await get(null, `${path}?${q({ sportelloId: deskA })}`)).status).toBe(401);
    }
  });
  it('refuses a bad period or breakdown with field errors', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ from: '2026-05-01', to: '2026-04-01' }, 'from'],
      [{ from: '2020-01-01', to: '2026-04-01' }, 'from'],
      [{ from: '2026-02-30' }, 'from'],
      [{ to: 'ieri' }, 'to'],
      [{ by: 'colour' }, 'by'],
      [{ sportelloId: 'not-a-uuid' }, 'sportelloId'],
    ];
    for (const [params, field] of cases) {
      const res = await get('coord', `/api/insights/funnel?${q({ sportelloId: deskA, ...params })}`);
      expect(res.status, JSON.stringify(params)).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const body = (await res.json()) as { errors: { field: string; message: string }[] };
      expect(body.errors.map((e) => e.field)).toContain(field);
    }
  });
});
