import crypto from 'node:crypto';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trapWarning } from '../db/schema/index.js';
import { seedDemoTraps } from '../services/traps/seed-demo-traps.js';
import { ascoltoBody } from '../test/ascolto-body.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../test/app.js';
import { addMember, makeSportello, makeUser } from '../test/factories.js';

// The real build (npm run build:web): web/dist and the server's half in web/dist-ssr.
let t: TTestApp;
let proposalSlug = '';

const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script id="affianco-rendered"/.exec(html)?.[1] ?? '';
const metaOf = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
  await seedDemoTraps(t.db);
  const desk = await makeSportello(t.db, ['098']);
  const angel = await makeUser(t.db);
  await addMember(t.db, angel.id, desk.id, 'angel');
  proposalSlug = `proposta-${crypto.randomBytes(3).toString('hex')}`;
  await t.db.insert(trapWarning).values({ slug: proposalSlug, title: 'Una proposta nascosta', summary: 'Non ancora pubblicata, non deve vedersi.', recognise: 'a', askBefore: 'b', ifSigned: 'c', cues: ['nascosta'], areas: ['finance'], sportelloId: desk.id, authorUserId: angel.id });
});
afterAll(() => t.close());

describe('the "Attenzione a" pages drawn by the server', () => {
  it('lists the published warnings, readable without JavaScript', async () => {
    const res = await t.call('GET', '/attenzione');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('traps');
    const html = await res.text();
    expect(html).toContain('<title>Attenzione a · Affianco</title>');
    const text = textOf(root(html));
    expect(text).toContain('Il contratto del POS di 48 mesi');
    expect(text).toContain('Le recensioni comprate');
    expect(text).not.toContain('Una proposta nascosta');
    expect(root(html)).toContain('href="/attenzione/contratto-pos-48-mesi"');
  });

  it('draws one warning with how to recognise it, what to ask, what to do if signed, and its head', async () => {
    const res = await t.call('GET', '/attenzione/contratto-pos-48-mesi');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await res.text();
    const body = root(html);
    expect(body).toContain('<h1 id="trap-title">Il contratto del POS di 48 mesi</h1>');
    const text = textOf(body);
    for (const heading of ['Come riconoscerla', 'Cosa chiedere prima di firmare', 'Se hai già firmato']) expect(text).toContain(heading);
    expect(text).toContain('Il contratto dura 48 mesi');
    expect(html).toContain(`<link rel="canonical" href="${TEST_BASE_URL}/attenzione/contratto-pos-48-mesi">`);
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'description')).toMatch(/^Il POS \(la macchinetta/);
  });

  it('answers 404 for a warning that is not there and for a proposal, drawn as the not-found page', async () => {
    for (const slug of ['non-esiste', proposalSlug]) {
      const res = await t.call('GET', `/attenzione/${slug}`);
      expect(res.status).toBe(404);
      expect(textOf(root(await res.text()))).toContain("Questo avviso non c'è");
    }
  });

  it('puts the list and every published warning in the sitemap, not proposals; keeps the editor out of robots', async () => {
    const xml = await (await t.call('GET', '/sitemap.xml')).text();
    expect(xml).toContain(`<loc>${TEST_BASE_URL}/attenzione</loc>`);
    expect(xml.match(/\/attenzione\/[a-z0-9-]+<\/loc>/g)).toHaveLength(6);
    expect(xml).not.toContain(proposalSlug);
    expect(await (await t.call('GET', '/robots.txt')).text()).toContain('Disallow: /attenzione/gestisci');
  });
});

describe('the plan’s "Attenzione a"', () => {
  it('gives the business the warnings its ascolto spoke of, then those of the areas it chose; 404 to others', async () => {
    const owner = await makeUser(t.db);
    const cookie = await t.signIn(owner.email);
    const sent = await t.call('POST', '/api/intake/requests', {
      cookie,
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: ascoltoBody({ text: 'Il gestionale non mi lascia esportare i dati dei clienti.', chosenAreas: ['finance'], contact: { kind: 'account', email: owner.email } }),
    });
    const { businessId } = (await sent.json()) as { businessId: string };
    const res = await t.call('GET', `/api/businesses/${businessId}/traps`, { cookie });
    expect(res.status).toBe(200);
    const view = (await res.json()) as { spoken: { slug: string }[]; items: { slug: string }[] };
    expect(view.spoken.map((s) => s.slug)).toEqual(['gestionale-senza-esportazione']);
    expect(view.items.map((s) => s.slug).sort()).toEqual(['contratto-pos-48-mesi', 'preventivo-costi-nascosti']);
    const stranger = await t.signIn((await makeUser(t.db)).email);
    expect((await t.call('GET', `/api/businesses/${businessId}/traps`, { cookie: stranger })).status).toBe(404);
    const [row] = await t.db.select({ id: trapWarning.id }).from(trapWarning).where(eq(trapWarning.slug, proposalSlug));
    expect(row).toBeDefined();
  });
});
