import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

// A question asked on a phone by the demo bakery's owner, answered by Bari's angel, marked
// "Risolto" by the asker, then read with JavaScript off.
const BAKER = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const TITLE = 'Quanto devo far pagare le consegne a domicilio?';
const ANSWER = 'Calcola quanto ti costa un giro: benzina e tempo. Poi chiedi 2 euro sotto i 20 euro di spesa.';

let app: TTestApp;
let browser: Browser;
let threadPath = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('a question in the community', () => {
  it('is asked on a phone by an entrepreneur', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, BAKER);
      await page.goto('/comunita');
      await visible(page.getByRole('heading', { level: 1, name: 'Comunità' }));
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page, 'community list');
      await expectNoSideScroll(page, 'community list');
      await page.getByRole('link', { name: 'Fai una domanda' }).click();
      await atPath(page, '/comunita/nuova');
      await visible(page.getByText('Un esempio'));
      await page.getByLabel('Il titolo, in una frase').fill(TITLE);
      await page.getByLabel('Di cosa parla?').selectOption('finance');
      await page.getByLabel('Racconta', { exact: true }).fill('Ho un panificio. Alcuni clienti anziani vogliono il pane a casa. Quanto chiedo per la consegna?');
      await expectNoAxeViolations(page, 'new thread');
      await screenshot(page, 'community-01-ask');
      await page.getByRole('button', { name: 'Manda la domanda' }).click();
      await page.waitForURL(/\/comunita\/quanto-devo-far-pagare-le-consegne-a-domicilio-[a-z0-9]+$/);
      threadPath = new URL(page.url()).pathname;
      await visible(page.getByRole('heading', { level: 1, name: TITLE }));
      await visible(page.getByText('Nessuno ha ancora risposto.', { exact: false }));
      await expectNoAxeViolations(page, 'thread, just asked');
      await expectNoSideScroll(page, 'thread, just asked');
    } finally {
      await ctx.close();
    }
  });

  it('gets an angel’s reply, which the asker marks "Risolto"', async () => {
    const angelCtx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await angelCtx.newPage();
      await signInAs(page, app.baseUrl, ANGEL);
      await page.goto(threadPath);
      await visible(page.getByRole('heading', { level: 1, name: TITLE }));
      await page.waitForLoadState('networkidle');
      // The app runs the page first (a reply typed before that is the next tests' case).
      await page.getByLabel('La tua risposta').focus();
      await page.waitForFunction(() => Object.keys(document.getElementById('reply-body') ?? {}).some((k) => k.startsWith('__react')), null, { timeout: 30_000 });
      await page.getByLabel('La tua risposta').fill(ANSWER);
      await page.getByRole('button', { name: 'Manda la risposta' }).click();
      await visible(page.locator('.community-replies').getByText(ANSWER));
    } finally {
      await angelCtx.close();
    }
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, BAKER);
      await page.goto(threadPath);
      await visible(page.getByText(ANSWER));
      await page.waitForLoadState('networkidle');
      await page.getByRole('button', { name: 'Questa mi ha risolto il problema' }).click();
      await visible(page.getByText('La risposta che ha risolto', { exact: true }).first());
      await visible(page.getByRole('button', { name: 'Togli «Risolto»' }));
      await expectNoAxeViolations(page, 'thread, solved');
      await expectNoSideScroll(page, 'thread, solved');
      await screenshot(page, 'community-02-solved');
    } finally {
      await ctx.close();
    }
  });

  it('is read with JavaScript off, the solution right under the question', async () => {
    const ctx = await browser.newContext({ baseURL: app.baseUrl, viewport: MOBILE, javaScriptEnabled: false, locale: 'it-IT' });
    try {
      const page = await ctx.newPage();
      await page.goto(threadPath);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(TITLE);
      const solution = page.locator('.community-solution');
      expect(await solution.textContent()).toContain(ANSWER);
      expect(await solution.textContent()).toContain('Digital Angel');
      expect(await page.getByRole('link', { name: 'Entra per rispondere' }).getAttribute('href')).toBe(`/accedi?next=${encodeURIComponent(threadPath)}`);
      await page.goto('/comunita?q=consegne');
      await page.getByRole('link', { name: TITLE }).click();
      await page.waitForURL(`**${threadPath}`);
    } finally {
      await ctx.close();
    }
  });

  it('keeps a reply typed while the app is still loading, and sends it through the app', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, 'caseificio@demo.affianco.it');
      // One bar of signal: the app's code takes four seconds to arrive after the first tap
      // (routed on the context, which also sees the service worker's requests).
      await ctx.route('**/assets/app-*.js', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 4000));
        await route.continue();
      });
      await page.goto(threadPath);
      await visible(page.getByRole('heading', { level: 1, name: TITLE }));
      await page.waitForLoadState('networkidle');
      const field = page.getByLabel('La tua risposta');
      await field.click();
      const typed = 'Io faccio pagare 1 euro sotto i 15 euro, e nulla sopra.';
      await page.keyboard.type(typed, { delay: 10 });
      // Still the page as the server drew it: React has not taken the field over yet.
      expect(await field.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__react')))).toBe(false);
      await page.waitForFunction(() => Object.keys(document.getElementById('reply-body') ?? {}).some((k) => k.startsWith('__react')), null, { timeout: 30_000 });
      expect(await field.inputValue()).toBe(typed);
      await page.getByRole('button', { name: 'Manda la risposta' }).click();
      await visible(page.locator('.community-replies').getByText(typed));
      // Sent by the app: the page was not loaded again.
      expect(await field.inputValue()).toBe('');
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    } finally {
      await ctx.close();
    }
  });

  it('takes a reply with JavaScript off, and draws a refused one again with the text and the reason', async () => {
    const ctx = await browser.newContext({ baseURL: app.baseUrl, viewport: MOBILE, javaScriptEnabled: false, locale: 'it-IT' });
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, 'coord.bari@demo.affianco.it');
      await page.goto(threadPath);
      const reply = 'Noi al paese chiediamo 1 euro a consegna, e i clienti sono contenti.';
      await page.getByLabel('La tua risposta').fill(reply);
      await page.getByRole('button', { name: 'Manda la risposta' }).click();
      await page.waitForURL(/#post-[0-9a-f-]{36}$/);
      expect(await page.locator('.community-replies').textContent()).toContain(reply);
      // The same words again at once: refused, the text kept in the field, the reason beside it.
      await page.getByLabel('La tua risposta').fill(reply);
      await page.getByRole('button', { name: 'Manda la risposta' }).click();
      await visible(page.locator('#reply-body-error'));
      expect(await page.getByLabel('La tua risposta').inputValue()).toBe(reply);
      await screenshot(page, 'community-03-no-js-refused');
    } finally {
      await ctx.close();
    }
  });

  it('is filtered by sector and region, with JavaScript and without', async () => {
    const CHEESE = 'Come ho fatto: vendo il formaggio con un gruppo WhatsApp';
    for (const javaScriptEnabled of [true, false]) {
      const ctx = await browser.newContext({ baseURL: app.baseUrl, viewport: MOBILE, javaScriptEnabled, locale: 'it-IT' });
      try {
        const page = await ctx.newPage();
        await page.goto('/comunita');
        if (javaScriptEnabled) await page.waitForLoadState('networkidle');
        await page.getByLabel('Settore').selectOption('produzione-alimentare');
        await page.getByLabel('Regione').selectOption('03');
        await page.getByRole('button', { name: 'Cerca' }).click();
        await page.waitForURL(/\/comunita\?(?=.*settore=produzione-alimentare)(?=.*regione=03)/);
        await visible(page.getByRole('link', { name: CHEESE }));
        expect(await page.getByRole('link', { name: 'Come mi faccio trovare su Google Maps?' }).count()).toBe(0);
        expect(await page.getByLabel('Regione').inputValue()).toBe('03');
        if (javaScriptEnabled) await expectNoAxeViolations(page, 'community list, filtered');
      } finally {
        await ctx.close();
      }
    }
  });
});
