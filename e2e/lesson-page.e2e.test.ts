import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, untilInPage, visible } from './support/page.js';

// A lesson read on a phone: found with a typo, marked useful, read without JavaScript, reopened
// with no signal. The demo seeds the 36 lessons; the entrepreneur is the demo bakery's owner.
const LESSON = 'Usare un assistente di intelligenza artificiale per rispondere ai clienti';
const LESSON_PATH = '/lezioni/assistente-ai-per-le-risposte';
const BAKER = 'forno@demo.affianco.it';

let app: TTestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('reading a lesson', () => {
  it('finds "intelligenza artificale" on /lezioni, opens it, and marks "Mi è servita"', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, BAKER);
      await page.goto('/lezioni');
      await visible(page.getByRole('heading', { level: 1, name: 'Lezioni' }));
      // Typed once the app has taken over the drawn page, so the search is the app's.
      await page.waitForLoadState('networkidle');
      await page.getByLabel('Cosa vuoi imparare?').fill('intelligenza artificale');
      await page.getByRole('button', { name: 'Cerca' }).click();
      await page.waitForURL(/q=intelligenza\+artificale/);
      await visible(page.getByText('Forse cercavi «intelligenza artificiale»?'), 20_000);
      await expectNoAxeViolations(page, 'library results');
      await expectNoSideScroll(page, 'library results');
      await screenshot(page, 'lesson-01-library');

      await page.getByRole('link', { name: LESSON }).click();
      await atPath(page, LESSON_PATH);
      await visible(page.getByRole('heading', { level: 1, name: LESSON }));
      await visible(page.getByText('Sii il primo a dire che ti è servita.'));
      const helpful = page.getByRole('button', { name: 'Mi è servita' });
      await helpful.click();
      await visible(page.getByText('Utile per 1 imprenditore'));
      expect(await helpful.getAttribute('aria-pressed')).toBe('true');
      await expectNoAxeViolations(page, 'lesson page');
      await expectNoSideScroll(page, 'lesson page');
      await screenshot(page, 'lesson-02-marked');

      // Drawn by the server with the mark on it, and taken over as drawn.
      await page.reload();
      await visible(page.getByText('Utile per 1 imprenditore'));
      await page.waitForLoadState('networkidle');
      expectSameAsServer(page, 'lesson page, reloaded');
      expectNoCspViolations(page, 'lesson page');
      const whatsapp = page.getByRole('link', { name: 'Manda su WhatsApp' });
      expect(await whatsapp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/\?text=Usare%20un%20assistente.*%2Flezioni%2Fassistente-ai-per-le-risposte$/);
      expect(await whatsapp.getAttribute('rel')).toContain('noopener');
    } finally {
      await ctx.close();
    }
  });

  it('starts without the app, and loads it when the reader taps what needs it, passing the tap on', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await page.goto(LESSON_PATH);
      await visible(page.getByRole('heading', { level: 1, name: LESSON }));
      await page.waitForLoadState('networkidle');
      const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.name.includes('/assets/')).map((e) => e.name.split('/').pop()!));
      // Only the light start ran: the page is read, its links and forms work, nothing else loaded.
      expect((await scripts()).some((name) => name.startsWith('app-'))).toBe(false);
      await page.getByRole('button', { name: 'Copia il link' }).click();
      // The tap waited for the app, then reached the button: its answer is on the page.
      await visible(page.getByText(/Link copiato\.|Non riusciamo a copiare\. Il link è: /), 30_000);
      expect((await scripts()).some((name) => name.startsWith('app-'))).toBe(true);
      expectSameAsServer(page, 'lesson page, taken over on the first tap');
      // From now on the app runs the page: the language switch answers at once.
      await page.getByRole('button', { name: 'EN' }).click();
      await visible(page.getByRole('link', { name: 'All lessons' }));
    } finally {
      await ctx.close();
    }
  });

  it('reads and searches with JavaScript off', async () => {
    const ctx = await browser.newContext({ baseURL: app.baseUrl, viewport: MOBILE, javaScriptEnabled: false, locale: 'it-IT' });
    try {
      const page = await ctx.newPage();
      await page.goto('/lezioni');
      await page.getByLabel('Cosa vuoi imparare?').fill('intelligenza artificale');
      await page.getByRole('button', { name: 'Cerca' }).click();
      await page.waitForURL(/q=intelligenza\+artificale/);
      await page.getByRole('link', { name: LESSON }).click();
      await page.waitForURL(`**${LESSON_PATH}`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(LESSON);
      expect((await page.locator('.lesson-body').textContent())!.length).toBeGreaterThan(500);
      expect(await page.title()).toBe(`${LESSON} · Affianco`);
      await screenshot(page, 'lesson-03-no-js');
    } finally {
      await ctx.close();
    }
  });

  it('reopens an opened lesson with no signal, and lists it on /lezioni as saved', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await page.goto(LESSON_PATH);
      await visible(page.getByRole('heading', { level: 1, name: LESSON }));
      // The service worker keeps the page once it is running and the page asked it to.
      await untilInPage(
        page,
        async (path) => {
          if (!navigator.serviceWorker.controller) return false;
          const cache = await caches.open('affianco-lessons-v1');
          const assets = await (await caches.open('affianco-assets-v2')).keys();
          return Boolean(await cache.match(new URL(path, location.origin).href)) && assets.some((r) => r.url.includes('library-page'));
        },
        LESSON_PATH,
      );
      await ctx.setOffline(true);
      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: LESSON }));
      await visible(page.getByText('Sei offline: questa lezione è salvata sul telefono.'));
      expectSameAsServer(page, 'lesson page, the copy kept on the phone');
      await screenshot(page, 'lesson-04-offline');

      await page.getByRole('link', { name: 'Tutte le lezioni' }).first().click();
      await visible(page.getByRole('heading', { name: 'Sei offline' }));
      await visible(page.getByRole('link', { name: LESSON }));
      await expectNoAxeViolations(page, 'library offline');
      await screenshot(page, 'lesson-05-offline-list');
      await ctx.setOffline(false);
    } finally {
      await ctx.close();
    }
  });
});
