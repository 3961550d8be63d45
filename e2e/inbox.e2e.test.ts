import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { DEMO_COORD_MILANO, signInWithPassword } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';
import { queryDatabase } from './support/database.js';

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

const query = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) => queryDatabase<T>(app.databaseUrl, text, values);

describe('the inbox', () => {
  it('lets the coordinator take a request, write a note and turn it into a business', async () => {
    const [milano] = await query<{ id: string }>("select id from sportello where slug = 'demo-milano'");
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${milano!.id}`);
      await page.getByRole('link', { name: /^Richieste: \d+ aperte$/ }).click();
      await atPath(page, `/sportelli/${milano!.id}/richieste`);
      await visible(page.getByRole('heading', { level: 1, name: 'Richieste' }));
      // The request waiting for more than three working days is flagged.
      const gino = page.locator('.inbox-item', { hasText: 'Trattoria da Gino (demo)' });
      await visible(gino.getByText(/In attesa da troppo/));
      // The one passed on by Bari says why.
      await visible(page.getByText(/Passata da Sportello Bari \(demo\): Ha scritto a noi/));
      await expectNoSideScroll(page, 'inbox list 360');
      await expectNoAxeViolations(page, 'inbox list');
      await screenshot(page, 'inbox-360-01-list');

      // The rarer filters wait behind "Altri filtri"; one set keeps them open and narrows the list.
      const area = page.getByLabel('Area', { exact: true });
      expect(await area.isVisible()).toBe(false);
      await page.locator('summary', { hasText: 'Altri filtri' }).click();
      await area.selectOption({ label: 'Finanza, liquidità e bandi' });
      await visible(page.locator('summary', { hasText: 'Altri filtri (1 attivo)' }));
      await expect.poll(() => page.locator('.inbox-item', { hasText: 'Trattoria da Gino (demo)' }).count()).toBe(0);
      await visible(page.locator('.inbox-item', { hasText: 'Edicola di Porta Venezia (demo)' }));
      await area.selectOption({ label: 'Tutti' });
      await visible(gino);

      await page.getByRole('button', { name: 'Sartoria Bianchi (demo)' }).click();
      const view = page.getByRole('article', { name: 'Sartoria Bianchi (demo)' });
      await visible(view.getByText('nuova', { exact: true }));
      await view.getByRole('button', { name: 'Prendi in carico' }).click();
      await visible(view.getByText('Richiesta presa in carico.'));
      await visible(view.getByText('presa in carico', { exact: true }));

      await view.getByLabel('Nuova nota').fill('Sentita al telefono: vuole capire i conti prima di assumere.');
      await view.getByRole('button', { name: 'Aggiungi la nota' }).click();
      await visible(view.getByText('Sentita al telefono: vuole capire i conti prima di assumere.'));

      await view.getByRole('button', { name: 'Crea l’impresa e invita l’imprenditore' }).click();
      await visible(view.getByText('Impresa creata e invito inviato per e-mail.'));
      const [created] = await query<{ name: string; comune_istat: string }>(
        "select b.name, b.comune_istat from intake_request r join business b on b.id = r.business_id where r.business_name = 'Sartoria Bianchi (demo)'",
      );
      expect(created).toEqual({ name: 'Sartoria Bianchi (demo)', comune_istat: '098031' });
      await visible(view.getByRole('heading', { level: 3, name: 'Angel suggeriti' }));
      await expectNoSideScroll(page, 'inbox request 360');
      await expectNoAxeViolations(page, 'inbox request');
      await screenshot(page, 'inbox-360-02-request');
    } finally {
      await ctx.close();
    }
  });
});
