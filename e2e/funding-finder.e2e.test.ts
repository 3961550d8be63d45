import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

const SHOP_OWNER = 'scarpe@demo.affianco.it';
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

/** Types in the comune box and picks the option with the keyboard (the page has selects too). */
async function chooseComuneIn(page: Page, label: string, text: string, optionLabel: string): Promise<void> {
  const combo = page.getByRole('combobox', { name: label });
  await combo.click();
  await combo.pressSequentially(text, { delay: 40 });
  await visible(page.getByRole('option', { name: new RegExp(`^${optionLabel.replace(/[()]/g, '\\$&')}`) }));
  for (let i = 0; i < 8; i += 1) {
    await combo.press('ArrowDown');
    const activeId = await combo.getAttribute('aria-activedescendant');
    if (!activeId) continue;
    if ((await page.locator(`[id="${activeId}"] .option-name`).textContent()) === optionLabel) {
      await combo.press('Enter');
      return;
    }
  }
  throw new Error(`option ${optionLabel} not reachable with the arrow keys`);
}

describe('the funding finder at 360 px', () => {
  it('a visitor tries it without an account and sees the calls with the source', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      expectNoCspViolations(page, 'funding try');
      await page.goto('/bandi');
      await visible(page.getByRole('heading', { level: 1, name: 'Trova i bandi per la tua impresa' }));
      await expectNoAxeViolations(page, 'funding try form');
      await expectNoSideScroll(page, 'funding try form 360');

      // Without a comune the form says what is missing, next to the field.
      await page.getByRole('button', { name: 'Mostra i bandi' }).click();
      await visible(page.getByText('Scegli il comune dalla lista.'));

      await chooseComuneIn(page, 'Il comune della tua impresa', 'Milano', 'Milano (MI)');
      await expect.poll(() => page.getByLabel('Di cosa ti occupi').locator('option').count()).toBeGreaterThan(1);
      await page.getByLabel('Quanto è grande l’impresa').selectOption('micro');
      await page.getByRole('button', { name: 'Mostra i bandi' }).click();
      await visible(page.getByRole('heading', { level: 2, name: 'I bandi' }));
      await visible(page.getByText(ATTRIBUTION));
      const cards = page.locator('.funding-card');
      await expect.poll(() => cards.count()).toBeGreaterThan(0);
      const first = cards.first();
      await visible(first.getByRole('heading', { level: 3 }));
      await first.getByText(/^Perché/).click();
      await visible(first.locator('.funding-reasons li').first());
      // A visitor has nothing to follow with.
      expect(await first.getByRole('button', { name: /^Segui/ }).count()).toBe(0);
      const link = await first.getByRole('heading', { level: 3 }).getByRole('link').getAttribute('href');
      expect(link).toMatch(/^\/bandi\/[a-z0-9-]+$/);
      await expectNoAxeViolations(page, 'funding try results');
      await expectNoSideScroll(page, 'funding try results 360');
      await screenshot(page, 'funding-try-360');
    } finally {
      await ctx.close();
    }
  });

  it('the entrepreneur sees "Bandi per te" for the shop, follows one, and a wrong fact is refused next to its field', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      expectNoCspViolations(page, 'funding for the shop');
      await signInAs(page, app.baseUrl, SHOP_OWNER);
      await page.goto('/impresa');
      await page.getByRole('link', { name: 'Bandi per te' }).first().click();
      await atPath(page, '/bandi');
      await visible(page.getByRole('heading', { level: 1, name: 'Bandi per te' }));
      await visible(page.getByText('Calzature Esempio (demo)'));
      await visible(page.getByText(ATTRIBUTION));
      const cards = page.locator('.funding-card');
      await expect.poll(() => cards.count()).toBeGreaterThan(0);
      await visible(cards.first().locator('.funding-verdict'));
      await expectNoAxeViolations(page, 'funding for the shop');
      await expectNoSideScroll(page, 'funding for the shop 360');

      const first = cards.first();
      const title = (await first.getByRole('heading', { level: 3 }).textContent())!;
      await first.getByRole('button', { name: /^Segui/ }).click();
      await visible(page.getByRole('heading', { level: 2, name: 'I bandi che segui' }));
      const followed = page.getByRole('region', { name: 'I bandi che segui' });
      await visible(followed.getByRole('link', { name: title }));
      await visible(page.locator('.funding-card').first().getByRole('button', { name: /^Lo segui/, pressed: true }));

      // A negative turnover is refused beside its field, and nothing is saved.
      await page.getByLabel('Fatturato dell’ultimo anno (euro)').fill('-5');
      await page.getByRole('button', { name: 'Salva i dati' }).click();
      await visible(page.getByText('Scrivi una cifra in euro, zero o più.'));
      await expectNoAxeViolations(page, 'funding facts refused', { include: ['#dati-bandi'] });
      await screenshot(page, 'funding-for-you-360');

      // After a reload the call is still followed.
      await page.reload();
      await visible(page.getByRole('region', { name: 'I bandi che segui' }).getByRole('link', { name: title }));
    } finally {
      await ctx.close();
    }
  });
});
