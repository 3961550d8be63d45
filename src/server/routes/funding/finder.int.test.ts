import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assignment, business, fundingFollow, fundingImport } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { seedSnapshotCalls } from '../../../test/funding-snapshot.js';

type TItem = {
  callId: string;
  slug: string;
  title: string;
  verdict: 'eligible' | 'to_verify' | 'not_eligible';
  reasons: { code: string; ok: boolean | null; text: string }[];
  missing: string[];
  closing: string;
  closesDay: string | null;
  closingSoon: boolean;
  kinds: string[];
  amounts: { grantMax: number | null };
  isFollowed?: boolean;
};
type TResult = { today: string; total: number; items: TItem[]; counts: Record<string, number>; attribution: { source: string; licence: string; snapshotDate: string | null }; following?: { callId: string }[] };
type TProblem = { code: string; errors?: { field: string; message: string }[] };

let t: TTestApp;
let callIds: Map<string, string>;
const ids = { mine: '', foreign: '' };
const cookies = { owner: '', foreignOwner: '', coordinator: '', otherCoordinator: '', angel: '', otherAngel: '' };

const order = { eligible: 0, to_verify: 1, not_eligible: 2 };

async function get<T>(path: string, cookie?: string, status = 200): Promise<T> {
  const res = await t.call('GET', path, { cookie });
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

beforeAll(async () => {
  // The snapshot's calls are from July 2025: the finder checks them on the snapshot's day.
  vi.stubEnv('FUNDING_TODAY', '2025-07-12');
  t = await createTestApp();
  callIds = await seedSnapshotCalls(t.db);
  await t.db.insert(fundingImport).values({ source: 'incentivi', snapshotDate: '2025-07-12', added: callIds.size });
  const milano = await makeSportello(t.db, ['015']);
  const torino = await makeSportello(t.db, ['001']);
  const owner = await makeUser(t.db);
  const mine = await makeBusiness(t.db, owner.id, milano.id, '015146');
  ids.mine = mine.id;
  await t.db.update(business).set({ employees: 3, atecoCode: '56.10.11', annualTurnoverEur: 180_000 }).where(eq(business.id, mine.id));
  const foreignOwner = await makeUser(t.db);
  ids.foreign = (await makeBusiness(t.db, foreignOwner.id, torino.id, '001272')).id;
  const coordinator = await makeUser(t.db);
  await addMember(t.db, coordinator.id, milano.id, 'coordinator');
  const otherCoordinator = await makeUser(t.db);
  await addMember(t.db, otherCoordinator.id, torino.id, 'coordinator');
  const angel = await makeAngel(t.db, milano.id);
  await t.db.insert(assignment).values({ businessId: mine.id, angelUserId: angel.id, sportelloId: milano.id });
  const otherAngel = await makeAngel(t.db, milano.id);
  cookies.angel = await t.signIn(angel.email);
  cookies.otherAngel = await t.signIn(otherAngel.email);
  cookies.owner = await t.signIn(owner.email);
  cookies.foreignOwner = await t.signIn(foreignOwner.email);
  cookies.coordinator = await t.signIn(coordinator.email);
  cookies.otherCoordinator = await t.signIn(otherCoordinator.email);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t.close();
});

describe('GET /api/businesses/{id}/funding', () => {
  it('ranks the calls for the owner: eligible first, none of another region, none closed, with the attribution', async () => {
    const result = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=50`, cookies.owner);
    expect(result.today).toBe('2025-07-12');
    expect(result.total).toBeGreaterThan(50);
    expect(result.items).toHaveLength(50);
    expect(result.counts.eligible).toBeGreaterThan(0);
    const ranks = result.items.map((i) => order[i.verdict]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const item of result.items) {
      expect(item.reasons.map((r) => r.code)).not.toContain('territory.other_region');
      expect(item.reasons.map((r) => r.code)).not.toContain('dates.closed');
      expect(item.slug).toMatch(/^[a-z0-9-]+$/);
      expect(typeof item.closingSoon).toBe('boolean');
      expect(item.isFollowed).toBe(false);
    }
    expect(result.attribution).toEqual({ source: 'Incentivi.gov.it – MIMIT', licence: 'IODL 2.0', licenceUrl: 'https://www.dati.gov.it/iodl/2.0/', snapshotDate: '2025-07-12' });
    expect(result.following).toEqual([]);
  });

  it('marks the calls closing within 14 days', async () => {
    const result = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=50&closingWithin=14`, cookies.owner);
    expect(result.items.length).toBeGreaterThan(0);
    for (const item of result.items) {
      expect(item.closingSoon).toBe(true);
      expect(item.closesDay! >= '2025-07-12' && item.closesDay! <= '2025-07-26').toBe(true);
    }
  });

  it('filters by kind, verdict, amount and territory, and pages', async () => {
    const loans = await get<TResult>(`/api/businesses/${ids.mine}/funding?kind=loan&pageSize=50`, cookies.owner);
    expect(loans.items.length).toBeGreaterThan(0);
    for (const item of loans.items) expect(item.kinds).toContain('loan');
    const eligible = await get<TResult>(`/api/businesses/${ids.mine}/funding?verdict=eligible&pageSize=50`, cookies.owner);
    expect(eligible.items.every((i) => i.verdict === 'eligible')).toBe(true);
    const big = await get<TResult>(`/api/businesses/${ids.mine}/funding?minAmount=1000000&pageSize=50`, cookies.owner);
    for (const item of big.items) expect(item.amounts.grantMax ?? 0).toBeGreaterThanOrEqual(1_000_000);
    const national = await get<TResult>(`/api/businesses/${ids.mine}/funding?territory=national&pageSize=50`, cookies.owner);
    for (const item of national.items) expect(item.reasons.map((r) => r.code)).toContain('territory.national');
    const regional = await get<TResult>(`/api/businesses/${ids.mine}/funding?territory=region&pageSize=50`, cookies.owner);
    for (const item of regional.items) expect(item.reasons.map((r) => r.code)).not.toContain('territory.national');
    const all = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=5`, cookies.owner);
    const second = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=5&page=2`, cookies.owner);
    expect(second.items).toHaveLength(5);
    expect(second.items[0]!.callId).not.toBe(all.items[0]!.callId);
    expect(second.total).toBe(all.total);
  });

  it('adds the calls closed recently only when asked', async () => {
    vi.stubEnv('FUNDING_TODAY', '2025-09-01');
    try {
      const open = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=50`, cookies.owner);
      const recent = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=50&recent=true`, cookies.owner);
      expect(recent.total).toBeGreaterThan(open.total);
      expect(open.items.some((i) => i.reasons.some((r) => r.code === 'dates.closed'))).toBe(false);
      expect(recent.counts.not_eligible!).toBeGreaterThan(open.counts.not_eligible!);
    } finally {
      vi.stubEnv('FUNDING_TODAY', '2025-07-12');
    }
  });

  it('shows the verdicts to the sportello coordinator; another sportello’s business is not found', async () => {
    await get<TResult>(`/api/businesses/${ids.mine}/funding`, cookies.coordinator);
    await get<TResult>(`/api/businesses/${ids.mine}/funding`, cookies.angel);
    await get<TProblem>(`/api/businesses/${ids.mine}/funding`, cookies.otherAngel, 404);
    const foreign = await get<TProblem>(`/api/businesses/${ids.foreign}/funding`, cookies.owner, 404);
    expect(foreign.code).toBe('resource.not_found');
    await get<TProblem>(`/api/businesses/${ids.mine}/funding`, cookies.otherCoordinator, 404);
    await get<TProblem>(`/api/businesses/${ids.mine}/funding`, cookies.foreignOwner, 404);
    await get<TProblem>(`/api/businesses/${ids.mine}/funding`, undefined, 401);
  });

  it('refuses a wrong filter with its field', async () => {
    const problem = await get<TProblem>(`/api/businesses/${ids.mine}/funding?kind=gift`, cookies.owner, 422);
    expect(problem.errors?.[0]?.field).toBe('kind');
  });
});

describe('GET /api/funding/try', () => {
  it('answers a visitor without an account, with no follow', async () => {
    const result = await get<TResult>('/api/funding/try?comune=015146&ateco=56.10&size=micro&pageSize=50');
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.counts.eligible).toBeGreaterThan(0);
    expect(result.attribution.snapshotDate).toBe('2025-07-12');
    expect(result.items[0]).not.toHaveProperty('isFollowed');
    expect(result).not.toHaveProperty('following');
    for (const item of result.items) expect(item.reasons.map((r) => r.code)).not.toContain('territory.other_region');
    const byHeadcount = await get<TResult>('/api/funding/try?comune=015146&size=4');
    expect(byHeadcount.total).toBeGreaterThan(0);
  });

  it('names the field of a wrong input', async () => {
    const cases: [string, string][] = [
      ['/api/funding/try?comune=milano', 'comune'],
      ['/api/funding/try', 'comune'],
      ['/api/funding/try?comune=015146&size=huge', 'size'],
      ['/api/funding/try?comune=015146&ateco=abc', 'ateco'],
      ['/api/funding/try?comune=015146&ateco=45.11', 'ateco'],
      ['/api/funding/try?comune=999999', 'comune'],
    ];
    for (const [path, field] of cases) {
      const problem = await get<TProblem>(path, undefined, 422);
      expect(problem.errors?.map((e) => e.field), path).toContain(field);
      expect(problem.errors?.find((e) => e.field === field)?.message.length).toBeGreaterThan(5);
    }
  });
});

describe('PATCH /api/businesses/{id}/funding-facts', () => {
  const facts = async () => (await t.db.select().from(business).where(eq(business.id, ids.mine)))[0]!;

  it('refuses an unknown ATECO code and a negative amount next to their fields, and changes nothing', async () => {
    const before = await facts();
    const res = await t.call('PATCH', `/api/businesses/${ids.mine}/funding-facts`, { cookie: cookies.owner, body: { atecoCode: '45.11', annualTurnoverEur: -5, legalForm: 'srl' } });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as TProblem;
    expect(problem.errors?.map((e) => e.field).sort()).toEqual(['annualTurnoverEur', 'atecoCode']);
    expect(problem.errors?.find((e) => e.field === 'atecoCode')?.message).toMatch(/ATECO/);
    expect(await facts()).toEqual(before);
  });

  it('saves the facts and the verdicts follow them', async () => {
    const res = await t.call('PATCH', `/api/businesses/${ids.mine}/funding-facts`, { cookie: cookies.owner, body: { balanceSheetEur: 90_000, foundedOn: '2019-03-15', legalForm: 'srl' } });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ atecoCode: '56.10.11', annualTurnoverEur: 180_000, balanceSheetEur: 90_000, foundedOn: '2019-03-15', legalForm: 'srl' });
    const cleared = await t.call('PATCH', `/api/businesses/${ids.mine}/funding-facts`, { cookie: cookies.owner, body: { atecoCode: null } });
    expect(cleared.status).toBe(200);
    const result = await get<TResult>(`/api/businesses/${ids.mine}/funding?verdict=to_verify&pageSize=50`, cookies.owner);
    expect(result.items.some((i) => i.missing.includes('atecoCode') && i.reasons.some((r) => r.code === 'ateco.missing'))).toBe(true);
    await t.call('PATCH', `/api/businesses/${ids.mine}/funding-facts`, { cookie: cookies.owner, body: { atecoCode: '56.10.11' } });
  });

  it('lets its coordinator complete them; another sportello’s business is not found', async () => {
    const byCoordinator = await t.call('PATCH', `/api/businesses/${ids.mine}/funding-facts`, { cookie: cookies.coordinator, body: { legalForm: 'snc' } });
    expect(byCoordinator.status).toBe(200);
    const foreign = await t.call('PATCH', `/api/businesses/${ids.foreign}/funding-facts`, { cookie: cookies.owner, body: { legalForm: 'snc' } });
    expect(foreign.status).toBe(404);
    const unknownField = await t.call('PATCH', `/api/businesses/${ids.mine}/funding-facts`, { cookie: cookies.owner, body: { name: 'Altro' } });
    expect(unknownField.status).toBe(422);
  });
});

describe('following a call', () => {
  it('follows and unfollows, and the results say so', async () => {
    const callId = callIds.get([...callIds.keys()][0]!)!;
    const listed = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=1`, cookies.owner);
    const first = listed.items[0]!.callId;
    for (const id of [first, callId]) {
      const res = await t.call('PUT', `/api/businesses/${ids.mine}/funding/follows/${id}`, { cookie: cookies.owner });
      expect(res.status, await res.clone().text()).toBe(204);
    }
    // Twice is once.
    expect((await t.call('PUT', `/api/businesses/${ids.mine}/funding/follows/${first}`, { cookie: cookies.owner })).status).toBe(204);
    const after = await get<TResult>(`/api/businesses/${ids.mine}/funding?pageSize=1`, cookies.owner);
    expect(after.items[0]!.isFollowed).toBe(true);
    expect(after.following?.map((f) => f.callId).sort()).toEqual([first, callId].sort());
    expect((await t.call('DELETE', `/api/businesses/${ids.mine}/funding/follows/${first}`, { cookie: cookies.owner })).status).toBe(204);
    const rows = await t.db.select().from(fundingFollow).where(eq(fundingFollow.businessId, ids.mine));
    expect(rows.map((r) => r.callId)).toEqual([callId]);
  });

  it('is for the business’s own people: a coordinator is refused, another business is not found', async () => {
    const callId = [...callIds.values()][1]!;
    expect((await t.call('PUT', `/api/businesses/${ids.mine}/funding/follows/${callId}`, { cookie: cookies.coordinator })).status).toBe(403);
    expect((await t.call('PUT', `/api/businesses/${ids.foreign}/funding/follows/${callId}`, { cookie: cookies.owner })).status).toBe(404);
    expect((await t.call('PUT', `/api/businesses/${ids.mine}/funding/follows/00000000-0000-4000-8000-000000000000`, { cookie: cookies.owner })).status).toBe(404);
    expect((await t.call('PUT', `/api/businesses/${ids.mine}/funding/follows/${callId}`)).status).toBe(401);
  });
});
