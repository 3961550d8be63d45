import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { angelCv, angelProfile } from '../../../db/schema/index.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeSportello, makeUser } from '../../../test/factories.js';

let t: TTestApp;
let sportelloId: string;
let coordCookie: string;
let otherCoordCookie: string;

const profile = {
  skills: ['marketing', 'ecommerce'],
  sectors: ['10', '47'],
  baseComuneIstat: '098031',
  radiusKm: 40,
  modes: ['in_person', 'remote'],
  languages: ['it', 'en'],
  capacity: 4,
  presentation: 'Ho aiutato molti caseifici a vendere direttamente, senza giri di parole.',
  whatsappPhone: '333 1234567',
  isWhatsappAllowed: true,
};
const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 32), Buffer.from('\n%%EOF\n')]);

function apply(cookie: string, body: unknown, cv?: { bytes: Buffer; name: string; type: string }) {
  const form = new FormData();
  form.set('profile', typeof body === 'string' ? body : JSON.stringify(body));
  if (cv) form.set('cv', new File([new Uint8Array(cv.bytes)], cv.name, { type: cv.type }));
  return Promise.resolve(t.app.request(`${TEST_BASE_URL}/api/angels/application`, { method: 'POST', body: form, headers: { cookie, origin: TEST_BASE_URL } }));
}
const stored = async () => (await t.db.select({ n: count() }).from(angelProfile))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  sportelloId = (await makeSportello(t.db, ['098'])).id;
  const coord = await makeUser(t.db);
  await addMember(t.db, coord.id, sportelloId, 'coordinator');
  coordCookie = await t.signIn(coord.email);
  const other = await makeSportello(t.db, ['072']);
  const otherCoord = await makeUser(t.db);
  await addMember(t.db, otherCoord.id, other.id, 'coordinator');
  otherCoordCookie = await t.signIn(otherCoord.email);
});
afterAll(() => t.close());

describe('becoming an angel', () => {
  it('refuses a non-PDF CV, an oversized one and a bad profile, storing nothing', async () => {
    const u = await makeUser(t.db);
    const cookie = await t.signIn(u.email);
    const before = await stored();
    const fake = await apply(cookie, profile, { bytes: Buffer.from('MZ this is an exe'), name: 'cv.pdf', type: 'application/pdf' });
    expect(fake.status).toBe(422);
    expect(((await fake.json()) as { code: string }).code).toBe('angel.cv_not_pdf');
    const huge = await apply(cookie, profile, { bytes: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024 + 10)]), name: 'cv.pdf', type: 'application/pdf' });
    expect(huge.status).toBe(413);
    const bad = await apply(cookie, { ...profile, capacity: 0, skills: ['astrology'] });
    expect(bad.status).toBe(422);
    const fields = ((await bad.json()) as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['capacity', 'skills.0']));
    expect((await apply(cookie, '{not json')).status).toBe(422);
    expect(await stored()).toBe(before);
  });

  it('applies with a PDF, is routed to the sportello of the base comune, reviewed and told why', async () => {
    const u = await makeUser(t.db, { name: 'Nuova Angel' });
    const cookie = await t.signIn(u.email);
    const res = await apply(cookie, profile, { bytes: pdf, name: 'curriculum.pdf', type: 'application/pdf' });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ status: 'applied', sportelloId, hasCv: true });
    expect((await apply(cookie, profile)).status).toBe(409);

    const list = (await (await t.call('GET', `/api/sportelli/${sportelloId}/angels`, { cookie: coordCookie })).json()) as { items: { userId: string; status: string }[] };
    expect(list.items).toContainEqual(expect.objectContaining({ userId: u.id, status: 'applied' }));

    const cv = await t.call('GET', `/api/angels/${u.id}/cv`, { cookie: coordCookie });
    expect(cv.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await cv.arrayBuffer()).equals(pdf)).toBe(true);
    expect((await t.call('GET', `/api/angels/${u.id}/cv`, { cookie: otherCoordCookie })).status).toBe(404);
    const someoneElse = await makeUser(t.db);
    expect((await t.call('GET', `/api/angels/${u.id}/cv`, { cookie: await t.signIn(someoneElse.email) })).status).toBe(404);
    expect((await t.call('GET', `/api/angels/${u.id}/cv`)).status).toBe(401);

    const review = await t.call('POST', `/api/angels/${u.id}/review`, { cookie: coordCookie, body: { decision: 'approve', reason: 'Esperienza concreta con i caseifici della zona.', interviewNotes: 'Colloquio il 20/11' } });
    expect(review.status).toBe(200);
    const mail = await t.mailbox.waitFor(u.email);
    expect(mail.text).toContain('Esperienza concreta con i caseifici');
    const me = (await (await t.call('GET', '/api/angels/me', { cookie })).json()) as { status: string; interviewNotes?: string };
    expect(me.status).toBe('qualified');
    expect(me.interviewNotes).toBeUndefined();
    const account = (await (await t.call('GET', '/api/me', { cookie })).json()) as { memberships: { role: string }[] };
    expect(account.memberships).toContainEqual(expect.objectContaining({ role: 'angel' }));
  });

  it('lets a reviewer of another sportello do nothing', async () => {
    const u = await makeUser(t.db);
    await apply(await t.signIn(u.email), profile);
    expect((await t.call('POST', `/api/angels/${u.id}/review`, { cookie: otherCoordCookie, body: { decision: 'reject', reason: 'Non serve.' } })).status).toBe(404);
    const [row] = await t.db.select().from(angelProfile).where(eq(angelProfile.userId, u.id));
    expect(row?.status).toBe('applied');
    expect((await t.db.select({ n: count() }).from(angelCv))[0]!.n).toBeGreaterThanOrEqual(1);
  });
});

describe('an angel at work', () => {
  it('edits their own profile; the coordinator sees the change was made', async () => {
    const angel = await makeAngel(t.db, sportelloId);
    const cookie = await t.signIn(angel.email);
    const res = await t.call('PATCH', '/api/angels/me', { cookie, body: { capacity: 8, radiusKm: 25 } });
    expect(res.status).toBe(200);
    const seen = (await (await t.call('GET', `/api/angels/${angel.id}`, { cookie: coordCookie })).json()) as { capacity: number; profileChangedAt: string | null };
    expect(seen.capacity).toBe(8);
    expect(seen.profileChangedAt).not.toBeNull();
    // Another angel's profile is not theirs to read or change.
    const other = await makeAngel(t.db, sportelloId);
    expect((await t.call('GET', `/api/angels/${other.id}`, { cookie })).status).toBe(404);
    expect((await t.call('PATCH', `/api/angels/${other.id}`, { cookie, body: { capacity: 1 } })).status).toBe(404);
  });

  it('sets weekly hours and exceptions; overlapping hours change nothing', async () => {
    const angel = await makeAngel(t.db, sportelloId);
    const cookie = await t.signIn(angel.email);
    const good = { rules: [{ weekday: 2, startMinute: 540, endMinute: 720 }], exceptions: [{ day: '2026-12-25', kind: 'unavailable', startMinute: null, endMinute: null }] };
    expect((await t.call('PUT', '/api/angels/me/availability', { cookie, body: good })).status).toBe(200);
    const bad = { rules: [{ weekday: 2, startMinute: 540, endMinute: 720 }, { weekday: 2, startMinute: 600, endMinute: 800 }], exceptions: [] };
    const refused = await t.call('PUT', '/api/angels/me/availability', { cookie, body: bad });
    expect(refused.status).toBe(422);
    const now = (await (await t.call('GET', '/api/angels/me/availability', { cookie })).json()) as { rules: unknown[]; exceptions: unknown[] };
    expect(now.rules).toHaveLength(1);
    expect(now.exceptions).toHaveLength(1);
  });
});
