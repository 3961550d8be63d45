import pg from 'pg';
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

/** The demo edicola's ascolto, whose words speak of the POS contract (seed-demo-traps.ts). */
async function posRequestId(): Promise<string> {
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    return (await db.query<{ id: string }>("select id from intake_request where text like '%contratto del POS per 48 mesi%'")).rows[0]!.id;
  } finally {
    await db.end();
  }
}

describe('"Attenzione a"', () => {
  it('lets a visitor read a warning on a 360 px phone', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await page.goto('/attenzione');
      await visible(page.getByRole('heading', { level: 1, name: 'Attenzione a' }));
      await page.getByRole('link', { name: 'Il contratto del POS di 48 mesi' }).click();
      await atPath(page, '/attenzione/contratto-pos-48-mesi');
      await visible(page.getByRole('heading', { level: 1, name: 'Il contratto del POS di 48 mesi' }));
      for (const name of ['Come riconoscerla', 'Cosa chiedere prima di firmare', 'Se hai già firmato']) await visible(page.getByRole('heading', { level: 2, name }));
      await visible(page.getByRole('link', { name: /Quanto mi costa davvero/i }));
      await expectNoSideScroll(page, 'trap 360');
      await expectNoAxeViolations(page, 'trap page');
      await screenshot(page, 'trap-360-pos');
    } finally {
      await ctx.close();
    }
  });

  it('shows Milano’s coordinator the warning beside the request, with the person’s words', async () => {
    const id = await milanoId();
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${id}`);
      // The request as the coordinator opens it in the inbox.
      await page.goto(`/sportelli/${id}/richieste?r=${await posRequestId()}`);
      await atPath(page, `/sportelli/${id}/richieste`);
      const box = page.getByRole('region', { name: /^Attenzione a: 1 trappola nelle sue parole$/ });
      await visible(box);
      await visible(box.getByRole('link', { name: 'Il contratto del POS di 48 mesi' }));
      await visible(box.getByText('Ha già firmato'));
      await visible(box.getByText(/contratto del POS per 48 mesi/));
      await box.scrollIntoViewIfNeeded();
      await expectNoSideScroll(page, 'request warnings 360');
      await expectNoAxeViolations(page, 'request warnings');
      await screenshot(page, 'trap-360-request');
      expect(await page.getByRole('region', { name: /^Attenzione a:/ }).count()).toBe(1);
    } finally {
      await ctx.close();
    }
  });

  it('lets Bari’s coordinator publish the angel’s proposal from the editor’s list', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, 'coord.bari@demo.affianco.it');
      await page.waitForURL((url) => !url.pathname.startsWith('/accedi'));
      await page.goto('/attenzione/gestisci');
      await visible(page.getByRole('heading', { level: 1, name: 'I tuoi avvisi' }));
      const item = page.getByRole('listitem').filter({ hasText: 'Il corso sui social con i clienti garantiti' });
      await visible(item.getByText('Proposta'));
      await expectNoAxeViolations(page, 'trap editor list');
      await item.getByRole('button', { name: 'Pubblica' }).click();
      await visible(page.getByText('Pubblicato: Il corso sui social con i clienti garantiti'));
      await page.goto('/attenzione/corso-social-garantito');
      await visible(page.getByRole('heading', { level: 1, name: 'Il corso sui social con i clienti garantiti' }));
    } finally {
      await ctx.close();
    }
  });
});
