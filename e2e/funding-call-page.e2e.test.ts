import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { untilInPage, visible } from './support/page.js';

// A call's public page, as someone opens it from a shared link. The demo loads the real
// Incentivi.gov.it snapshot of 12 July 2025: record 3730 closed on 31 December 2025, record 83
// (ON – Oltre Nuove imprese a tasso zero) is "a sportello", open while the funds last.
const CLOSED = '/bandi/interventi-di-credito-agrario-a-breve-termine-regione-abruzz-3730';
const CLOSED_TITLE = 'Interventi di credito agrario a breve termine – Regione Abruzzo - Anno 2025';
const ROLLING = '/bandi/on-oltre-nuove-imprese-a-tasso-zero-83';
const ROLLING_TITLE = 'ON - Oltre Nuove imprese a tasso zero';
const ATTRIBUTION = 'Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 12 luglio 2025';

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

describe("a call's public page", () => {
  it('reads whole with JavaScript off: the five parts, the "chiuso" notice, the official link and the source', async () => {
    const ctx = await browser.newContext({ baseURL: app.baseUrl, viewport: MOBILE, javaScriptEnabled: false, locale: 'it-IT' });
    try {
      const page = await ctx.newPage();
      const res = await page.goto(CLOSED);
      expect(res?.status()).toBe(200);
      await visible(page.getByRole('heading', { level: 1, name: CLOSED_TITLE }));
      for (const name of ["Cos'è", 'Chi può chiedere', 'Quanto', 'Fino a quando', 'Dove fare domanda']) await visible(page.getByRole('heading', { level: 2, name }));
      await visible(page.getByText('Questo bando è chiuso.'));
      await visible(page.getByText('Solo per imprese in Abruzzo.'));
      await visible(page.getByText(ATTRIBUTION));
      const official = page.getByRole('link', { name: 'Vai alla pagina ufficiale del bando' });
      expect(await official.getAttribute('href')).toBe('https://www.regione.abruzzo.it/delibera/9118704/view');
      expect(await official.getAttribute('rel')).toContain('noopener');
      expect(await page.title()).toBe(`${CLOSED_TITLE} · Affianco`);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${app.baseUrl}${CLOSED}`);
      await screenshot(page, 'funding-call-01-no-js-closed');

      const missing = await page.goto('/bandi/non-esiste-999999');
      expect(missing?.status()).toBe(404);
      await visible(page.getByRole('heading', { level: 1, name: "Questo bando non c'è" }));
    } finally {
      await ctx.close();
    }
  });

  it('opens light with JavaScript on, is taken over as drawn once the reader does something, and passes axe', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await page.goto(ROLLING);
      await visible(page.getByRole('heading', { level: 1, name: ROLLING_TITLE }));
      await visible(page.getByText(/^È a sportello/));
      await visible(page.getByText('In tutta Italia.'));
      await visible(page.getByText(ATTRIBUTION));
      await page.waitForLoadState('networkidle');
      const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js') && e.name.includes('/assets/')).map((e) => e.name.split('/').pop()!));
      expect((await scripts()).some((name) => name.startsWith('app-'))).toBe(false);
      await expectNoAxeViolations(page, 'call page, light');
      await expectNoSideScroll(page, 'call page');

      // A key starts the app (ADR 024): it takes the page over with the answer it was drawn from.
      await page.keyboard.press('Tab');
      await untilInPage(page, (path) => Promise.resolve(document.documentElement.dataset.page === path), ROLLING);
      await page.waitForLoadState('networkidle');
      expect((await scripts()).some((name) => name.startsWith('app-'))).toBe(true);
      expectSameAsServer(page, 'call page');
      expectNoCspViolations(page, 'call page');
      await visible(page.getByRole('heading', { level: 1, name: ROLLING_TITLE }));
      await expectNoAxeViolations(page, 'call page, app running');
      const official = page.getByRole('link', { name: 'Vai alla pagina ufficiale del bando' });
      expect(await official.getAttribute('target')).toBe('_blank');
      expect(await official.getAttribute('rel')).toContain('noopener');
      await screenshot(page, 'funding-call-02-rolling');
    } finally {
      await ctx.close();
    }
  });
});
