import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../../../test/app.js';
import { addMember, makeSportello, makeUser } from '../../../test/factories.js';
import { realRecord, snapshotRecords } from '../../../test/funding-snapshot.js';

let t: TTestApp;
let adminCookie: string;
let coordCookie: string;

beforeAll(async () => {
  t = await createTestApp();
  adminCookie = await t.signIn((await makeUser(t.db, { isAdmin: true })).email);
  const desk = await makeSportello(t.db, ['098']);
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, desk.id, 'coordinator');
  coordCookie = await t.signIn(coord.email);
});
afterAll(() => t.close());

const exportOf = (docs: unknown[]) => JSON.stringify({ response: { numFound: docs.length, docs } });

function upload(text: string, name: string, cookie?: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([text], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const headers: Record<string, string> = { origin: TEST_BASE_URL };
  if (cookie) headers.cookie = cookie;
  return Promise.resolve(t.app.request(`${TEST_BASE_URL}/api/funding/imports`, { method: 'POST', headers, body: form }));
}

describe('the national catalogue imports, for the network admin', () => {
  it('imports an export, says the counts, and lists it with the attribution line', async () => {
    const records = snapshotRecords().slice(0, 25);
    const res = await upload(exportOf(records), 'incentivi-2025-07-12.json', adminCookie);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ format: 'incentivi-json', total: 25, added: 25, changed: 0, unchanged: 0, missing: 0, snapshotDate: '2025-07-12', fileName: 'incentivi-2025-07-12.json' });

    const again = await upload(exportOf(records.slice(0, 24)), 'export.json', adminCookie, { snapshotDate: '2025-08-01' });
    expect(await again.json()).toMatchObject({ added: 0, unchanged: 24, missing: 1, snapshotDate: '2025-08-01' });

    const list = await t.call('GET', '/api/funding/imports', { cookie: adminCookie });
    expect(list.status).toBe(200);
    const body = (await list.json()) as { items: { snapshotDate: string }[]; attribution: string };
    expect(body.items.map((i) => i.snapshotDate)).toEqual(['2025-08-01', '2025-07-12']);
    expect(body.attribution).toBe('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 1° agosto 2025');
  });

  it('refuses a broken export whole, naming the record and the field', async () => {
    const broken = { ...realRecord(snapshotRecords()[30]!.ID_Incentivo), ID_Incentivo: 'x-1', Regioni: ['Atlantide'] };
    const res = await upload(exportOf([snapshotRecords()[31], broken]), 'bad.json', adminCookie);
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { code: string; errors: { field: string; message: string }[] };
    expect(problem.code).toBe('funding.import_refused');
    expect(problem.errors[0]!.message).toMatch(/^record 1 \(ID_Incentivo x-1\) field Regioni/);
    const list = (await (await t.call('GET', '/api/funding/imports', { cookie: adminCookie })).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(2);
  });

  it('says which field is wrong: no file, a day that does not exist', async () => {
    const form = new FormData();
    const none = await t.app.request(`${TEST_BASE_URL}/api/funding/imports`, { method: 'POST', headers: { origin: TEST_BASE_URL, cookie: adminCookie }, body: form });
    expect(none.status).toBe(422);
    expect(((await none.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('file');
    const day = await upload(exportOf([]), 'e.json', adminCookie, { snapshotDate: '2025-02-30' });
    expect(day.status).toBe(422);
    expect(((await day.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('snapshotDate');
  });

  it('is for the network admin only: a coordinator gets 404, a visitor 401', async () => {
    expect((await upload(exportOf([]), 'e.json', coordCookie)).status).toBe(404);
    expect((await t.call('GET', '/api/funding/imports', { cookie: coordCookie })).status).toBe(404);
    expect((await upload(exportOf([]), 'e.json')).status).toBe(401);
  });
});
