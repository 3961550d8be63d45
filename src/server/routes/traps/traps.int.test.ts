import crypto from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, trapLink, trapWarning } from '../../../db/schema/index.js';
import { seedDemoTraps } from '../../../services/traps/seed-demo-traps.js';
import { ascoltoBody } from '../../../test/ascolto-body.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let deskA: string;
let deskB: string;
const cookies: Record<'coordA' | 'coordB' | 'angelA' | 'angelB' | 'admin' | 'owner', string> = { coordA: '', coordB: '', angelA: '', angelB: '', admin: '', owner: '' };
let requestId = '';
let anonymousRequestId = '';

const POS_TEXT = 'Due anni fa mi hanno fatto firmare il contratto del POS per 48 mesi e adesso pago un canone che non finisce mai.';

const draft = (over: Record<string, unknown> = {}) => ({
  slug: `trappola-${crypto.randomBytes(3).toString('hex')}`,
  title: 'La consulenza gratis che poi si paga',
  summary: 'Ti offrono una consulenza gratuita, ma alla fine firmi un contratto lungo e caro.',
  recognise: ['La prima ora è gratis, poi arriva il contratto.'],
  askBefore: ['Cosa pago se dico di no dopo la consulenza?'],
  ifSigned: ['Cerca come recedere e scrivilo con PEC.'],
  cues: ['consulenza gratis', 'consulenza gratuita'],
  areas: ['strategy'],
  links: { lessons: [], solutions: ['un-servizio-di-prova'], planAreas: ['strategy'] },
  sportelloId: deskA,
  ...over,
});

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoTraps(t.db);
  deskA = (await makeSportello(t.db, ['098'])).id;
  deskB = (await makeSportello(t.db, ['072'])).id;
  const people = { coordA: [deskA, 'coordinator'], coordB: [deskB, 'coordinator'], angelA: [deskA, 'angel'], angelB: [deskB, 'angel'] } as const;
  const ids: Record<string, string> = {};
  for (const [key, [desk, role]] of Object.entries(people)) {
    const person = await makeUser(t.db);
    await addMember(t.db, person.id, desk, role);
    ids[key] = person.id;
    cookies[key as keyof typeof cookies] = await t.signIn(person.email);
  }
  const admin = await makeUser(t.db, { isAdmin: true });
  cookies.admin = await t.signIn(admin.email);
  const owner = await makeUser(t.db);
  cookies.owner = await t.signIn(owner.email);
  // A signed-in entrepreneur's ascolto (its business is made), followed by angel A.
  const sent = await t.call('POST', '/api/intake/requests', { cookie: cookies.owner, headers: { 'idempotency-key': crypto.randomUUID() }, body: ascoltoBody({ text: POS_TEXT, contact: { kind: 'account', email: owner.email } }) });
  expect(sent.status).toBe(201);
  const result = (await sent.json()) as { id: string; businessId: string; warnings: { slug: string; stage: string }[] };
  requestId = result.id;
  expect(result.warnings[0]).toMatchObject({ slug: 'contratto-pos-48-mesi', stage: 'signed' });
  await t.db.insert(assignment).values({ businessId: result.businessId, angelUserId: ids.angelA!, sportelloId: deskA });
  cookies.angelA = await t.signIn((await t.db.query.user.findFirst({ where: (u, { eq: e }) => e(u.id, ids.angelA!) }))!.email);
  const anonymous = await t.call('POST', '/api/intake/requests', { headers: { 'idempotency-key': crypto.randomUUID() }, body: ascoltoBody({ text: 'Mi propongono un sito a 99 euro con il primo posto su Google garantito.' }) });
  anonymousRequestId = ((await anonymous.json()) as { id: string }).id;
});
afterAll(() => t.close());

describe('the published warnings', () => {
  it('are listed for everyone, national ones with their plan areas', async () => {
    const res = await t.call('GET', '/api/traps');
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { slug: string; status: string; planAreas: string[]; canEdit: boolean }[] };
    expect(items).toHaveLength(6);
    expect(items.every((i) => i.status === 'published' && !i.canEdit)).toBe(true);
    const forPlan = (await (await t.call('GET', '/api/traps?planAreas=data_tools')).json()) as { items: { slug: string }[] };
    expect(forPlan.items.map((i) => i.slug).sort()).toEqual(['app-su-misura-senza-aggiornamenti', 'gestionale-senza-esportazione']);
    expect((await t.call('GET', '/api/traps?planAreas=nonsense')).status).toBe(422);
  });

  it('reads one by its address; an unknown one is 404', async () => {
    const res = await t.call('GET', '/api/traps/contratto-pos-48-mesi');
    expect(res.status).toBe(200);
    const view = (await res.json()) as { title: string; recognise: string[]; askBefore: string[] };
    expect(view.title).toBe('Il contratto del POS di 48 mesi');
    expect(view.recognise.length).toBeGreaterThan(2);
    expect((await t.call('GET', '/api/traps/non-esiste')).status).toBe(404);
  });
});

describe('writing warnings', () => {
  it('an angel proposes; the proposal is hidden from others until a coordinator of its sportello publishes it', async () => {
    const res = await t.call('POST', '/api/traps', { cookie: cookies.angelA, body: draft() });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { id: string; slug: string; status: string; canEdit: boolean; canPublish: boolean };
    expect(created).toMatchObject({ status: 'proposed', canEdit: true, canPublish: false });
    // Hidden: anonymous, another sportello's coordinator, the entrepreneur.
    for (const cookie of [undefined, cookies.coordB, cookies.owner, cookies.angelB]) expect((await t.call('GET', `/api/traps/${created.slug}`, { cookie })).status).toBe(404);
    expect(((await (await t.call('GET', '/api/traps')).json()) as { items: { slug: string }[] }).items.map((i) => i.slug)).not.toContain(created.slug);
    // Seen by its coordinator, in their list too.
    expect((await t.call('GET', `/api/traps/${created.slug}`, { cookie: cookies.coordA })).status).toBe(200);
    const managed = (await (await t.call('GET', '/api/traps/manage', { cookie: cookies.coordA })).json()) as { items: { slug: string; canPublish: boolean }[] };
    expect(managed.items.find((i) => i.slug === created.slug)?.canPublish).toBe(true);
    // The angel cannot publish; another sportello's coordinator does not even see it.
    expect((await t.call('POST', `/api/traps/${created.id}/publish`, { cookie: cookies.angelA })).status).toBe(403);
    expect((await t.call('POST', `/api/traps/${created.id}/publish`, { cookie: cookies.coordB })).status).toBe(404);
    const published = await t.call('POST', `/api/traps/${created.id}/publish`, { cookie: cookies.coordA });
    expect(published.status).toBe(200);
    expect((await t.call('POST', `/api/traps/${created.id}/publish`, { cookie: cookies.coordA })).status).toBe(409);
    expect((await t.call('GET', `/api/traps/${created.slug}`)).status).toBe(200);
    // Once published, its author may no longer change it; the coordinator may.
    const { sportelloId: _s, ...edit } = draft({ slug: created.slug, title: 'La consulenza gratuita che poi costa' });
    expect((await t.call('PATCH', `/api/traps/${created.id}`, { cookie: cookies.angelA, body: edit })).status).toBe(403);
    const changed = await t.call('PATCH', `/api/traps/${created.id}`, { cookie: cookies.coordA, body: edit });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { title: string }).title).toBe('La consulenza gratuita che poi costa');
  });

  it('national warnings: any angel proposes, only the network admin publishes', async () => {
    const res = await t.call('POST', '/api/traps', { cookie: cookies.angelB, body: draft({ sportelloId: null }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect((await t.call('POST', `/api/traps/${id}/publish`, { cookie: cookies.coordB })).status).toBe(404);
    expect((await t.call('POST', `/api/traps/${id}/publish`, { cookie: cookies.admin })).status).toBe(200);
  });

  it('refuses the entrepreneur, anonymous visitors, and an angel writing in another sportello', async () => {
    expect((await t.call('POST', '/api/traps', { body: draft() })).status).toBe(401);
    expect((await t.call('POST', '/api/traps', { cookie: cookies.owner, body: draft({ sportelloId: null }) })).status).toBe(404);
    expect((await t.call('POST', '/api/traps', { cookie: cookies.angelB, body: draft() })).status).toBe(404);
  });

  it('names each bad field and stores nothing', async () => {
    const before = (await t.db.select({ n: count() }).from(trapWarning))[0]!.n;
    const bad = await t.call('POST', '/api/traps', { cookie: cookies.coordA, body: draft({ slug: 'Con Spazi', title: '', cues: [], areas: ['marketing', 'marketing'] }) });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['slug', 'title', 'cues', 'areas']));
    const taken = await t.call('POST', '/api/traps', { cookie: cookies.coordA, body: draft({ slug: 'contratto-pos-48-mesi' }) });
    expect(taken.status).toBe(409);
    expect(((await taken.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('slug');
    // A link to a lesson that is not there: the whole warning is refused, links and all.
    const links = await t.call('POST', '/api/traps', { cookie: cookies.coordA, body: draft({ links: { lessons: ['lezione-che-non-esiste'], solutions: [], planAreas: [] } }) });
    expect(links.status).toBe(422);
    expect(((await links.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('links.lessons.0');
    expect((await t.db.select({ n: count() }).from(trapWarning))[0]!.n).toBe(before);
  });

  it('exports the managed list as CSV', async () => {
    const res = await t.call('GET', '/api/traps/manage/export?format=csv', { cookie: cookies.coordA });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(await res.text()).toContain('La consulenza gratuita che poi costa');
  });
});

describe('the warnings beside an ascolto request', () => {
  const read = (id: string, cookie?: string) => t.call('GET', `/api/intake-requests/${id}/warnings`, { cookie });

  it('shows its coordinator the warning with the person’s own words', async () => {
    const res = await read(requestId, cookies.coordA);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: { slug: string; stage: string; evidence: string[]; nextSteps: string[] }[] };
    expect(items[0]).toMatchObject({ slug: 'contratto-pos-48-mesi', stage: 'signed' });
    expect(items[0]!.evidence[0]).toContain('contratto del POS per 48 mesi');
    expect(items[0]!.nextSteps[0]).toContain('data di fine');
  });

  it('shows it to the business’s angel and the network admin', async () => {
    expect((await read(requestId, cookies.angelA)).status).toBe(200);
    expect((await read(requestId, cookies.admin)).status).toBe(200);
  });

  it('answers 404 to another sportello, another angel, the entrepreneur and 401 to a visitor', async () => {
    for (const cookie of [cookies.coordB, cookies.angelB, cookies.owner]) expect((await read(requestId, cookie)).status).toBe(404);
    expect((await read(requestId)).status).toBe(401);
    expect((await read(crypto.randomUUID(), cookies.coordA)).status).toBe(404);
  });

  it('reads an anonymous ascolto for its coordinator only (no business, so no angel yet)', async () => {
    const { items } = (await (await read(anonymousRequestId, cookies.coordA)).json()) as { items: { slug: string; stage: string }[] };
    expect(items[0]).toMatchObject({ slug: 'sito-a-99-euro-primo-su-google', stage: 'before' });
    expect((await read(anonymousRequestId, cookies.angelA)).status).toBe(404);
  });

  it('mails "Attenzione a" to the person who left an e-mail, in plain words', async () => {
    const mail = t.mailbox.messages.find((m) => m.subject.startsWith('Abbiamo ricevuto il tuo messaggio'));
    expect(mail?.text).toContain('Il contratto del POS di 48 mesi');
    expect(mail?.text).toContain('Se hai già firmato:');
    expect(mail?.text).toContain('/attenzione/contratto-pos-48-mesi');
  });
});

describe('links', () => {
  it('keeps the links of the demo warnings to plan areas', async () => {
    const [pos] = await t.db.select({ id: trapWarning.id }).from(trapWarning).where(eq(trapWarning.slug, 'contratto-pos-48-mesi'));
    const links = await t.db.select().from(trapLink).where(eq(trapLink.trapId, pos!.id));
    expect(links.filter((l) => l.targetKind === 'plan_area').map((l) => l.targetKey).sort()).toEqual(['ecommerce', 'finance']);
  });
});
