/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../src/services/library/check-lesson-file.js';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

// Bari's angel has the author permission in the demo seed; Bari's coordinator reviews.
const AUTHOR = 'angel.bari@demo.affianco.it';
const ADMIN = 'admin@demo.affianco.it';
const COORDINATOR = 'coord.bari@demo.affianco.it';
const TITLE = 'Il latte venduto in paese';
const BODY = splitFrontMatter(fs.readFileSync(path.resolve('resources/lessons/it/vendi-il-tuo-latte.md'), 'utf8')).body.replace('## Il metodo', '## Il metodo\n\nChiedi un feedback ai primi clienti.');

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

describe('writing a lesson and publishing it, at 360 px', () => {
  it('the author writes a draft, sees the index and a word to avoid, submits; the coordinator publishes', { timeout: 180_000 }, async () => {
    let authorCtx: BrowserContext | undefined;
    let coordCtx: BrowserContext | undefined;
    try {
      authorCtx = await newContext(browser, app.baseUrl, MOBILE);
      const author = await authorCtx.newPage();
      await signInAs(author, app.baseUrl, AUTHOR);
      await author.goto('/lezioni/scrivi');
      await visible(author.getByRole('heading', { name: 'Scrivi una lezione' }));

      await author.getByLabel('Titolo').fill(TITLE);
      await author.getByLabel('Riassunto').fill('Vendi da solo una parte del latte.\nGuadagni di più, senza spendere.');
      await author.getByLabel('Marketing e canali di vendita').check();
      await author.getByLabel('Dove la pubblichi').selectOption({ label: 'Sportello Bari (demo)' });
      await author.getByLabel('Testo della lezione').fill(BODY);

      // Computed in the browser with the server's own functions, a moment after typing stops.
      await visible(author.getByText(/Indice Gulpease: \d+/));
      await visible(author.getByText('«feedback»: meglio «parere, risposta»'));
      await expect.poll(async () => author.locator('.lesson-part.is-present').count()).toBe(4);
      // The server's rendering of the body.
      await visible(author.locator('.lesson-preview h2', { hasText: 'Prova subito' }));
      await expectNoAxeViolations(author, 'lesson editor');
      await expectNoSideScroll(author, 'lesson editor 360');
      expectNoCspViolations(author, 'lesson editor');
      await screenshot(author, 'library-editor-360-01-draft');

      await author.getByRole('button', { name: 'Invia in revisione' }).click();
      await author.waitForURL(/\/lezioni\/modifica\/[0-9a-f-]{36}$/);
      await visible(author.getByTestId('lesson-status').filter({ hasText: 'In revisione' }));
      await visible(author.getByText('Lezione inviata in revisione', { exact: false }));

      coordCtx = await newContext(browser, app.baseUrl, MOBILE);
      const coordinator = await coordCtx.newPage();
      await signInAs(coordinator, app.baseUrl, COORDINATOR);
      await coordinator.goto('/lezioni/revisione');
      await visible(coordinator.getByRole('heading', { name: 'Lezioni da rivedere' }));
      await coordinator.getByRole('link', { name: TITLE }).click();
      await visible(coordinator.getByRole('button', { name: 'Pubblica' }));
      await expectNoAxeViolations(coordinator, 'lesson under review');
      await coordinator.getByRole('button', { name: 'Pubblica' }).click();
      await visible(coordinator.getByTestId('lesson-status').filter({ hasText: 'Pubblicata' }));
      await screenshot(coordinator, 'library-editor-360-02-published');

      const res = await coordCtx.request.get(`${app.baseUrl}/api/lessons/il-latte-venduto-in-paese`);
      expect(res.status()).toBe(200);
      expect(((await res.json()) as { title: string }).title).toBe(TITLE);

      // The coordinator takes the permission back from the sportello's page, and gives it again.
      const me = (await (await coordCtx.request.get(`${app.baseUrl}/api/me`)).json()) as { memberships: { sportelloId: string }[] };
      await coordinator.goto(`/sportelli/${me.memberships[0]!.sportelloId}`);
      const toggle = await visible(coordinator.getByRole('checkbox', { name: 'Può scrivere lezioni Rosa Angel (demo)' }));
      expect(await toggle.isChecked()).toBe(true);
      await toggle.uncheck();
      await visible(coordinator.getByText('Rosa Angel (demo) non può più scrivere lezioni.'));
      expect((await authorCtx.request.get(`${app.baseUrl}/api/library/scopes`).then((r) => r.json())) as { write: unknown[] }).toMatchObject({ write: [] });
      await toggle.check();
      await visible(coordinator.getByText('Rosa Angel (demo) ora può scrivere lezioni.'));
    } finally {
      await authorCtx?.close();
      await coordCtx?.close();
    }
  });

  it('refuses to publish a hard lesson, with the reason next to the text, and leaves it in review', { timeout: 120_000 }, async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, ADMIN);
      const hard = "L'implementazione sistematica di metodologie organizzative caratterizzate dall'internazionalizzazione dei processi produttivi determina conseguentemente un'ottimizzazione significativa dell'efficientamento amministrativo complessivo.";
      const body = ['## Un esempio', hard, "## L'idea", hard, '## Il metodo', hard, '## Prova subito', hard].join('\n\n');
      const res = await ctx.request.post(`${app.baseUrl}/api/library/lessons`, {
        headers: { origin: app.baseUrl },
        data: { title: 'Una lezione difficile', summary: 'Un testo troppo difficile.\nNon si pubblica.', bodyMarkdown: body, areas: ['strategy'], level: 'first_steps', language: 'it', sportelloId: null },
      });
      const { id } = (await res.json()) as { id: string };
      await ctx.request.post(`${app.baseUrl}/api/library/lessons/${id}/submit`, { headers: { origin: app.baseUrl }, data: { version: 1 } });
      await page.goto(`/lezioni/modifica/${id}`);
      await page.getByRole('button', { name: 'Pubblica' }).click();
      const field = await visible(page.locator('#body-error'));
      expect(await field.textContent()).toMatch(/serve almeno 60/);
      expect(await page.getByLabel('Testo della lezione').getAttribute('aria-describedby')).toContain('body-error');
      await visible(page.getByTestId('lesson-status').filter({ hasText: 'In revisione' }));
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('body');
    } finally {
      await ctx.close();
    }
  });
});
