import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { region } from '../db/schema/index.js';
import type { TActor } from '../domain/network/actor.js';
import { REGIONS } from '../shared/regions.js';
import { createThread } from '../services/community/threads/create-thread.js';
import { replyToThread } from '../services/community/threads/reply.js';
import { markSolved } from '../services/community/threads/solve.js';
import { loadThread } from '../services/community/threads/thread-access.js';
import { createTestApp, TEST_BASE_URL, type TTestApp } from '../test/app.js';
import { addMember, makeSportello, makeUser } from '../test/factories.js';

// The real build (npm test builds it first): web/dist and the server's half in web/dist-ssr.
let t: TTestApp;
let slug = '';
let bakerySlug = '';
let barSlug = '';

const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script id="affianco-rendered"/.exec(html)?.[1] ?? '';
const metaOf = (html: string, key: string) => new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)">`).exec(html)?.[1];
const actorOf = (userId: string, memberships: TActor['memberships'] = []): TActor => ({ userId, isAdmin: false, memberships, businessIds: [], assignedBusinessIds: [] });

beforeAll(async () => {
  t = await createTestApp({ webDist: path.resolve('web/dist') });
  const bari = await makeSportello(t.db, ['072']);
  const asker = await makeUser(t.db, { name: 'Rosa Fornaia' });
  const angel = await makeUser(t.db, { name: 'Angela Prova' });
  await addMember(t.db, angel.id, bari.id, 'angel');
  const created = await createThread(t.db, actorOf(asker.id), { kind: 'question', title: 'Come mi faccio trovare su Google Maps?', body: 'Ho un forno ad **Altamura** e su Google Maps non compaio.', area: 'communication', regionCode: '16' }, 'it');
  slug = created.slug;
  const reply = await replyToThread(t.db, actorOf(angel.id, [{ sportelloId: bari.id, role: 'angel' }]), created.id, { body: 'Apri la scheda e scegli la categoria «Panificio».' }, { isModerator: false, locale: 'it' });
  await markSolved(t.db, await loadThread(t.db, { id: created.id }), reply.id, asker.id);
  // Two more askers (posting limits are per person): one bakery in Puglia, one bar in Lombardia.
  const baker = await makeUser(t.db, { name: 'Nino Forno' });
  const barista = await makeUser(t.db, { name: 'Lia Bar' });
  bakerySlug = (await createThread(t.db, actorOf(baker.id), { kind: 'question', title: 'Vendo il pane anche online?', body: 'Il mio forno è piccolo, ma in tanti chiedono.', area: 'ecommerce', sector: 'produzione-alimentare', regionCode: '16' }, 'it')).slug;
  barSlug = (await createThread(t.db, actorOf(barista.id), { kind: 'question', title: 'Apro il bar anche la sera?', body: 'In centro a Lodi la sera c’è poca gente.', area: 'ecommerce', sector: 'bar-ristorante', regionCode: '03' }, 'it')).slug;
});
afterAll(() => t.close());

describe('community pages drawn by the server', () => {
  it('draws a thread for a visitor without JavaScript: title, description, share preview, the solved reply, a sign-in link', async () => {
    const res = await t.call('GET', `/comunita/${slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('thread');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const html = await res.text();
    expect(html).toContain('<title>Come mi faccio trovare su Google Maps? · Affianco</title>');
    expect(metaOf(html, 'description')).toBe('Ho un forno ad Altamura e su Google Maps non compaio.');
    expect(metaOf(html, 'og:title')).toBe('Come mi faccio trovare su Google Maps?');
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'og:url')).toBe(`${TEST_BASE_URL}/comunita/${slug}`);
    const body = root(html);
    expect(body).toContain('<h1 id="thread-h">Come mi faccio trovare su Google Maps?</h1>');
    expect(body).toContain('<strong>Altamura</strong>');
    expect(body).toContain('La risposta che ha risolto');
    expect(body).toContain('Digital Angel');
    expect(body).toContain(`/accedi?next=${encodeURIComponent(`/comunita/${slug}`)}`);
    expect(body).not.toMatch(/@example\.test/);
  });

  it('draws the list with its search form working without JavaScript', async () => {
    const res = await t.call('GET', '/comunita?q=google');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('community');
    const body = root(await res.text());
    expect(body).toContain('action="/comunita"');
    expect(body).toContain(`href="/comunita/${slug}"`);
    expect(body).toContain('Risolto');
  });

  it('filters the list by sector and region from the address, without JavaScript, keeping the choices in the form', async () => {
    const res = await t.call('GET', '/comunita?settore=produzione-alimentare&regione=16');
    expect(res.status).toBe(200);
    const body = root(await res.text());
    expect(body).toContain(`href="/comunita/${bakerySlug}"`);
    expect(body).not.toContain(`href="/comunita/${barSlug}"`);
    // Google Maps is in Puglia too, but has no sector: the sector filter leaves it out.
    expect(body).not.toContain(`href="/comunita/${slug}"`);
    expect(body).toMatch(/<select id="community-sector" name="settore">[\s\S]*?<option value="produzione-alimentare" selected="">Forno, pasticceria e produzione alimentare<\/option>/);
    expect(body).toMatch(/<select id="community-region" name="regione">[\s\S]*?<option value="16" selected="">Puglia<\/option>/);
    expect(body).toContain('<label for="community-sector">Settore</label>');

    const lombardy = root(await (await t.call('GET', '/comunita?regione=03&settore=')).text());
    expect(lombardy).toContain(`href="/comunita/${barSlug}"`);
    expect(lombardy).not.toContain(`href="/comunita/${bakerySlug}"`);
    // An unknown sector is dropped, as the library drops unknown filters: the whole list.
    const unknown = root(await (await t.call('GET', '/comunita?settore=astronavi')).text());
    expect(unknown).toContain(`href="/comunita/${barSlug}"`);
    expect(unknown).toContain(`href="/comunita/${bakerySlug}"`);
  });

  it('offers the regions the reference data knows, by the same ISTAT codes', async () => {
    const rows = await t.db.select({ code: region.code }).from(region).orderBy(region.code);
    expect(rows.map((r) => r.code)).toEqual(REGIONS.map((r) => r.code));
  });

  it('answers 404 for a thread that is not there, drawn as the not-found page', async () => {
    const res = await t.call('GET', '/comunita/non-esiste-abcde');
    expect(res.status).toBe(404);
  });

  it('lists the community and its threads in the sitemap', async () => {
    const xml = await (await t.call('GET', '/sitemap.xml')).text();
    expect(xml).toContain(`<loc>${TEST_BASE_URL}/comunita</loc>`);
    expect(xml).toContain(`<loc>${TEST_BASE_URL}/comunita/${slug}</loc>`);
  });
});
