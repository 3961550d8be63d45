import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { DEMO_COORD_MILANO, signInWithPassword } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';
import { sportelloIdBySlug } from './support/database.js';

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

const milanoId = () => sportelloIdBySlug(app.databaseUrl, 'demo-milano');

describe('the territory map', () => {
  it('lets the coordinator of Milano open the map, pick a figure and open a province', async () => {
    const id = await milanoId();
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${id}`);
      await page.getByRole('link', { name: 'Il territorio sulla mappa' }).click();
      await atPath(page, '/territorio');
      await visible(page.getByRole('heading', { level: 1, name: 'Il territorio' }));
      const map = page.getByRole('group', { name: 'Mappa delle province' });
      await visible(map.getByRole('button', { name: /^Milano: \d+ richiest[ae] apert[ae]$/ }));

      await page.getByLabel('Cosa mostrare').selectOption('angels');
      const milano = map.getByRole('button', { name: /^Milano: \d+ angel$/ });
      await visible(milano);
      await visible(page.getByText('Legenda: Angel'));
      // Another sportello's provinces say so, without their own figures.
      await visible(map.getByRole('button', { name: 'Bari: Sportello Bari (demo), solo i totali' }));

      // By keyboard: focus the province, Enter opens its panel.
      await milano.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('region', { name: 'Milano' });
      await visible(panel);
      await visible(panel.getByText('Sportello: Sportello Milano (demo)'));
      await visible(panel.getByText('Posti liberi degli angel'));
      expect(await panel.locator('dd').count()).toBe(5);
      // Its lists: the open requests and the businesses being accompanied there.
      await visible(panel.getByRole('heading', { level: 3, name: 'Richieste aperte' }));
      await visible(panel.getByRole('heading', { level: 3, name: 'Imprese in affiancamento' }));

      // The table carries the same figures: own provinces one by one, the others as totals.
      const table = page.getByRole('table', { name: 'I numeri per provincia' });
      await visible(table.getByRole('button', { name: 'Lodi' }));
      expect(await table.getByRole('button', { name: 'Bari' }).count()).toBe(0);
      await visible(page.getByRole('table', { name: 'I totali per sportello' }).getByRole('rowheader', { name: 'Sportello Bari (demo)' }));

      await expectNoSideScroll(page, 'territory 360');
      await expectNoAxeViolations(page, 'territory map');
      await screenshot(page, 'territory-360-milano');

      await panel.getByRole('button', { name: 'Chiudi' }).click();
      await table.getByRole('button', { name: 'Lodi' }).click();
      await visible(page.getByRole('region', { name: 'Lodi' }));
    } finally {
      await ctx.close();
    }
  });
});
