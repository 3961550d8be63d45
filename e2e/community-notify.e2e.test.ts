/// <reference lib="dom" />
import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type TDatabase } from '../src/db/client.js';
import { sportello, user } from '../src/db/schema/index.js';
import { makeReply, makeThread } from '../src/services/community/notify/test-fixtures.js';
import { advanceUnansweredQuestions } from '../src/services/community/notify/unanswered-sweep.js';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

const ENTREPRENEUR = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const COORDINATOR = 'coord.bari@demo.affianco.it';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let database: TDatabase;

const idOf = async (email: string) => (await database.db.select({ id: user.id }).from(user).where(eq(user.email, email)))[0]!.id;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  database = openDatabase(app.databaseUrl, { max: 2 });
  const [bari] = await database.db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-bari'));
  const asker = await idOf(ENTREPRENEUR);
  const helper = await idOf(COORDINATOR);
  const followed = await makeThread(database.db, { authorUserId: asker, sportelloId: bari!.id, title: 'Quanto far pagare la consegna?' });
  await makeReply(database.db, { threadId: followed.id, authorUserId: helper, text: 'Io partirei da due euro in paese.' });
  await makeThread(database.db, { authorUserId: asker, sportelloId: bari!.id, area: 'marketing', title: 'Come mi faccio trovare su Google?', createdAt: new Date(Date.now() - 50 * 3_600_000) });
  await advanceUnansweredQuestions(database.db, new Date());
});

afterAll(async () => {
  await database?.close();
  await browser?.close();
  await app?.close();
});

describe('community notifications on a phone', () => {
  it('shows the unread count in the menu, lists the reply at /notifiche, and marks all read', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    await signInAs(page, app.baseUrl, ENTREPRENEUR);
    await page.goto('/notifiche');
    await visible(page.getByRole('heading', { level: 1, name: 'Notifiche' }));
    await visible(page.getByRole('link', { name: /Nuova risposta in «Quanto far pagare la consegna\?»/ }));
    await visible(page.getByText('Una notifica da leggere.'));
    expect(await page.getByRole('navigation').getByRole('link', { name: /Notifiche/ }).textContent()).toContain('1');
    await expectNoAxeViolations(page, 'notifiche');
    await expectNoSideScroll(page, 'notifiche');
    await screenshot(page, 'community-notify-360-notifiche');
    await page.getByRole('button', { name: 'Segna tutte come lette' }).click();
    await visible(page.getByText('Hai letto tutto.'));

    await page.goto('/account');
    await visible(page.getByRole('heading', { name: 'E-mail della comunità' }));
    await page.getByLabel('Un riepilogo al giorno, al mattino').check();
    await visible(page.getByText('Scelta salvata.'));
    await page.reload();
    await expect.poll(() => page.getByLabel('Un riepilogo al giorno, al mattino').isChecked(), { timeout: 10_000 }).toBe(true);
    await ctx.close();
  });

  it('lets the angel take a waiting question, and shows the coordinator the queue with hours', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    await signInAs(page, app.baseUrl, ANGEL);
    await page.goto('/angel');
    await visible(page.getByRole('heading', { name: 'Domande che aspettano' }));
    await visible(page.getByText('aspetta da 50 ore'));
    await page.getByRole('button', { name: /La prendo io.*Come mi faccio trovare su Google/ }).click();
    await visible(page.getByText(/È tua: rispondi a «Come mi faccio trovare su Google\?» entro/));
    await expectNoAxeViolations(page, 'angel-offers');
    await ctx.close();

    const coordCtx = await newContext(browser, app.baseUrl, MOBILE);
    const coordPage = await coordCtx.newPage();
    await signInAs(coordPage, app.baseUrl, COORDINATOR);
    const [bari] = await database.db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-bari'));
    await coordPage.goto(`/sportelli/${bari!.id}`);
    await visible(coordPage.getByRole('heading', { name: 'Domande senza risposta' }));
    await visible(coordPage.getByRole('cell', { name: '50 ore' }));
    await visible(coordPage.getByRole('cell', { name: /Presa da Rosa Angel/ }));
    await screenshot(coordPage, 'community-notify-360-queue');
    await coordCtx.close();
  });
});
