/// <reference lib="dom" />
import pg from 'pg';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../src/services/network/demo-data.js';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

const ANGEL = 'angel.milano@demo.affianco.it';
const SHOP_OWNER = 'scarpe@demo.affianco.it';
const SHOP = 'Calzature Esempio (demo)';
const DAIRY = 'Caseificio Cascina Esempio (demo)';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** An ISO date `days` from today. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('the plans an angel follows, at 360 px', () => {
  it('the angel sees them on the home, what needs attention first, and opens one', { timeout: 180_000 }, async () => {
    let ownerCtx: BrowserContext | undefined;
    let angelCtx: BrowserContext | undefined;
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      ownerCtx = await newContext(browser, app.baseUrl, MOBILE);
      angelCtx = await newContext(browser, app.baseUrl, MOBILE);
      const angel = await angelCtx.newPage();
      await signInAs(await ownerCtx.newPage(), app.baseUrl, SHOP_OWNER);
      await signInAs(angel, app.baseUrl, ANGEL);
      const post = async (ctx: BrowserContext, path: string, data: unknown) => {
        const res = await ctx.request.post(`${app.baseUrl}${path}`, { data, headers: { origin: app.baseUrl } });
        expect(res.status(), await res.text()).toBeLessThan(300);
        return res.json() as Promise<{ id?: string; plan?: { id: string } }>;
      };

      // The shop owner chooses the Milano angel, who starts the plan with one action.
      const me = (await (await ownerCtx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const shopId = me.businesses.find((b) => b.name === SHOP)!.id;
      const matches = (await (await ownerCtx.request.get(`${app.baseUrl}/api/businesses/${shopId}/matches`)).json()) as { items: { angel: { userId: string; name: string } }[] };
      const angelName = DEMO_MEMBERS.find((m) => m.email === ANGEL)!.name;
      const angelUserId = matches.items.find((m) => m.angel.name === angelName)?.angel.userId;
      expect(angelUserId, 'the Milano angel should be among the matches of the shoe shop').toBeTruthy();
      await post(ownerCtx, `/api/businesses/${shopId}/choose-angel`, { angelUserId });
      const planId = (await post(angelCtx, `/api/businesses/${shopId}/plan`, {})).plan!.id;
      const goalId = (await post(angelCtx, `/api/plans/${planId}/goals`, { title: 'Farsi trovare su internet', indicator: { name: 'recensioni', unit: 'recensioni', baseline: 2, target: 20, byDate: inDays(90) } })).id;
      const actionId = (await post(angelCtx, `/api/plans/${planId}/actions`, { goalId, title: 'Aprire la scheda su Google', owner: 'angel', dueDate: inDays(7) })).id;

      // Time passes: the action is now late (the API refuses a due date in the past, so the date moves here).
      await db.query(`update plan_action set due_date = current_date - 3 where id = $1`, [actionId]);
      // The coordinator gives the angel the dairy as well; its plan is not started yet.
      await db.query(
        `insert into assignment (business_id, angel_user_id, sportello_id)
         select b.id, u.id, b.sportello_id from business b, "user" u where b.name = $1 and u.email = $2`,
        [DAIRY, ANGEL],
      );

      // On the home: the late plan first, then the one to start.
      await angel.goto('/angel');
      const plans = angel.getByRole('region', { name: 'I tuoi piani' });
      await visible(plans.getByRole('link', { name: SHOP }));
      const cards = plans.locator('.plan-card');
      await expect.poll(() => cards.count()).toBe(2);
      await visible(cards.nth(0).getByText('1 azione in ritardo'));
      await visible(cards.nth(0).getByText('0 di 1 azione fatta'));
      await visible(cards.nth(1).getByRole('link', { name: DAIRY }));
      await visible(cards.nth(1).getByText('Piano da iniziare'));
      await expectNoAxeViolations(angel, 'angel home with plans');
      await expectNoSideScroll(angel, 'angel home with plans');
      await screenshot(angel, 'plan-list-360-01-angel-home');

      // One tap opens the plan.
      await plans.getByRole('link', { name: SHOP }).click();
      await atPath(angel, `/piano/${shopId}`);
      await visible(angel.getByText('Aprire la scheda su Google'));
      await screenshot(angel, 'plan-list-360-02-plan');

      // "I piani" in the menu: for an angel, the whole list, in the same order.
      await angel.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name: 'I piani' }).click();
      await atPath(angel, '/piano');
      const all = angel.getByRole('region', { name: 'I piani che segui' });
      await visible(all.getByRole('link', { name: SHOP }));
      await expect.poll(() => all.locator('.plan-card').count()).toBe(2);
      await visible(all.locator('.plan-card').nth(0).getByText('1 azione in ritardo'));
      await expectNoAxeViolations(angel, 'plan list page');
      await screenshot(angel, 'plan-list-360-03-all-plans');
      expectNoCspViolations(angel, 'angel home and plan');
    } finally {
      await db.end();
      await ownerCtx?.close();
      await angelCtx?.close();
    }
  });
});
