import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundingCall, fundingImport } from '../db/schema/index.js';
import { readOwnCall } from '../domain/funding/own-call.js';
import { romeDayOf } from '../domain/funding/rome-day.js';
import { saveCalls, slugOfCall } from '../services/funding/call-store.js';
import { seedSnapshotCalls } from '../test/funding-snapshot.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../test/app.js';
import { makeUser } from '../test/factories.js';

// The real build (npm test builds it first): web/dist and the server's half in web/dist-ssr.
let t: TTestApp;
let soonSlug = '';
let goneSlug = '';
const closedSlug = slugOfCall({ title: 'Interventi di credito agrario a breve termine – Regione Abruzzo - Anno 2025', source: 'incentivi' }, '3730');

const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script id="affianco-rendered"/.exec(html)?.[1] ?? '';
const metaOf = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];
const answersOf = (html: string) => JSON.parse(/<script id="affianco-rendered" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!) as { lang: string; answers: Record<string, unknown> };
/** What a reader sees: the markup without its tags, entities read back. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** A Rome day `days` after today, by the calendar. */
function dayAfter(days: number): string {
  const today = romeDayOf(new Date());
  return new Date(Date.UTC(+today.slice(0, 4), +today.slice(5, 7) - 1, +today.slice(8, 10) + days)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
  const ids = await seedSnapshotCalls(t.db);
  await t.db.insert(fundingImport).values({ source: 'incentivi', snapshotDate: '2025-07-12', added: 369 });
  // A call of the catalogue closing five days from now (the snapshot's are from July 2025).
  const read = readOwnCall({
    id: 'prova-vetrine',
    title: 'Voucher vetrine digitali',
    description: "Cos'è Un aiuto per portare la bottega online. A chi si rivolge Negozi di vicinato. Cosa prevede Un contributo fino a 5.000 euro.",
    link: 'https://www.example.gov.it/vetrine',
    closesOn: dayAfter(5),
    regions: ['16'],
    sizes: ['micro', 'small'],
    ateco: ['47.11'],
    kinds: ['grant'],
    areas: ['ecommerce'],
    amounts: { grantMax: 5000 },
    grantingBody: 'Regione Puglia',
  });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const soon = { ...read.call, source: 'incentivi' as const, id: 'prova-vetrine' };
  await saveCalls(t.db, [soon]);
  soonSlug = slugOfCall(soon, 'prova-vetrine');
  // One the catalogue no longer lists: its page stays, the sitemap leaves it out.
  const [gone] = await t.db.update(fundingCall).set({ missingSince: new Date() }).where(eq(fundingCall.id, ids.get('52')!)).returning({ slug: fundingCall.slug });
  goneSlug = gone!.slug;
});
afterAll(() => t.close());

describe('a call page drawn by the server', () => {
  it('is readable without JavaScript: what, who, how much, until when, where, and the source line', async () => {
    const res = await t.call('GET', `/bandi/${soonSlug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('call');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await res.text();
    expect(html).toContain('<html lang="it">');
    expect(html).toContain('<title>Voucher vetrine digitali · Affianco</title>');
    const body = root(html);
    expect(body).toContain('<h1 id="call-title">Voucher vetrine digitali</h1>');
    const text = textOf(body);
    for (const heading of ["Cos'è", 'Chi può chiedere', 'Quanto', 'Fino a quando', 'Dove fare domanda']) expect(text).toContain(heading);
    expect(text).toContain('Un aiuto per portare la bottega online.');
    expect(text).toContain('Micro e piccole imprese.');
    expect(text).toContain('Solo per imprese in Puglia.');
    expect(text).toContain('Negozi e commercio al dettaglio (ATECO 47.11)');
    expect(text).not.toContain('ATECO 2025');
    expect(text).toContain('Fino a 5.000 €');
    expect(text).toContain('Spesa che puoi presentare Non indicato');
    expect(text).toContain('Chiude presto: restano 5 giorni.');
    expect(text).not.toContain('Questo bando è chiuso.');
    expect(body).toMatch(/<a href="https:\/\/www\.example\.gov\.it\/vetrine" rel="external noopener noreferrer" target="_blank"/);
    expect(text).toContain('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 12 luglio 2025');
    expect(body).toContain('href="https://www.dati.gov.it/iodl/2.0/"');
    // It starts light, with the answer it was drawn from under the address the browser asks.
    expect(html).toMatch(/"light":\{"offline":\[/);
    expect(answersOf(html).answers).toHaveProperty(`/api/funding/calls/${soonSlug}?lang=it`);
  });

  it('has its own head: description, canonical, Open Graph and JSON-LD', async () => {
    const html = await (await t.call('GET', `/bandi/${soonSlug}`)).text();
    expect(metaOf(html, 'description')).toBe('Un aiuto per portare la bottega online.');
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(html).toContain(`<link rel="canonical" href="${TEST_BASE_URL}/bandi/${soonSlug}">`);
    expect(metaOf(html, 'og:title')).toBe('Voucher vetrine digitali');
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:url')).toBe(`${TEST_BASE_URL}/bandi/${soonSlug}`);
    expect(metaOf(html, 'og:locale')).toBe('it_IT');
    expect(html).toContain('"@type":"WebPage"');
  });

  it('says "chiuso" when the closing day is past', async () => {
    const res = await t.call('GET', `/bandi/${closedSlug}`);
    expect(res.status).toBe(200);
    const text = textOf(root(await res.text()));
    expect(text).toContain('Questo bando è chiuso. Chiude il 31 dicembre 2025.');
    expect(text).not.toContain('Chiude presto');
    expect(text).toContain('Piccole e media imprese.');
  });

  it('keeps the page of a call the catalogue no longer lists, saying so', async () => {
    const res = await t.call('GET', `/bandi/${goneSlug}`);
    expect(res.status).toBe(200);
    expect(textOf(root(await res.text()))).toContain('non è più nel catalogo nazionale');
  });

  it('draws a signed-in reader’s page in their language', async () => {
    const user = await makeUser(t.db);
    await t.db.execute(`update "user" set locale = 'en' where id = '${user.id}'`);
    const cookie = await t.signIn(user.email);
    const html = await (await t.call('GET', `/bandi/${soonSlug}`, { cookie })).text();
    expect(html).toContain('<html lang="en">');
    const text = textOf(root(html));
    expect(text).toContain('Who can apply');
    expect(text).toContain('Micro and small businesses.');
    expect(text).toContain('Source: Incentivi.gov.it – MIMIT, licence IODL 2.0, data of 12 July 2025');
  });

  it('answers 404 for a call that is not there, drawn as the not-found page', async () => {
    const res = await t.call('GET', '/bandi/non-esiste-999999');
    expect(res.status).toBe(404);
    expect(textOf(root(await res.text()))).toContain("Questo bando non c'è");
  });

  it('lists the calls in the sitemap with the day they last changed, not those no longer listed', async () => {
    const xml = await (await t.call('GET', '/sitemap.xml')).text();
    const [row] = await t.db.select({ updatedAt: fundingCall.updatedAt }).from(fundingCall).where(eq(fundingCall.slug, closedSlug));
    expect(xml).toContain(`<url><loc>${TEST_BASE_URL}/bandi/${closedSlug}</loc><lastmod>${row!.updatedAt.toISOString()}</lastmod></url>`);
    expect(xml).toContain(`<loc>${TEST_BASE_URL}/bandi/${soonSlug}</loc>`);
    expect(xml).not.toContain(`/bandi/${goneSlug}<`);
    expect(xml.match(/\/bandi\//g)).toHaveLength(369);
  });
});
