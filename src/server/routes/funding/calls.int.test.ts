import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundingImport, fundingRule } from '../../../db/schema/index.js';
import { readOwnCall } from '../../../domain/funding/own-call.js';
import type { TCall } from '../../../domain/funding/types.js';
import { saveCalls, slugOfCall } from '../../../services/funding/call-store.js';
import { seedSnapshotCalls } from '../../../test/funding-snapshot.js';
import { createTestApp, type TTestApp } from '../../../test/app.js';
import { makeSportello } from '../../../test/factories.js';

let t: TTestApp;
let ids: Map<string, string>;
let ownSlug = '';
const ON = '2025-07-12';

type TItem = { slug: string; title: string; status: string; closesSoon: boolean; daysLeft: number | null; national: boolean; regions: string[]; kinds: string[]; closesDay: string | null; closing: string };
type TPage = { items: TItem[]; total: number; page: number; pageCount: number; attribution: Record<string, unknown> };

function ownCall(input: Record<string, unknown>): TCall {
  const read = readOwnCall({ regions: 'national', sizes: 'all', ateco: 'all', kinds: ['grant'], areas: ['finance'], ...input });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.call;
}

beforeAll(async () => {
  t = await createTestApp();
  ids = await seedSnapshotCalls(t.db);
  await t.db.insert(fundingImport).values({ source: 'incentivi', snapshotDate: '2025-07-12', fileName: 'incentivi-gov-it-2025-07-12.json', added: 369 });
  // A curated national rule, and a sportello's own reading of the same call (not shown publicly).
  const bari = await makeSportello(t.db, ['072']);
  await t.db.insert(fundingRule).values([
    { callId: ids.get('3730')!, sportelloId: null, rule: { fact: 'minYearsInBusiness', value: 2, sourceUrl: 'https://www.regione.abruzzo.it/bando.pdf' }, sourceUrl: 'https://www.regione.abruzzo.it/bando.pdf' },
    { callId: ids.get('3730')!, sportelloId: bari.id, rule: { fact: 'maxEmployees', value: 5, sourceUrl: 'https://example.test/lettura' }, sourceUrl: 'https://example.test/lettura' },
  ]);
  const own = ownCall({ id: 'voucher-bari', title: 'Voucher vetrine di Bari', description: 'Un aiuto per rifare la vetrina.', closesOn: '2025-07-20', regions: ['16'], grantingBody: 'Camera di commercio di Bari' });
  await saveCalls(t.db, [own], { sportelloId: bari.id });
  ownSlug = slugOfCall(own, `${bari.id}/voucher-bari`);
});
afterAll(() => t.close());

const list = async (query: string) => {
  const res = await t.call('GET', `/api/funding/calls?on=${ON}&lang=it${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as TPage;
};

describe('GET /api/funding/calls/{slug}', () => {
  it('gives one call in plain words, with its national rules and the attribution', async () => {
    const slug = slugOfCall({ title: 'Interventi di credito agrario a breve termine – Regione Abruzzo - Anno 2025', source: 'incentivi' }, '3730');
    const res = await t.call('GET', `/api/funding/calls/${slug}?on=${ON}&lang=it`);
    expect(res.status).toBe(200);
    const view = await res.json();
    expect(view.title).toBe('Interventi di credito agrario a breve termine – Regione Abruzzo - Anno 2025');
    expect(view.description.what).toMatch(/^Interventi di credito agrario/);
    expect(view.description.who).toBe('Piccole e media imprese.');
    expect(view.who.sizes).toBe('Micro, piccole e medie imprese.');
    expect(view.who.territory).toEqual(['Solo per imprese in Abruzzo.']);
    expect(view.who.sectors[0]).toMatch(/^Coltivazioni e allevamento \(ATECO 01\.16/);
    expect(view.who.subjects).toEqual(['Imprese']);
    expect(view.howMuch).toMatchObject({ grant: 'Fino a 47.479 €', spending: 'Fino a 47.480 €' });
    expect(view.kindsText).toEqual(['Contributo a fondo perduto: soldi che non devi restituire.']);
    expect(view.dates).toMatchObject({ opensText: 'Apre il 1° gennaio 2025.', closesText: 'Chiude il 31 dicembre 2025.' });
    expect(view).toMatchObject({ status: 'open', closesSoon: false, daysLeft: 172, link: 'https://www.regione.abruzzo.it/delibera/9118704/view', today: ON });
    expect(view.rules).toEqual([{ text: 'L’impresa deve avere almeno 2 anni di attività.', sourceUrl: 'https://www.regione.abruzzo.it/bando.pdf' }]);
    expect(view.attribution).toEqual({ source: 'Incentivi.gov.it – MIMIT', licence: 'IODL 2.0', licenceUrl: 'https://www.dati.gov.it/iodl/2.0/', snapshotDate: '2025-07-12' });
  });

  it('says closed on a later day, and speaks English when asked', async () => {
    const slug = slugOfCall({ title: 'Interventi di credito agrario a breve termine – Regione Abruzzo - Anno 2025', source: 'incentivi' }, '3730');
    const view = await (await t.call('GET', `/api/funding/calls/${slug}?on=2026-01-10&lang=en`)).json();
    expect(view).toMatchObject({ status: 'closed', daysLeft: null, closesText: 'Closes on 31 December 2025.' });
    expect(view.howMuch.grant).toBe('Up to €47,479');
  });

  it('names a sportello as the source of its own call, not the national catalogue', async () => {
    const view = await (await t.call('GET', `/api/funding/calls/${ownSlug}?on=${ON}&lang=it`)).json();
    expect(view.source).toBe('sportello');
    expect(view.attribution).toEqual({ source: view.sportelloName, licence: null, licenceUrl: null, snapshotDate: null });
    expect(view.sportelloName).toMatch(/^Sportello s-/);
    expect(view).toMatchObject({ closesSoon: true, daysLeft: 8, howMuch: { grant: 'Non indicato', spending: 'Non indicato' } });
  });

  it('answers 404 problem for a call that is not there, 422 for a bad address', async () => {
    const res = await t.call('GET', '/api/funding/calls/non-esiste-999999');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).code).toBe('resource.not_found');
    expect((await t.call('GET', '/api/funding/calls/NON_VALIDO')).status).toBe(422);
    expect((await t.call('GET', '/api/funding/calls/bando-1?on=31-12-2025')).status).toBe(422);
  });
});

describe('GET /api/funding/calls', () => {
  it('lists open calls first, nearest closing first, then upcoming, rolling and undated; closed ones left out', async () => {
    const page = await list('&pageSize=50');
    expect(page.total).toBeGreaterThan(200);
    expect(page.pageCount).toBe(Math.ceil(page.total / 50));
    expect(page.attribution).toMatchObject({ source: 'Incentivi.gov.it – MIMIT', snapshotDate: '2025-07-12' });
    const statuses = page.items.map((i) => i.status);
    expect(statuses[0]).toBe('open');
    const dated = page.items.filter((i) => i.status === 'open').map((i) => i.closesDay!);
    expect(dated).toEqual([...dated].sort());
    expect(page.items.every((i) => i.status !== 'closed')).toBe(true);
    const order = ['open', 'upcoming', 'rolling', 'unknown'];
    const all: TItem[] = [];
    for (let p = 1; p <= page.pageCount; p++) all.push(...(await list(`&pageSize=50&page=${p}`)).items);
    expect(all).toHaveLength(page.total);
    const ranks = all.map((i) => order.indexOf(i.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(all.find((i) => i.slug === ownSlug)).toMatchObject({ status: 'open', closesSoon: true });
  });

  it('filters by words in the title, kind, region, area and closing within N days', async () => {
    const digital = await list('&q=digitale');
    expect(digital.total).toBeGreaterThan(0);
    expect(digital.items.every((i) => /digitale/i.test(i.title))).toBe(true);
    // % is a character to look for, not a wildcard.
    expect((await list('&q=%25%25%25')).total).toBe(0);

    const guarantees = await list('&kind=guarantee&pageSize=50');
    expect(guarantees.total).toBeGreaterThan(0);
    expect(guarantees.items.every((i) => i.kinds.includes('guarantee'))).toBe(true);

    const puglia = await list('&region=16&pageSize=50');
    expect(puglia.items.every((i) => i.national || i.regions.includes('16'))).toBe(true);
    expect(puglia.items.some((i) => i.slug === ownSlug)).toBe(true);
    const abruzzo = await list('&region=13&pageSize=50');
    expect(abruzzo.items.some((i) => i.slug === ownSlug)).toBe(false);

    const green = await list('&area=green');
    expect(green.total).toBeGreaterThan(0);
    expect(green.total).toBeLessThan((await list('')).total);

    const soon = await list('&closingWithin=14&pageSize=50');
    expect(soon.total).toBeGreaterThan(0);
    expect(soon.items.every((i) => i.closing === 'date' && i.closesDay! >= ON && i.closesDay! <= '2025-07-26')).toBe(true);
  });

  it('adds the closed calls after the others when asked, most recently closed first', async () => {
    // December 2026: most of the July 2025 snapshot has closed; the list shows what is left, the rest on request.
    const read = async (query: string) => (await (await t.call('GET', `/api/funding/calls?on=2026-12-03&lang=it&pageSize=50${query}`)).json()) as TPage;
    const open = await read('');
    const first = await read('&includeClosed=true');
    expect(first.total).toBeGreaterThan(open.total);
    const all: TItem[] = [];
    for (let p = 1; p <= first.pageCount; p++) all.push(...(await read(`&includeClosed=true&page=${p}`)).items);
    const firstClosed = all.findIndex((i) => i.status === 'closed');
    expect(firstClosed).toBe(open.total);
    const closedDays = all.slice(firstClosed).map((i) => i.closesDay!);
    expect(all.slice(firstClosed).every((i) => i.status === 'closed')).toBe(true);
    expect(closedDays).toEqual([...closedDays].sort().reverse());
  });

  it('refuses unknown filters and bad values with field messages', async () => {
    const res = await t.call('GET', '/api/funding/calls?kind=regalo&region=99&pageSize=500&colore=blu');
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.errors.length).toBeGreaterThan(0);
  });
});
