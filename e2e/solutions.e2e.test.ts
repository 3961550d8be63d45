import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ seedDemo: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('the vetted solutions', () => {
  it('opens the catalogue and a solution, recomputes the cost as one types, and compares two', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await page.goto('/soluzioni?need=finance');
      await visible(page.getByRole('heading', { level: 1, name: 'Soluzioni provate' }));
      await expectNoAxeViolations(page, 'solutions-catalogue');
      await expectNoSideScroll(page, 'solutions-catalogue');
      await screenshot(page, 'solutions-catalogue-360');

      await page.getByRole('link', { name: 'POS della banca con canone' }).click();
      await atPath(page, '/soluzioni/pos-con-canone');
      const firstYear = page.getByTestId('cost-first-year');
      await visible(firstYear);
      const before = await firstYear.textContent();
      await page.getByLabel('Quanto incassi in un mese?').fill('20000');
      await expect.poll(() => firstYear.textContent()).not.toBe(before);
      expect(await firstYear.textContent()).toContain('1620');
      await expectNoAxeViolations(page, 'solution-page');
      await screenshot(page, 'solution-page-360');

      await page.goto('/soluzioni?need=finance');
      await page.getByRole('listitem').filter({ hasText: 'POS della banca con canone' }).getByLabel('Metti a confronto').check();
      await page.getByRole('listitem').filter({ hasText: 'Lettore di carte senza canone' }).getByLabel('Metti a confronto').check();
      await page.getByRole('button', { name: 'Confronta' }).click();
      await atPath(page, '/soluzioni/confronta');
      await visible(page.getByRole('table'));
      expect(await page.getByTestId('compare-three-years').count()).toBe(2);
      await expectNoAxeViolations(page, 'solutions-compare');
      await screenshot(page, 'solutions-compare-360');
    } finally {
      await ctx.close();
    }
  });
});
