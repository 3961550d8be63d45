import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { angelProfile, assignment, intakeRequest } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let deskA: string;
let deskB: string;
const cookie: Record<'admin' | 'coordA' | 'coordB' | 'angel' | 'owner', string> = { admin: '', coordA: '', coordB: '', angel: '', owner: '' };
const ids: Record<string, string> = {};

type TPreview = {
  counts: { requests: number; pairs: number; unassigned: number };
  totalCost: number;
  pairs: { business: { id: string; name: string }; angel: { userId: string }; covered: string[]; isInPerson: boolean; distanceKm: number | null; load: { activeCases: number; capacity: number; after: number }; alternatives: { angel: { userId: string }; cost: number }[] }[];
  unassigned: { business: { id: string }; reason: string; reasonText: string }[];
};

async function ask(businessId: string, chosen: string[], options: { status?: 'new' | 'in_progress' | 'closed'; locale?: string } = {}) {
  await t.db.insert(intakeRequest).values({
    comuneIstat: '015146',
    businessId,
    text: 'Vorrei vendere meglio.',
    proposedAreas: [],
    chosenAreas: chosen,
    contactKind: 'callback',
    consentVersion: 'v1',
    consentAcceptedAt: new Date(),
    status: options.status ?? 'new',
    locale: options.locale ?? 'it',
  });
}

const openAssignments = async () => t.db.select().from(assignment).where(isNull(assignment.endedAt));
const preview = (who: string, desk = deskA) => t.call('POST', `/api/sportelli/${desk}/assign-all/preview`, { cookie: who });
const confirm = (who: string, pairs: unknown, desk = deskA) => t.call('POST', `/api/sportelli/${desk}/assign-all/confirm`, { cookie: who, body: { pairs } });

beforeAll(async () => {
  t = await createTestApp();
  deskA = (await makeSportello(t.db, ['015'])).id;
  deskB = (await makeSportello(t.db, ['058'])).id;
  const admin = await makeUser(t.db, { isAdmin: true });
  const coordA = await makeUser(t.db);
  await addMember(t.db, coordA.id, deskA, 'coordinator');
  const coordB = await makeUser(t.db);
  await addMember(t.db, coordB.id, deskB, 'coordinator');
  const owner = await makeUser(t.db);
  // Milano: a marketing angel with two places, a finance angel (remote only) with one.
  const market = await makeAngel(t.db, deskA, { skills: ['marketing', 'communication'], capacity: 2 });
  const finance = await makeAngel(t.db, deskA, { skills: ['finance'], modes: ['remote'], capacity: 1 });
  const foreign = await makeAngel(t.db, deskB, { comuneIstat: '058091', capacity: 3 });
  ids.market = market.id;
  ids.finance = finance.id;
  ids.foreign = foreign.id;
  const biz = async (key: string) => (ids[key] = (await makeBusiness(t.db, owner.id, deskA)).id);
  await ask(await biz('sells'), ['marketing']);
  await ask(await biz('cash'), ['finance'], { status: 'in_progress' });
  await biz('direct'); // entered directly, never followed: asks for help
  await ask(await biz('closed'), ['marketing'], { status: 'closed' });
  await ask(await biz('german'), ['marketing'], { locale: 'de' });
  await ask(await biz('followed'), ['marketing']);
  await t.db.insert(assignment).values({ businessId: ids.followed!, angelUserId: foreign.id, sportelloId: deskA });
  cookie.admin = await t.signIn(admin.email);
  cookie.coordA = await t.signIn(coordA.email);
  cookie.coordB = await t.signIn(coordB.email);
  cookie.angel = await t.signIn(market.email);
  cookie.owner = await t.signIn(owner.email);
});

afterAll(async () => {
  await t?.close();
});

describe('"Assegna tutte": preview', () => {
  it('proposes the open requests to the sportello’s angels, with why, and changes nothing', async () => {
    const before = (await openAssignments()).length;
    const res = await preview(cookie.coordA);
    expect(res.status).toBe(200);
    const body = (await res.json()) as TPreview;
    // sells, cash, direct, german: the closed one and the followed one are not open requests.
    expect(body.counts.requests).toBe(4);
    expect(body.counts.pairs).toBe(3);
    const byBusiness = new Map(body.pairs.map((p) => [p.business.id, p]));
    // An `any` business with an angel who also works remotely is met the cheaper way, remote (docs/assignment.md).
    expect(byBusiness.get(ids.sells!)).toMatchObject({ angel: { userId: ids.market }, covered: ['marketing'], isInPerson: false, distanceKm: null, load: { activeCases: 0, capacity: 2, after: 2 } });
    expect(byBusiness.get(ids.cash!)).toMatchObject({ angel: { userId: ids.finance }, covered: ['finance'], isInPerson: false, distanceKm: null });
    expect(body.unassigned).toEqual([{ business: expect.objectContaining({ id: ids.german }), reason: 'no_language', reasonText: 'nessun angelo con posto libero parla la sua lingua' }]);
    expect(body.totalCost).toBeGreaterThan(0);
    expect((await openAssignments()).length).toBe(before);
  });

  it('answers per role: admin yes, another sportello’s coordinator 404, angel 403, entrepreneur 404, visitor 401', async () => {
    expect((await preview(cookie.admin)).status).toBe(200);
    expect((await preview(cookie.coordB)).status).toBe(404);
    expect((await preview(cookie.angel)).status).toBe(403);
    expect((await preview(cookie.owner)).status).toBe(404);
    expect((await t.call('POST', `/api/sportelli/${deskA}/assign-all/preview`)).status).toBe(401);
    expect((await preview(cookie.admin, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('stops the solver at its time cap with a clear problem, never a hang', async () => {
    t.deps.config.assignAllTimeoutMs = 1;
    try {
      const res = await preview(cookie.coordA);
      expect(res.status).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(await res.json()).toMatchObject({ code: 'assignment.too_big' });
    } finally {
      t.deps.config.assignAllTimeoutMs = undefined;
    }
  });
});

describe('"Assegna tutte": confirm', () => {
  it('refuses bad input with field messages', async () => {
    expect((await confirm(cookie.coordA, [])).status).toBe(422);
    const dup = await confirm(cookie.coordA, [
      { businessId: ids.sells, angelUserId: ids.market },
      { businessId: ids.sells, angelUserId: ids.finance },
    ]);
    expect(dup.status).toBe(422);
    expect(((await dup.json()) as { errors: { field: string; message: string }[] }).errors).toEqual([{ field: 'pairs.1.businessId', message: 'questa impresa è già in un’altra coppia della lista' }]);
    expect((await confirm(cookie.coordA, [{ businessId: 'not-a-uuid', angelUserId: ids.market }])).status).toBe(422);
    expect((await confirm(cookie.coordB, [{ businessId: ids.sells, angelUserId: ids.market }])).status).toBe(404);
    expect((await confirm(cookie.angel, [{ businessId: ids.sells, angelUserId: ids.market }])).status).toBe(403);
  });

  it('stores nothing when one pair breaks the hard rules, and names it', async () => {
    const before = (await openAssignments()).length;
    const res = await confirm(cookie.coordA, [
      { businessId: ids.sells, angelUserId: ids.market },
      { businessId: ids.german, angelUserId: ids.market },
      { businessId: ids.direct, angelUserId: ids.foreign },
    ]);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(body.code).toBe('assignment.infeasible');
    expect(body.errors.map((e) => e.field)).toEqual(['pairs.1', 'pairs.2']);
    expect(body.errors[0]!.message).toContain('lingua');
    expect((await openAssignments()).length).toBe(before);
  });

  it('stores an edited preview as the single assign’s rows, with reason "Assegna tutte", and plan access follows', async () => {
    const body = (await (await preview(cookie.coordA)).json()) as TPreview;
    // The coordinator drops the pair of "direct" (it stays open) and confirms the rest.
    const pairs = body.pairs.filter((p) => p.business.id !== ids.direct).map((p) => ({ businessId: p.business.id, angelUserId: p.angel.userId }));
    expect(body.pairs.find((p) => p.business.id === ids.direct)!.alternatives.map((a) => a.angel.userId)).toEqual([ids.finance]);
    const sells = pairs.find((p) => p.businessId === ids.sells)!;
    expect((await t.call('GET', `/api/businesses/${ids.sells}`, { cookie: cookie.angel })).status).toBe(404);
    const res = await confirm(cookie.coordA, pairs);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ reason: 'Assegna tutte', assigned: expect.arrayContaining([sells]) });
    const rows = await t.db.select().from(assignment).where(and(eq(assignment.businessId, ids.sells!), isNull(assignment.endedAt)));
    expect(rows).toEqual([expect.objectContaining({ angelUserId: ids.market, reason: 'Assegna tutte', sportelloId: deskA })]);
    // The angel now follows the business, so they see it.
    expect((await t.call('GET', `/api/businesses/${ids.sells}`, { cookie: cookie.angel })).status).toBe(200);
  });

  it('answers 409 naming the pairs that no longer hold, and stores nothing', async () => {
    const before = (await openAssignments()).length;
    const res = await confirm(cookie.coordA, [{ businessId: ids.sells, angelUserId: ids.market }]);
    expect(res.status).toBe(409);
    const body = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(body).toMatchObject({ code: 'assignment.stale', errors: [{ field: 'pairs.0' }] });
    expect(body.errors[0]!.message).toContain('ha già un angelo');
    expect((await openAssignments()).length).toBe(before);
  });

  it('counts the places at that moment: a paused angel is stale', async () => {
    await t.db.update(angelProfile).set({ isPaused: true }).where(eq(angelProfile.userId, ids.market!));
    try {
      const res = await confirm(cookie.coordA, [{ businessId: ids.german, angelUserId: ids.market }]);
      expect(res.status).toBe(409);
    } finally {
      await t.db.update(angelProfile).set({ isPaused: false }).where(eq(angelProfile.userId, ids.market!));
    }
  });
});

describe('caseloads', () => {
  type TLoads = { items: { userId: string; activeCases: number; capacity: number; meetingsThisMonth: number; overdueActions: number; businesses: { id: string; reason: string | null }[] }[] };

  it('shows every angel of the sportello against capacity, to its coordinators and the admin only', async () => {
    const res = await t.call('GET', `/api/sportelli/${deskA}/caseloads`, { cookie: cookie.coordA });
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as TLoads;
    expect(items.map((i) => i.userId).sort()).toEqual([ids.market, ids.finance].sort());
    const market = items.find((i) => i.userId === ids.market)!;
    expect(market).toMatchObject({ capacity: 2, meetingsThisMonth: 0, overdueActions: 0 });
    expect(market.activeCases).toBe(market.businesses.length);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads`, { cookie: cookie.admin })).status).toBe(200);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads`, { cookie: cookie.coordB })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads`, { cookie: cookie.angel })).status).toBe(403);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads`, { cookie: cookie.owner })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads`)).status).toBe(401);
  });

  it('shows an angel their own caseload only', async () => {
    const res = await t.call('GET', '/api/me/caseload', { cookie: cookie.angel });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ userId: ids.market, businesses: expect.arrayContaining([expect.objectContaining({ id: ids.sells, reason: 'Assegna tutte' })]) });
    expect((await t.call('GET', '/api/me/caseload', { cookie: cookie.owner })).status).toBe(404);
    expect((await t.call('GET', '/api/me/caseload', { cookie: cookie.coordA })).status).toBe(404);
    expect((await t.call('GET', '/api/me/caseload')).status).toBe(401);
  });

  it('moves a business to another angel with a reason: the old assignment ends, the new one keeps the reason', async () => {
    const move = (who: string, body: unknown) => t.call('POST', `/api/sportelli/${deskA}/caseloads/move`, { cookie: who, body });
    // The finance angel's one place is taken: give them room first.
    const [current] = await t.db.select().from(assignment).where(and(eq(assignment.businessId, ids.sells!), isNull(assignment.endedAt)));
    expect(current!.angelUserId).toBe(ids.market);
    await t.db.update(angelProfile).set({ capacity: 3 }).where(eq(angelProfile.userId, ids.finance!));
    expect((await move(cookie.coordA, { businessId: ids.sells, angelUserId: ids.finance, reason: 'no' })).status).toBe(422);
    expect((await move(cookie.coordA, { businessId: ids.sells, angelUserId: ids.foreign, reason: 'Più vicina alla bottega' })).status).toBe(422);
    expect((await move(cookie.coordA, { businessId: ids.closed, angelUserId: ids.finance, reason: 'Più vicina alla bottega' })).status).toBe(409);
    expect((await move(cookie.coordB, { businessId: ids.sells, angelUserId: ids.finance, reason: 'Più vicina alla bottega' })).status).toBe(404);
    const res = await move(cookie.coordA, { businessId: ids.sells, angelUserId: ids.finance, reason: 'Serve aiuto sulla cassa' });
    expect(res.status).toBe(200);
    const rows = await t.db.select().from(assignment).where(eq(assignment.businessId, ids.sells!));
    expect(rows.find((r) => r.id === current!.id)!.endedAt).not.toBeNull();
    expect(rows.filter((r) => r.endedAt === null)).toEqual([expect.objectContaining({ angelUserId: ids.finance, reason: 'Serve aiuto sulla cassa' })]);
    // Plan access follows: the first angel no longer sees it.
    expect((await t.call('GET', `/api/businesses/${ids.sells}`, { cookie: cookie.angel })).status).toBe(404);
  });
});

describe('exports', () => {
  it('gives the caseloads and the preview as CSV and XLSX, under the same rules', async () => {
    const csv = await t.call('GET', `/api/sportelli/${deskA}/caseloads/export?format=csv`, { cookie: cookie.coordA });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    expect(text).toContain('Angel,Comune dell’angel,Posti');
    expect(text).toContain('Angela Prova');
    expect(text).toContain('Serve aiuto sulla cassa');
    const xlsx = await t.call('GET', `/api/sportelli/${deskA}/caseloads/export?format=xlsx`, { cookie: cookie.admin });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads/export?format=csv`, { cookie: cookie.coordB })).status).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads/export?format=csv`, { cookie: cookie.angel })).status).toBe(403);
    expect((await t.call('GET', `/api/sportelli/${deskA}/caseloads/export?format=pdf`, { cookie: cookie.coordA })).status).toBe(422);

    const preview = await t.call('GET', `/api/sportelli/${deskA}/assign-all/preview/export?format=csv`, { cookie: cookie.coordA });
    expect(preview.status).toBe(200);
    const lines = (await preview.text()).trim().split(/\r?\n/);
    expect(lines[0]).toContain('Impresa,Comune,Angel');
    // The German request stays without an angel, with its reason.
    expect(lines.some((l) => l.includes('nessun angelo con posto libero parla la sua lingua'))).toBe(true);
    expect((await t.call('GET', `/api/sportelli/${deskA}/assign-all/preview/export?format=csv`, { cookie: cookie.owner })).status).toBe(404);
  });
});
