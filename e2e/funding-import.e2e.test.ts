import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DEMO_ADMIN, signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

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

const SNAPSHOT = path.resolve('resources/funding/incentivi-gov-it-2025-07-12.json');

describe('the network admin refreshes the national catalogue', () => {
  it('sees the demo import, is told the record and field of a broken file, then applies the export', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, DEMO_ADMIN);
      await page.goto('/admin/bandi');
      await visible(page.getByRole('heading', { level: 1, name: 'Catalogo nazionale dei bandi' }));
      await visible(page.getByText('Dati del 12 luglio 2025'));
      await visible(page.getByText('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 12 luglio 2025'));
      await expectNoAxeViolations(page, 'admin bandi');

      const docs = (JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8')) as { response: { docs: Record<string, unknown>[] } }).response.docs;
      const broken = JSON.stringify({ response: { docs: [docs[0], { ...docs[1], Data_apertura: '2025-09-01', Data_chiusura: '2025-08-01' }] } });
      await page.getByLabel('File dell’export').setInputFiles({ name: 'rotto.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
      await page.getByRole('button', { name: 'Importa' }).click();
      const alert = page.getByRole('alert');
      await visible(alert.getByText(/nessun bando è stato salvato/));
      await visible(alert.getByText(/^record 1 \(ID_Incentivo \d+\) field Data_chiusura/));
      await expectNoAxeViolations(page, 'admin bandi refused');
      await screenshot(page, 'funding-import-refused');

      await page.getByLabel('File dell’export').setInputFiles(SNAPSHOT);
      await page.getByLabel('Data dei dati (facoltativa)').fill('2025-07-20');
      await page.getByRole('button', { name: 'Importa' }).click();
      await visible(page.getByRole('status').getByText(`Importato: ${docs.length} bandi. Nuovi 0, cambiati 0, uguali ${docs.length}, non più nell’export 0.`));
      await visible(page.getByText('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 20 luglio 2025'));
      await visible(page.getByText('Dati del 20 luglio 2025'));
      expectNoCspViolations(page, 'admin bandi');
      await screenshot(page, 'funding-import-done');
    } finally {
      await ctx.close();
    }
  });
});
