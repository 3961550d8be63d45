import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solution } from '../db/schema/index.js';
import { seedDemoSolutions } from '../services/solutions/seed-demo-solutions.js';
import { seedDemoTraps } from '../services/traps/seed-demo-traps.js';
import { createTestApp, type TTestApp } from '../test/app.js';
import { makeUser } from '../test/factories.js';

// The real build (npm run build:web): web/dist and the server's half in web/dist-ssr.
let t: TTestApp;
const ids = new Map<string, string>();
let admin: { email: string };

const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script id="affianco-rendered"/.exec(html)?.[1] ?? '';
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
  admin = await makeUser(t.db, { isAdmin: true });
  await seedDemoSolutions(t.db);
  await seedDemoTraps(t.db);
  for (const r of await t.db.select({ id: solution.id, slug: solution.slug }).from(solution)) ids.set(r.slug, r.id);
});
afterAll(() => t.close());

describe('the solutions pages drawn by the server, readable without JavaScript', () => {
  it('the catalogue lists the demo solutions, filtered by need with a GET form', async () => {
    const res = await t.call('GET', '/soluzioni?need=ecommerce');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('solutions');
    const body = root(await res.text());
    expect(body).toContain('method="get"');
    const text = textOf(body);
    expect(text).toContain('Negozio online in abbonamento');
    expect(text).toContain('Vendere su un grande marketplace');
    expect(text).not.toContain('Copia dei dati su un disco esterno');
    expect(textOf(root(await (await t.call('GET', '/soluzioni')).text()))).toContain('15 soluzioni');
  });

  it("a solution's page says who it is not for, data, hours, contract, exit, portability and the honest cost", async () => {
    const res = await t.call('GET', '/soluzioni/pos-con-canone');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>POS della banca con canone · Affianco</title>');
    const text = textOf(root(html));
    for (const words of ['Non fa per te se', "I dati restano nell'Unione europea", 'Contratto di almeno 24 mesi', 'Per disdire: 90 giorni di preavviso', 'Puoi portare via i tuoi dati?', 'È un esempio', 'usata da 0 imprese']) expect(text).toContain(words);
    // Default volumes: 8,000 € a month, half by card → 15 × 12 + 1.2% × 4,000 × 12 = 756 €.
    expect(text).toMatch(/Il primo anno ?: 756 €/);
    // The trap met with it, linked from its page (issue 16, point 5).
    expect(text).toContain('Attenzione a');
    expect(root(html)).toContain('href="/attenzione/contratto-pos-48-mesi"');
  });

  it('the volumes form recomputes on the server (GET), without JavaScript', async () => {
    const text = textOf(root(await (await t.call('GET', '/soluzioni/pos-con-canone?takings=20000&cardPercent=50')).text()));
    // 15 × 12 + 1.2% × 10,000 × 12 = 1,620 €.
    expect(text).toMatch(/Il primo anno ?: 1620 €/);
  });

  it('an unknown solution is the not-found page with 404', async () => {
    const res = await t.call('GET', '/soluzioni/non-esiste');
    expect(res.status).toBe(404);
    expect(textOf(root(await res.text()))).toContain('Soluzione non trovata');
  });

  it('compares two side by side over three years, and refuses a fourth next to the choice', async () => {
    const two = `id=${ids.get('pos-con-canone')}&id=${ids.get('lettore-carte-senza-canone')}`;
    const text = textOf(root(await (await t.call('GET', `/soluzioni/confronta?${two}`)).text()));
    expect(text).toContain('POS della banca con canone');
    expect(text).toContain('Lettore di carte senza canone');
    expect(text).toContain('La più economica');
    const four = ['pos-con-canone', 'lettore-carte-senza-canone', 'cassa-in-cloud', 'backup-nel-cloud'].map((s) => `id=${ids.get(s)}`).join('&');
    const refused = textOf(root(await (await t.call('GET', `/soluzioni/confronta?${four}`)).text()));
    expect(refused).toContain('Puoi confrontare al massimo 3 soluzioni alla volta');
  });

  it('the sitemap lists the catalogue and each solution', async () => {
    const xml = await (await t.call('GET', '/sitemap.xml')).text();
    expect(xml).toContain('/soluzioni</loc>');
    expect(xml).toContain('/soluzioni/scheda-sulle-mappe</loc>');
  });

  it('exports the catalogue as CSV', async () => {
    const res = await t.call('GET', '/api/solutions/export?format=csv');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Lettore di carte senza canone');
  });

  it("draws a signed-in reader's own part too (here the admin's edit link), and keeps it out of a visitor's page", async () => {
    const cookie = await t.signIn(admin.email);
    const res = await t.call('GET', '/soluzioni/pos-con-canone', { cookie });
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const html = await res.text();
    expect(html).toContain('/api/solutions/pos-con-canone/mine');
    expect(textOf(root(html))).toContain('Modifica POS della banca con canone');
    const visitor = await (await t.call('GET', '/soluzioni/pos-con-canone')).text();
    expect(visitor).not.toContain('/mine');
    expect(textOf(root(visitor))).not.toContain('Modifica POS');
    // The API's answer: shared for a minute with visitors, always fresh for the signed-in.
    expect((await t.call('GET', '/api/solutions/pos-con-canone')).headers.get('cache-control')).toBe('public, max-age=60');
    expect((await t.call('GET', '/api/solutions/pos-con-canone', { cookie })).headers.get('cache-control')).toBe('private, no-cache');
  });
});
