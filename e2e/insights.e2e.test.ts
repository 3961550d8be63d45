import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { DEMO_ADMIN, DEMO_COORD_MILANO, signInWithPassword } from './support/app.js';
import { DESKTOP, expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
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

/** The number in the funnel table's row for a step. */
async function stepCount(page: Page, step: string): Promise<number> {
  const row = page.getByRole('table', { name: 'Il percorso passo per passo' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: step, exact: true }) });
  return Number((await row.getByRole('cell').first().innerText()).replace(/\D/g, ''));
}

describe('the funnel and the impact', () => {
  it('lets the coordinator of Milano open the funnel, change the period and the breakdown, then the impact', async () => {
    const id = await milanoId();
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${id}`);
      await page.getByRole('link', { name: 'Andamento e impatto' }).click();
      await atPath(page, `/sportelli/${id}/andamento`);
      await visible(page.getByRole('heading', { level: 1, name: 'Andamento' }));
      await visible(page.getByText('Sportello Milano (demo)', { exact: true }));
      // The last year by default: the demo's past journeys fill every step.
      await visible(page.getByRole('table', { name: 'Il percorso passo per passo' }));
      expect(await stepCount(page, 'Contatto')).toBeGreaterThanOrEqual(10);
      expect(await stepCount(page, 'Obiettivo raggiunto')).toBe(3);
      await visible(page.getByRole('list').getByText(/^\d+ imprese · \d+(,\d)?% dal passo prima · mediana [\d,]+ giorn[io]$/).first());

      await expectNoSideScroll(page, 'funnel 360');
      await expectNoAxeViolations(page, 'funnel');
      await screenshot(page, 'insights-funnel-360-milano');

      // The last four months only: fewer contacts, and the address keeps the period.
      const to = await page.getByLabel('Al giorno', { exact: true }).inputValue();
      const from = new Date(Date.parse(`${to}T12:00:00Z`) - 120 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel('Dal giorno', { exact: true }).fill(from);
      await page.getByLabel('Suddividi per').selectOption('area');
      await page.getByRole('button', { name: 'Mostra' }).click();
      await atPath(page, `/sportelli/${id}/andamento`);
      await visible(page.getByRole('heading', { level: 2, name: 'Per area di bisogno' }));
      expect(new URL(page.url()).searchParams.get('from')).toBe(from);
      expect(await stepCount(page, 'Obiettivo raggiunto')).toBe(0);
      await visible(page.getByRole('table', { name: /Imprese a ogni passo/ }).getByRole('rowheader', { name: /^Finanza/ }));
      await expectNoAxeViolations(page, 'funnel by area');
      // The same table as a file, for the period and breakdown chosen.
      const csv = page.getByRole('link', { name: 'Andamento in CSV' });
      expect(await csv.getAttribute('href')).toBe(`/api/insights/funnel/export?sportelloId=${id}&from=${from}&to=${to}&by=area&format=csv`);
      const file = await page.request.get((await csv.getAttribute('href'))!);
      expect(file.status()).toBe(200);
      expect(await file.text()).toContain(`${from},${to},Totale,Contatto,`);

      // A period the wrong way round is refused with its reason.
      await page.getByLabel('Dal giorno', { exact: true }).fill(to);
      await page.getByLabel('Al giorno', { exact: true }).fill(from);
      await page.getByRole('button', { name: 'Mostra' }).click();
      await visible(page.getByRole('alert').getByText('Il giorno di inizio viene dopo quello di fine.'));

      await page.getByRole('link', { name: 'Impatto' }).click();
      await atPath(page, `/sportelli/${id}/impatto`);
      await visible(page.getByRole('heading', { level: 1, name: 'Impatto' }));
      await visible(page.getByText('7 imprese hanno fatto il secondo check-up nel periodo.'));
      const sections = page.getByRole('table', { name: 'Variazione del punteggio (0–100) per area' });
      await visible(sections.getByRole('rowheader', { name: 'Maturità digitale complessiva' }));
      await visible(page.getByText(/^7 valutazioni: media [\d,]+ su 5/));
      await expectNoSideScroll(page, 'impact 360');
      await expectNoAxeViolations(page, 'impact');
      await screenshot(page, 'insights-impact-360-milano');
    } finally {
      await ctx.close();
    }
  });

  it('gives the network admin the whole network by sportello', async () => {
    const ctx = await newContext(browser, app.baseUrl, DESKTOP);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_ADMIN);
      await atPath(page, '/admin/sportelli');
      await page.getByRole('link', { name: 'Andamento della rete' }).click();
      await atPath(page, '/rete/andamento');
      await visible(page.getByText('Tutta la rete', { exact: true }));
      await page.getByLabel('Suddividi per').selectOption('sportello');
      await page.getByRole('button', { name: 'Mostra' }).click();
      await visible(page.getByRole('table', { name: /Imprese a ogni passo/ }).getByRole('rowheader', { name: 'Sportello Milano (demo)' }));
      await expectNoAxeViolations(page, 'network funnel');
    } finally {
      await ctx.close();
    }
  });
});
