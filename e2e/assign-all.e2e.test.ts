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

const LIBRARY = 'Libreria Esempio (demo)';
const BAR = 'Bar Esempio Monza (demo)';

describe('"Assegna tutte"', () => {
  it('lets Milano’s coordinator see the proposal, change one angel, drop a pair, confirm, and see the caseloads', async () => {
    const [{ id }] = (await query<{ id: string }>("select id from sportello where slug = 'demo-milano'")) as [{ id: string }];
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${id}`);
      await page.getByRole('link', { name: 'Assegna tutte' }).click();
      await atPath(page, `/sportelli/${id}/assegna-tutte`);
      await visible(page.getByRole('heading', { level: 2, name: 'Chi va a chi' }));
      await visible(page.getByText(/7 richieste aperte\. 7 abbinamenti proposti\. 0 restano senza angel\./));

      // Change the library's angel to the other one offered, by keyboard-reachable select.
      const select = page.getByLabel(`Angel (${LIBRARY})`);
      const proposed = await select.inputValue();
      const other = await select.evaluate(
        (el, current) => Array.from((el as HTMLSelectElement).options).find((o) => o.value && o.value !== current && !o.disabled)?.value ?? '',
        proposed,
      );
      expect(other).not.toBe('');
      await select.selectOption(other);
      // Drop the bar's pair: it stays open.
      await page.getByRole('button', { name: `Togli (${BAR})` }).click();
      await visible(page.getByText('Tolta dalla proposta: resta aperta.'));

      await expectNoSideScroll(page, 'assign-all 360');
      await expectNoAxeViolations(page, 'assign-all preview');
      await screenshot(page, 'assign-all-360-preview');

      await page.getByRole('button', { name: 'Conferma 6 assegnazioni' }).click();
      await visible(page.getByRole('heading', { level: 2, name: 'Fatto: 6 imprese assegnate' }));
      await expectNoAxeViolations(page, 'assign-all summary');

      const rows = await query<{ name: string; angel_user_id: string; reason: string }>(
        'select b.name, a.angel_user_id, a.reason from assignment a join business b on b.id = a.business_id where a.ended_at is null and b.name = any($1)',
        [[LIBRARY, BAR]],
      );
      expect(rows).toEqual([{ name: LIBRARY, angel_user_id: other, reason: 'Assegna tutte' }]);

      await page.getByRole('link', { name: 'Vedi i carichi degli angel' }).click();
      await atPath(page, `/sportelli/${id}/carichi`);
      await visible(page.getByRole('heading', { level: 1, name: 'Carichi degli angel' }));
      await visible(page.getByRole('link', { name: LIBRARY }));
      await expectNoSideScroll(page, 'caseloads 360');
      await expectNoAxeViolations(page, 'caseloads');
      await screenshot(page, 'caseloads-360');

      // Move the ice-cream shop to the other angel, saying why: the old assignment ends, the reason stays.
      const shop = 'Gelateria Esempio (demo)';
      await page.getByRole('button', { name: `Sposta (${shop})` }).click();
      const form = page.locator('form').filter({ has: page.getByRole('button', { name: "Sposta l'impresa" }) });
      const to = form.getByLabel('Nuovo angel');
      const target = await to.evaluate((el) => Array.from((el as HTMLSelectElement).options).find((o) => o.value && !o.disabled)?.value ?? '');
      await to.selectOption(target);
      await form.getByLabel('Perché la sposti').fill('Parla inglese con i turisti');
      await form.getByRole('button', { name: "Sposta l'impresa" }).click();
      await visible(page.getByText('Motivo: Parla inglese con i turisti'));
      const moved = await query<{ angel_user_id: string; reason: string }>(
        'select a.angel_user_id, a.reason from assignment a join business b on b.id = a.business_id where a.ended_at is null and b.name = $1',
        [shop],
      );
      expect(moved).toEqual([{ angel_user_id: target, reason: 'Parla inglese con i turisti' }]);
    } finally {
      await ctx.close();
    }
  });
});
