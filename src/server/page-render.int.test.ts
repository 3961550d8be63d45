import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignment, user } from '../db/schema/index.js';
import { createTestApp, type TTestApp } from '../test/app.js';
import { makeAngel, makeBusiness, makeSportello, makeUser } from '../test/factories.js';

// The real build (npm test builds it first): web/dist and the server's half in web/dist-ssr.
const webDist = path.resolve('web/dist');
const inAMonth = () => new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
const GOAL = 'Margine sul formaggio dal 10% al 25% </script><script>alert(1)</script>';

let t: TTestApp;
let businessId: string;
let angelCookie: string;
let ownerCookie: string;
let outsiderCookie: string;
let angelId: string;

const root = (html: string) => /<div id="root">([\s\S]*?)<\/div><script id="affianco-rendered"/.exec(html)?.[1];
const answers = (html: string) => {
  const json = /<script id="affianco-rendered" type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
  return json ? (JSON.parse(json) as { lang: string; answers: Record<string, { goals?: { title: string }[] }> }) : null;
};

/** A business in its own sportello, its assigned angel, and a plan with one goal and one action. */
async function planWithAngel(app: TTestApp) {
  const sportelloId = (await makeSportello(app.db, ['098'])).id;
  const owner = await makeUser(app.db);
  const business = (await makeBusiness(app.db, owner.id, sportelloId, '098031')).id;
  const angel = await makeAngel(app.db, sportelloId);
  await app.db.insert(assignment).values({ businessId: business, angelUserId: angel.id, sportelloId });
  const cookie = await app.signIn(angel.email);
  const plan = (await (await app.call('POST', `/api/businesses/${business}/plan`, { cookie })).json()) as { plan: { id: string } };
  const goal = await app.call('POST', `/api/plans/${plan.plan.id}/goals`, {
    cookie,
    body: { title: GOAL, indicator: { name: 'margine', unit: '%', baseline: 10, target: 25, byDate: inAMonth() } },
  });
  const { id: goalId } = (await goal.json()) as { id: string };
  await app.call('POST', `/api/plans/${plan.plan.id}/actions`, { cookie, body: { goalId, title: 'Vendita diretta al mercato del sabato', owner: 'entrepreneur', dueDate: inAMonth() } });
  return { businessId: business, angelId: angel.id, angelCookie: cookie, ownerCookie: await app.signIn(owner.email) };
}

beforeAll(async () => {
  t = await createTestApp({ webDist });
  ({ businessId, angelId, angelCookie, ownerCookie } = await planWithAngel(t));
  const elsewhere = (await makeSportello(t.db, ['015'])).id;
  outsiderCookie = await t.signIn((await makeAngel(t.db, elsewhere)).email);
});
afterAll(() => t.close());

describe('the plan page drawn on the server', () => {
  it('comes with the plan on it for the assigned angel, with the answers the app takes over and no early requests', async () => {
    const res = await t.call('GET', `/piano/${businessId}`, { cookie: angelCookie });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-affianco-rendered')).toBe('plan');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    const html = await res.text();
    const markup = root(html)!;
    // Whose plan: the business in the heading and in the title, as the app then writes them.
    expect(markup).toContain('>Il piano di rilancio di Bottega di prova</h1>');
    expect(html).toContain('<title>Il piano di rilancio di Bottega di prova · Affianco</title>');
    expect(markup).toContain('Vendita diretta al mercato del sabato');
    expect(html).toContain('<html lang="it">');
    expect(html).not.toContain('early-requests.js');
    expect(html).not.toContain('rel="preload" as="fetch"');
    expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/plan-page-[^"]+\.js">/);
    // The title's own </script> cannot end the data early: it is escaped, and reads back whole.
    expect(html.match(/<\/script>/g)!.length).toBe((html.match(/<script/g) ?? []).length);
    const data = answers(html)!;
    expect(data.lang).toBe('it');
    expect(data.answers[`/api/businesses/${businessId}/plan`]!.goals![0]!.title).toBe(GOAL);
    expect(Object.keys(data.answers)).toEqual(['/api/me', `/api/businesses/${businessId}/plan`]);
  });

  it("draws the entrepreneur's own /piano with their plan; an angel's /piano (a list) stays the shell", async () => {
    const res = await t.call('GET', '/piano', { cookie: ownerCookie });
    expect(res.headers.get('x-affianco-rendered')).toBe('plan');
    const html = await res.text();
    expect(root(html)).toContain('Vendita diretta al mercato del sabato');
    expect(Object.keys(answers(html)!.answers)).toEqual(['/api/me', `/api/businesses/${businessId}/plan`]);

    const list = await t.call('GET', '/piano', { cookie: angelCookie });
    expect(list.headers.get('x-affianco-rendered')).toBeNull();
    expect(await list.text()).toContain('<div id="root"></div>');
  });

  it('is in the language the person chose', async () => {
    await t.db.update(user).set({ locale: 'en' }).where(eq(user.email, (await (await t.call('GET', '/api/me', { cookie: ownerCookie })).json() as { user: { email: string } }).user.email));
    const html = await (await t.call('GET', `/piano/${businessId}`, { cookie: ownerCookie })).text();
    expect(html).toContain('<html lang="en">');
    expect(root(html)).toContain('>The relaunch plan of Bottega di prova</h1>');
    expect(answers(html)!.lang).toBe('en');
  });

  it('is the plain app shell, with nothing of the plan, for a visitor, an angel of another sportello and an angel whose assignment ended', async () => {
    const shell = async (cookie?: string) => {
      const res = await t.call('GET', `/piano/${businessId}`, cookie ? { cookie } : {});
      expect(res.status).toBe(200);
      expect(res.headers.get('x-affianco-rendered')).toBeNull();
      const html = await res.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('affianco-rendered');
      expect(html).not.toContain('formaggio');
      expect(html).toContain('early-requests.js');
    };
    await shell();
    await shell(outsiderCookie);
    await shell('better-auth.session_token=forged');
    await t.db.update(assignment).set({ endedAt: new Date() }).where(eq(assignment.angelUserId, angelId));
    await shell(angelCookie);
  });

  it('is the plain shell on other pages, and when the server half of the build is missing', async () => {
    const other = await (await t.call('GET', '/incontri', { cookie: ownerCookie })).text();
    expect(other).toContain('<div id="root"></div>');

    const bare = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-dist-'));
    const dist = path.join(bare, 'dist');
    fs.mkdirSync(dist);
    fs.copyFileSync(path.join(webDist, 'index.html'), path.join(dist, 'index.html'));
    const alone = await createTestApp({ webDist: dist });
    try {
      const there = await planWithAngel(alone);
      const html = await (await alone.call('GET', `/piano/${there.businessId}`, { cookie: there.angelCookie })).text();
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('formaggio');
    } finally {
      await alone.close();
      fs.rmSync(bare, { recursive: true, force: true });
    }
  });
});
