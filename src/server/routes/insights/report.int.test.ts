import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, business, checkup, intakeRequest, meeting } from '../../../db/schema/index.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { addMember, makeAngel, makeBusiness, makeSportello, makeUser } from '../../../test/factories.js';
import { inkedShareOfEachPage, pdfText } from '../../../test/pdf.js';
import { eq } from 'drizzle-orm';

let t: TTestApp;
let cookies: Record<'admin' | 'coord' | 'foreign' | 'angel' | 'owner', string>;
let deskA: string;
let deskB: string;

const PERIOD = 'from=2026-03-01&to=2026-04-30';
const result = (overall: number, marketing: number) => ({ version: 'v1', areas: { strategy: null, marketing, communication: null, organisation: null, finance: null, innovation: null }, dimensions: {}, overall });

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
  const angel = await makeAngel(t.db, deskA);
  // Six Milano shops heard in March, each with a T0 and a T1 check-up, an angel and a rated meeting.
  for (let i = 0; i < 6; i++) {
    const b = await makeBusiness(t.db, owner.id, deskA, '015146');
    await t.db.update(business).set({ createdAt: new Date('2026-03-02T10:00:00Z') }).where(eq(business.id, b.id));
    await t.db.insert(intakeRequest).values({ sportelloId: deskA, businessId: b.id, comuneIstat: '015146', text: 'Vorrei più clienti.', proposedAreas: [], chosenAreas: ['marketing'], contactKind: 'callback', consentVersion: 'v1', consentAcceptedAt: new Date('2026-03-01T10:00:00Z'), createdAt: new Date('2026-03-01T10:00:00Z') });
    await t.db.insert(checkup).values({ businessId: b.id, round: 1, questionnaireVersion: 'v1', status: 'submitted', result: result(40, 30 + i), submittedAt: new Date('2026-03-05T10:00:00Z'), createdAt: new Date('2026-03-05T10:00:00Z') });
    await t.db.insert(checkup).values({ businessId: b.id, round: 2, questionnaireVersion: 'v1', status: 'submitted', result: result(55, 45 + 2 * i), submittedAt: new Date('2026-04-20T10:00:00Z'), createdAt: new Date('2026-04-20T10:00:00Z') });
    await t.db.insert(assignment).values({ businessId: b.id, angelUserId: angel.id, sportelloId: deskA, startedAt: new Date('2026-03-06T10:00:00Z') });
    const start = new Date(Date.UTC(2026, 2, 10, 9, i));
    await t.db.insert(meeting).values({ businessId: b.id, angelUserId: angel.id, sportelloId: deskA, startsAt: start, endsAt: new Date(start.getTime() + 30_000), mode: 'phone', status: 'held', feedbackRating: 4 + (i % 2) });
  }
  cookies = { admin: await t.signIn(admin.email), coord: await t.signIn(coord.email), foreign: await t.signIn(foreign.email), angel: await t.signIn(angel.email), owner: await t.signIn(owner.email) };
});
afterAll(() => t.close());

const get = (who: keyof typeof cookies, query: string) => t.call('GET', `/api/insights/report.pdf?${query}`, { cookie: cookies[who] });

describe('GET /api/insights/report.pdf', () => {
  it('gives the coordinator their sportello’s report: three pages with the figures, the charts and the map', async () => {
    const res = await get('coord', `sportelloId=${deskA}&${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain('rapporto-di-impatto-2026-03-01-2026-04-30.pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(inkedShareOfEachPage(pdf)).toHaveLength(3);
    const text = pdfText(pdf);
    for (const words of ['Rapporto di impatto', 'Dal 1 marzo 2026 al 30 aprile 2026', 'Primo incontro', 'Clienti, prezzi', 'mediana +17,5 punti', 'Nel complesso', 'Soddisfazione dopo gli incontri', '6 giudizi', 'Il territorio']) expect(text).toContain(words);
    // A section nobody answered is withheld, not shown as zero.
    expect(text).toContain('meno di 5 imprese: non mostrato');
  });

  it('speaks English when asked, and gives the admin the whole network', async () => {
    const res = await get('admin', `${PERIOD}&lang=en`);
    expect(res.status).toBe(200);
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain('Impact report');
    expect(text).toContain('The whole network');
  });

  it('follows the impact page’s rules: another sportello 404, the network 403 for a coordinator, angels and owners 403, visitors 401, a bad period 422', async () => {
    expect((await get('foreign', `sportelloId=${deskA}&${PERIOD}`)).status).toBe(404);
    expect((await get('coord', `sportelloId=${deskB}&${PERIOD}`)).status).toBe(404);
    expect((await get('coord', PERIOD)).status).toBe(403);
    expect((await get('angel', `sportelloId=${deskA}&${PERIOD}`)).status).toBe(403);
    expect((await get('owner', `sportelloId=${deskA}&${PERIOD}`)).status).toBe(403);
    expect((await t.call('GET', `/api/insights/report.pdf?sportelloId=${deskA}&${PERIOD}`)).status).toBe(401);
    expect((await get('coord', `sportelloId=${deskA}&from=2026-05-01&to=2026-04-01`)).status).toBe(422);
  });
});
