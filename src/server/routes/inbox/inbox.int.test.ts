import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, business, businessMember, intakeNote, intakeRequest, intakeTransfer, user } from '../../../db/schema/index.js';
import { claimIntakeRequests } from '../../../services/intake/claim-intake-requests.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let cookies: Record<'admin' | 'coord' | 'foreign' | 'angel' | 'owner', string>;
let deskA: string;
let deskB: string;
let angelId: string;

type TItem = { id: string; status: string; workingDaysWaiting: number; isOverdue: boolean; angel: { name: string } | null; transfer: { reason: string } | null; businessId: string | null };
type TRequest = TItem & { notes: { text: string }[]; links: { tel: string | null; whatsapp: string | null }; duplicates: { id: string; reasons: string[] }[]; mergedIntoId: string | null; archiveReason: string | null };

const DAY = 86_400_000;

async function request(values: Partial<typeof intakeRequest.$inferInsert> = {}) {
  const [row] = await t.db
    .insert(intakeRequest)
    .values({ sportelloId: deskA, comuneIstat: '015146', text: 'Vorrei vendere online i miei dolci.', proposedAreas: [{ area: 'marketing', score: 0.8, evidence: ['vendere'] }], chosenAreas: ['marketing'], contactKind: 'callback', consentVersion: 'v1', consentAcceptedAt: new Date(), ...values })
    .returning();
  return row!;
}

const list = async (query = '', cookie = cookies.coord) => t.call('GET', `/api/sportelli/${deskA}/inbox${query}`, { cookie });
const items = async (query = '') => ((await (await list(query)).json()) as { items: TItem[] }).items;
const post = (id: string, verb: string, body?: unknown, cookie = cookies.coord) => t.call('POST', `/api/inbox/requests/${id}/${verb}`, { cookie, body });

beforeAll(async () => {
  t = await createTestApp();
  deskA = (await makeSportello(t.db, ['015'])).id;
  deskB = (await makeSportello(t.db, ['058'])).id;
  const admin = await makeUser(t.db, { isAdmin: true });
  const coord = await makeUser(t.db, { name: 'Carla Coordinatrice' });
  await addMember(t.db, coord.id, deskA, 'coordinator');
  const foreign = await makeUser(t.db);
  await addMember(t.db, foreign.id, deskB, 'coordinator');
  const angel = await makeAngel(t.db, deskA, { capacity: 3 });
  angelId = angel.id;
  const owner = await makeUser(t.db);
  await makeBusiness(t.db, owner.id, deskA);
  cookies = { admin: await t.signIn(admin.email), coord: await t.signIn(coord.email), foreign: await t.signIn(foreign.email), angel: await t.signIn(angel.email), owner: await t.signIn(owner.email) };
});
afterAll(() => t.close());

describe('who reads the inbox', () => {
  it('is the sportello’s coordinators and the network admin; others get 404, anonymous 401', async () => {
    const mine = await request({ businessName: 'Roles test' });
    expect((await list('', cookies.coord)).status).toBe(200);
    expect((await list('', cookies.admin)).status).toBe(200);
    for (const who of ['foreign', 'angel', 'owner'] as const) {
      expect((await list('', cookies[who])).status, who).toBe(404);
      expect((await t.call('GET', `/api/inbox/requests/${mine.id}`, { cookie: cookies[who] })).status, who).toBe(404);
      expect((await post(mine.id, 'take', undefined, cookies[who])).status, who).toBe(404);
    }
    expect((await t.call('GET', `/api/sportelli/${deskA}/inbox`)).status).toBe(401);
    expect((await t.call('GET', `/api/inbox/requests/${mine.id}`)).status).toBe(401);
    expect((await t.call('GET', `/api/inbox/requests/${mine.id}`, { cookie: cookies.admin })).status).toBe(200);
    // Untouched by the refused attempts.
    expect((await t.db.select().from(intakeRequest).where(eq(intakeRequest.id, mine.id)))[0]!.status).toBe('new');
  });
});

describe('the list', () => {
  it('pages newest or oldest first by keyset, and flags requests new for more than 3 working days', async () => {
    const old = await request({ createdAt: new Date(Date.now() - 20 * DAY), businessName: 'Vecchia bottega' });
    const page1 = (await (await list('?status=all&limit=2')).json()) as { items: TItem[]; nextCursor: string };
    expect(page1.items).toHaveLength(2);
    const seen = new Set(page1.items.map((i) => i.id));
    let cursor: string | null = page1.nextCursor;
    while (cursor) {
      const next = (await (await list(`?status=all&limit=2&cursor=${cursor}`)).json()) as { items: TItem[]; nextCursor: string | null };
      for (const i of next.items) {
        expect(seen.has(i.id)).toBe(false);
        seen.add(i.id);
      }
      cursor = next.nextCursor;
    }
    const all = await t.db.select({ id: intakeRequest.id }).from(intakeRequest).where(eq(intakeRequest.sportelloId, deskA));
    expect(seen.size).toBe(all.length);
    const oldest = (await items('?order=oldest&limit=1'))[0]!;
    expect(oldest).toMatchObject({ id: old.id, isOverdue: true });
    expect(oldest.workingDaysWaiting).toBeGreaterThanOrEqual(10);
  });

  it('refuses bad filters with field errors', async () => {
    for (const q of ['?status=whatever', '?limit=0', '?comuneIstat=12', '?cursor=nonsense', '?area=astrology']) {
      const res = await list(q);
      expect(res.status, q).toBe(422);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });
});

describe('working a request', () => {
  it('takes, notes, turns into a business with the entrepreneur invited, assigns: the status follows', async () => {
    const r = await request({ contactEmail: 'dolci@example.test', contactPhone: '333 123 4567', contactName: 'Anna', businessName: 'Dolci di Anna', atecoDivision: '10', employees: 2 });
    let view = (await (await post(r.id, 'take')).json()) as TRequest;
    expect(view).toMatchObject({ status: 'taken', links: { tel: 'tel:+393331234567', whatsapp: 'https://wa.me/393331234567' } });
    view = (await (await post(r.id, 'notes', { text: 'Richiamata, disponibile giovedì.' })).json()) as TRequest;
    expect(view.notes.map((n) => n.text)).toEqual(['Richiamata, disponibile giovedì.']);

    const created = await post(r.id, 'business');
    expect(created.status).toBe(201);
    const { businessId, invited } = (await created.json()) as { businessId: string; invited: boolean };
    expect(invited).toBe(true);
    const [biz] = await t.db.select().from(business).where(eq(business.id, businessId));
    expect(biz).toMatchObject({ name: 'Dolci di Anna', comuneIstat: '015146', sportelloId: deskA, atecoDivision: '10', employees: 2 });
    expect((await t.mailbox.waitFor('dolci@example.test')).subject).toContain('Dolci di Anna');
    expect((await post(r.id, 'business')).status).toBe(409);

    const suggestions = (await (await t.call('GET', `/api/inbox/requests/${r.id}/suggestions`, { cookie: cookies.coord })).json()) as { items: { angel: { userId: string } }[] };
    expect(suggestions.items.map((s) => s.angel.userId)).toContain(angelId);
    view = (await (await post(r.id, 'assign', { angelUserId: angelId })).json()) as TRequest;
    expect(view).toMatchObject({ status: 'assigned', angel: { name: 'Angela Prova' } });
    expect((await items(`?angelUserId=${angelId}`)).map((i) => i.id)).toEqual([r.id]);
    expect((await items('?status=assigned')).map((i) => i.id)).toEqual([r.id]);

    // The entrepreneur signs in with that address: the business becomes theirs.
    const anna = await makeUser(t.db, { email: 'dolci@example.test' });
    await t.db.update(user).set({ emailVerified: true }).where(eq(user.id, anna.id));
    expect(await claimIntakeRequests(t.db, anna.id)).toBe(1);
    expect(await t.db.select().from(businessMember).where(eq(businessMember.businessId, businessId))).toHaveLength(1);
    expect(await t.db.select().from(business).where(eq(business.name, 'Dolci di Anna'))).toHaveLength(1);
  });

  it('reads an assignment made elsewhere (not through the inbox)', async () => {
    const owner = await makeUser(t.db);
    const biz = await makeBusiness(t.db, owner.id, deskA);
    const r = await request({ businessId: biz.id });
    await t.db.insert(assignment).values({ businessId: biz.id, angelUserId: angelId, sportelloId: deskA });
    expect(((await (await t.call('GET', `/api/inbox/requests/${r.id}`, { cookie: cookies.coord })).json()) as TRequest).status).toBe('assigned');
  });

  it('concludes, archives with a reason, reopens; bad input stores nothing', async () => {
    const r = await request();
    expect((await post(r.id, 'archive', { reason: '' })).status).toBe(422);
    expect((await post(r.id, 'archive', { reason: 'x', extra: 1 })).status).toBe(422);
    expect((await post(r.id, 'notes', { text: '   ' })).status).toBe(422);
    expect(await t.db.select().from(intakeNote).where(eq(intakeNote.requestId, r.id))).toHaveLength(0);
    expect((await t.db.select().from(intakeRequest).where(eq(intakeRequest.id, r.id)))[0]!.status).toBe('new');
    expect(((await (await post(r.id, 'conclude')).json()) as TRequest).status).toBe('concluded');
    expect((await post(r.id, 'take')).status).toBe(409);
    expect(((await (await post(r.id, 'reopen')).json()) as TRequest).status).toBe('new');
    const archived = (await (await post(r.id, 'archive', { reason: 'Non risponde da settimane' })).json()) as TRequest;
    expect(archived).toMatchObject({ status: 'archived', archiveReason: 'Non risponde da settimane' });
    expect((await items('?status=archived')).map((i) => i.id)).toContain(r.id);
    expect((await items()).map((i) => i.id)).not.toContain(r.id);
  });

  it('passes a request to another sportello, which reads the reason; the first no longer sees it', async () => {
    const r = await request();
    expect((await post(r.id, 'transfer', { toSportelloId: deskA, reason: 'Stesso sportello' })).status).toBe(422);
    expect((await post(r.id, 'transfer', { toSportelloId: '00000000-0000-4000-8000-000000000000', reason: 'Non esiste' })).status).toBe(422);
    expect(await t.db.select().from(intakeTransfer).where(eq(intakeTransfer.requestId, r.id))).toHaveLength(0);
    const passed = await post(r.id, 'transfer', { toSportelloId: deskB, reason: 'L’attività è a Roma, non a Milano.' });
    expect(passed.status, await passed.clone().text()).toBe(200);
    expect((await t.call('GET', `/api/inbox/requests/${r.id}`, { cookie: cookies.coord })).status).toBe(404);
    const theirs = (await (await t.call('GET', `/api/sportelli/${deskB}/inbox`, { cookie: cookies.foreign })).json()) as { items: TItem[] };
    expect(theirs.items.find((i) => i.id === r.id)).toMatchObject({ status: 'new', transfer: { reason: 'L’attività è a Roma, non a Milano.' } });
  });

  it('offers likely duplicates and merges them into the older', async () => {
    const first = await request({ contactPhone: '+39 347 000 1111', createdAt: new Date(Date.now() - 5 * DAY) });
    const again = await request({ contactPhone: '3470001111', contactEmail: 'altro@example.test' });
    await request({ contactPhone: '3470001111', createdAt: new Date(Date.now() - 60 * DAY) });
    const view = (await (await t.call('GET', `/api/inbox/requests/${again.id}`, { cookie: cookies.coord })).json()) as TRequest;
    expect(view.duplicates).toEqual([expect.objectContaining({ id: first.id, reasons: ['phone'] })]);
    const foreignRequest = (await t.db.insert(intakeRequest).values({ sportelloId: deskB, comuneIstat: '058091', text: 'x', proposedAreas: [], chosenAreas: [], contactKind: 'callback', consentVersion: 'v1', consentAcceptedAt: new Date() }).returning())[0]!;
    expect((await post(again.id, 'merge', { otherId: foreignRequest.id })).status).toBe(404);
    expect((await post(again.id, 'merge', { otherId: again.id })).status).toBe(422);
    await post(again.id, 'merge', { otherId: first.id });
    const [merged] = await t.db.select().from(intakeRequest).where(eq(intakeRequest.id, again.id));
    expect(merged).toMatchObject({ status: 'closed', mergedIntoId: first.id, archiveReason: 'duplicate' });
    expect((await t.db.select().from(intakeRequest).where(eq(intakeRequest.id, first.id)))[0]!.status).toBe('new');
  });

  it('gives the coordinator page its counts and the filters their options', async () => {
    const res = await t.call('GET', `/api/sportelli/${deskA}/inbox/facets`, { cookie: cookies.coord });
    const body = (await res.json()) as { counts: { open: number }; angels: { userId: string }[]; sportelli: { id: string }[]; comuni: { istat: string }[] };
    expect(body.counts.open).toBeGreaterThan(0);
    expect(body.angels.map((a) => a.userId)).toContain(angelId);
    expect(body.sportelli.map((s) => s.id)).toEqual([deskB]);
    expect(body.comuni.map((c) => c.istat)).toContain('015146');
    expect((await t.call('GET', `/api/sportelli/${deskA}/inbox/facets`, { cookie: cookies.angel })).status).toBe(404);
  });
});

describe('the export', () => {
  it('gives the filtered list as CSV or XLSX to the same people, contacts included for the coordinator', async () => {
    await request({ contactName: 'Export Persona', contactPhone: '333 999 8888', businessName: 'Bottega da esportare' });
    const csv = await t.call('GET', `/api/sportelli/${deskA}/inbox/export?format=csv&status=all`, { cookie: cookies.coord });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/richieste-\d{4}-\d{2}-\d{2}\.csv/);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toContain('Giorni lavorativi di attesa');
    expect(text).toContain('Export Persona');
    const rows = text.trim().split('\r\n').length - 1;
    const all = await t.db.select({ id: intakeRequest.id }).from(intakeRequest).where(eq(intakeRequest.sportelloId, deskA));
    expect(rows).toBe(all.length);
    const xlsx = await t.call('GET', `/api/sportelli/${deskA}/inbox/export?format=xlsx`, { cookie: cookies.admin });
    expect(xlsx.status).toBe(200);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    for (const who of ['foreign', 'angel', 'owner'] as const) expect((await t.call('GET', `/api/sportelli/${deskA}/inbox/export?format=csv`, { cookie: cookies[who] })).status, who).toBe(404);
    expect((await t.call('GET', `/api/sportelli/${deskA}/inbox/export?format=pdf`, { cookie: cookies.coord })).status).toBe(422);
  });
});
