import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { signInWithPassword } from './support/app.js';
import { expectNoAxeViolations, expectNoConsoleErrors, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
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

async function withPage(fn: (page: Page) => Promise<void>) {
  const ctx = await newContext(browser, app.baseUrl, MOBILE);
  try {
    await fn(await ctx.newPage());
  } finally {
    await ctx.close();
  }
}

const sportelloId = (slug: string) => sportelloIdBySlug(app.databaseUrl, slug);

describe('the first minute of each role', () => {
  it('takes the coordinator to the sportello and its incoming requests, not to the landing page', async () => {
    const id = await sportelloId('demo-milano');
    await withPage(async (page) => {
      await signInWithPassword(page, 'coord.milano@demo.affianco.it');
      await atPath(page, `/sportelli/${id}`);
      await visible(page.getByRole('heading', { level: 2, name: /^Richieste:/ }));
      expect(await page.getByRole('link', { name: 'Registrati' }).count()).toBe(0);
      // Opening the site again: their home, not the landing.
      await page.goto('/');
      await atPath(page, `/sportelli/${id}`);
      await visible(page.getByRole('heading', { level: 1, name: /Milano/ }));
      await visible(page.getByRole('heading', { level: 2, name: /^Richieste:/ }));
      await expectNoAxeViolations(page, 'coordinator home');
      await screenshot(page, 'roles-360-coordinator');
    });
  });

  it('takes the angel to the angel area and the admin to the network', async () => {
    await withPage(async (page) => {
      await signInWithPassword(page, 'angel.bari@demo.affianco.it');
      await atPath(page, '/angel');
      await visible(page.getByRole('heading', { level: 1 }));
    });
    await withPage(async (page) => {
      await signInWithPassword(page, 'admin@demo.affianco.it');
      await atPath(page, '/admin/sportelli');
      await visible(page.getByRole('heading', { level: 1, name: 'Sportelli della rete' }));
    });
  });

  it("takes the entrepreneur to their business, whose plan names it", async () => {
    await withPage(async (page) => {
      await signInWithPassword(page, 'forno@demo.affianco.it');
      await atPath(page, '/impresa');
      await visible(page.getByRole('heading', { level: 1, name: 'Panificio Esempio (demo)' }));
      await visible(page.getByRole('heading', { level: 2, name: 'Il prossimo passo' }));
      await visible(page.getByRole('heading', { level: 3, name: 'Il check-up' }));
      await expectNoAxeViolations(page, 'business home');
      expectNoConsoleErrors(page, 'business home');
      await screenshot(page, 'roles-360-entrepreneur');
      await page.getByRole('link', { name: 'Apri il piano di rilancio' }).first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/piano/'));
      // The demo's started plan: two goals, a log entry.
      await visible(page.getByRole('heading', { level: 1, name: 'Il piano di rilancio di Panificio Esempio (demo)' }));
      await visible(page.getByText('Più ordini dai bar e dai ristoranti del quartiere'));
      await visible(page.getByText('Farsi trovare su Google Maps'));
      expect(await page.title()).toBe('Il piano di rilancio di Panificio Esempio (demo) · Affianco');
    });
  });

  it('the angel opens the same plan, named, from the list', async () => {
    await withPage(async (page) => {
      await signInWithPassword(page, 'angel.bari@demo.affianco.it');
      await atPath(page, '/angel');
      await page.goto('/piano');
      await page.getByRole('link', { name: /Panificio Esempio/ }).first().click();
      await visible(page.getByRole('heading', { level: 1, name: 'Il piano di rilancio di Panificio Esempio (demo)' }));
    });
  });

  it('lets a person with two roles switch, and remembers the choice on the device', async () => {
    const id = await sportelloId('demo-milano');
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      await db.query("insert into membership (user_id, sportello_id, role) select id, $1, 'angel' from \"user\" where email = 'coord.milano@demo.affianco.it' on conflict do nothing", [id]);
    } finally {
      await db.end();
    }
    await withPage(async (page) => {
      await signInWithPassword(page, 'coord.milano@demo.affianco.it');
      await atPath(page, `/sportelli/${id}`);
      const switcher = page.getByLabel('Sei qui come');
      expect(await switcher.inputValue()).toBe('coordinator');
      await switcher.selectOption({ label: 'Angel' });
      await atPath(page, '/angel');
      await visible(page.getByRole('heading', { level: 1 }));
      await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
      await expectNoAxeViolations(page, 'role switch');
      await page.goto('/');
      await atPath(page, '/angel');
      expect(await page.getByLabel('Sei qui come').inputValue()).toBe('angel');
    });
  });
});
