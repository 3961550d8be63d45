import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, intakeRequest } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let cookies: Record<'admin' | 'coord' | 'angel' | 'owner', string>;
let deskA: string;
let deskB: string;

type TBody = {
  scope: string;
  provinces: { code: string; name: string; sportelloId: string | null; openRequests: number; accompanied: number; angels: number; freeCapacity: number; unservedInPerson: number }[];
  sportelli: { sportelloId: string | null; provinceCodes: string[]; isDetailed: boolean; openRequests: number; accompanied: number; unservedInPerson: number }[];
  totals: { openRequests: number };
};

async function request(comuneIstat: string, status: 'new' | 'in_progress' | 'closed' = 'new') {
  await t.db.insert(intakeRequest).values({ comuneIstat, text: 'Vorrei vendere online.', proposedAreas: [], chosenAreas: [], contactKind: 'callback', consentVersion: 'v1', consentAcceptedAt: new Date(), status });
}

beforeAll(async () => {
  t = await createTestApp();
  const a = await makeSportello(t.db, ['015', '098']);
  const b = await makeSportello(t.db, ['058']);
  deskA = a.id;
  deskB = b.id;
  const admin = await makeUser(t.db, { isAdmin: true });
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, deskA, 'coordinator');
  const owner = await makeUser(t.db);
  // Milano: one in-person angel with one place left, one remote-only angel with three.
  const nearby = await makeAngel(t.db, deskA, { comuneIstat: '015146', modes: ['in_person', 'remote'], capacity: 2, radiusKm: 50 });
  await makeAngel(t.db, deskA, { comuneIstat: '015146', modes: ['remote'], capacity: 3 });
  // Roma: an in-person angel already full.
  const full = await makeAngel(t.db, deskB, { comuneIstat: '058091', modes: ['in_person'], capacity: 1, radiusKm: 30 });
  const milanoShop = await makeBusiness(t.db, owner.id, deskA, '015146');
  const romaShop = await makeBusiness(t.db, owner.id, deskB, '058091');
  const pastShop = await makeBusiness(t.db, owner.id, deskA, '015146');
  await t.db.insert(assignment).values([
    { businessId: milanoShop.id, angelUserId: nearby.id, sportelloId: deskA },
    { businessId: romaShop.id, angelUserId: full.id, sportelloId: deskB },
    { businessId: pastShop.id, angelUserId: nearby.id, sportelloId: deskA, endedAt: new Date() },
  ]);
  await request('015146');
  await request('015146', 'in_progress');
  await request('015146', 'closed');
  await request('098031'); // Lodi, ~28 km from the Milano angel
  await request('058091'); // Roma: its only in-person angel is full
  await request('040012'); // Forlì: nobody serves it
  await request('003106'); // Novara, ~43 km west of Milano, in the next grid cell: reached
  cookies = { admin: await t.signIn(admin.email), coord: await t.signIn(coord.email), angel: await t.signIn((await makeUserAngel()).email), owner: await t.signIn(owner.email) };
});
afterAll(() => t.close());

async function makeUserAngel() {
  const person = await makeUser(t.db);
  await addMember(t.db, person.id, deskA, 'angel');
  return person;
}

const get = async (who: keyof typeof cookies) => t.call('GET', '/api/territory/provinces', { cookie: cookies[who] });
const pick = (body: TBody, code: string) => body.provinces.find((p) => p.code === code);

describe('GET /api/territory/provinces', () => {
  it('gives the network admin every province with its five figures', async () => {
    const res = await get('admin');
    expect(res.status).toBe(200);
    const body = (await res.json()) as TBody;
    expect(body.scope).toBe('network');
    expect(body.provinces.length).toBeGreaterThanOrEqual(107);
    expect(pick(body, '015')).toMatchObject({ name: 'Milano', sportelloId: deskA, openRequests: 2, accompanied: 1, angels: 2, freeCapacity: 4, unservedInPerson: 0 });
    expect(pick(body, '098')).toMatchObject({ openRequests: 1, angels: 0, unservedInPerson: 0 });
    expect(pick(body, '058')).toMatchObject({ sportelloId: deskB, openRequests: 1, accompanied: 1, angels: 1, freeCapacity: 0, unservedInPerson: 1 });
    expect(pick(body, '040')).toMatchObject({ sportelloId: null, openRequests: 1, unservedInPerson: 1 });
    expect(pick(body, '003')).toMatchObject({ openRequests: 1, unservedInPerson: 0 });
    expect(body.totals.openRequests).toBe(6);
    expect(body.sportelli.every((s) => s.isDetailed)).toBe(true);
  });

  it('gives a coordinator their provinces in full and other sportelli only as totals', async () => {
    const res = await get('coord');
    expect(res.status).toBe(200);
    const body = (await res.json()) as TBody;
    expect(body.scope).toBe('sportello');
    expect(body.provinces.map((p) => p.code).sort()).toEqual(['015', '098']);
    const other = body.sportelli.find((s) => s.sportelloId === deskB)!;
    expect(other).toMatchObject({ isDetailed: false, provinceCodes: ['058'], openRequests: 1, accompanied: 1, unservedInPerson: 1 });
    expect(body.sportelli.find((s) => s.sportelloId === deskA)).toMatchObject({ isDetailed: true, openRequests: 3 });
    expect(body.sportelli.find((s) => s.sportelloId === null)).toMatchObject({ isDetailed: false, openRequests: 2, unservedInPerson: 1 });
    expect(body.totals.openRequests).toBe(6);
  });

  it('is hidden from angels, entrepreneurs and visitors', async () => {
    expect((await get('angel')).status).toBe(404);
    expect((await get('owner')).status).toBe(404);
    expect((await t.call('GET', '/api/territory/provinces')).status).toBe(401);
  });
});

describe('GET /api/territory/provinces/{code}', () => {
  const lists = (who: keyof typeof cookies, code: string) => t.call('GET', `/api/territory/provinces/${code}`, { cookie: cookies[who] });
  type TLists = { name: string; openRequests: { comuneName: string; status: string }[]; accompanied: { name: string }[] };

  it('lists a province’s open requests and accompanied businesses to its coordinator', async () => {
    const res = await lists('coord', '015');
    expect(res.status).toBe(200);
    const body = (await res.json()) as TLists;
    expect(body.name).toBe('Milano');
    expect(body.openRequests.map((r) => r.status).sort()).toEqual(['in_progress', 'new']);
    expect(body.accompanied).toHaveLength(1);
  });

  it('hides another sportello’s or an unserved province from a coordinator, shows them to the admin', async () => {
    expect((await lists('coord', '058')).status).toBe(404);
    expect((await lists('coord', '040')).status).toBe(404);
    expect((await lists('angel', '015')).status).toBe(404);
    expect((await lists('owner', '015')).status).toBe(404);
    expect((await lists('admin', '058')).status).toBe(200);
    expect(((await (await lists('admin', '040')).json()) as TLists).openRequests).toHaveLength(1);
    expect((await lists('admin', '999')).status).toBe(404);
    expect((await lists('admin', 'abc')).status).toBe(422);
  });
});

describe('GET /api/territory/provinces/export', () => {
  const exportAs = async (who: keyof typeof cookies, query = '') => t.call('GET', `/api/territory/provinces/export${query}`, { cookie: cookies[who] });

  it('gives a coordinator the map’s table as CSV: own provinces in full, other sportelli as totals', async () => {
    const res = await exportAs('coord');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe('Riga,Codice,Nome,Sportello,Richieste aperte,Imprese in affiancamento,Angel,Posti liberi degli angel,Richieste senza angel di persona');
    const provinces = lines.filter((l) => l.startsWith('provincia,'));
    expect(provinces.map((l) => l.split(',')[1]).sort()).toEqual(['015', '098']);
    expect(provinces.find((l) => l.includes(',015,'))).toMatch(/,2,1,2,4,0$/);
    // Roma's sportello only as a total, never its province.
    expect(lines.some((l) => l.includes(',058,'))).toBe(false);
    expect(lines.filter((l) => l.startsWith('totale sportello,')).length).toBe(2);
  });

  it('gives the admin every province as XLSX', async () => {
    const res = await exportAs('admin', '?format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/territorio-\d{4}-\d{2}-\d{2}\.xlsx/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('is hidden from angels and visitors, and refuses an unknown format', async () => {
    expect((await exportAs('angel')).status).toBe(404);
    expect((await t.call('GET', '/api/territory/provinces/export')).status).toBe(401);
    expect((await exportAs('coord', '?format=ods')).status).toBe(422);
  });
});
