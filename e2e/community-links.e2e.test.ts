import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

// The demo baker links a lesson and an action of the bakery's relaunch plan to their question;
// the lesson page then lists the discussion. Bari's angel, not the asker, is not offered the form.
const BAKER = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const TITLE = 'Come faccio il listino per i bar?';
const LESSON = 'Quanto mi costa davvero quello che vendo';
const ACTION = 'Preparare un listino semplice per i locali';
const FORM_TITLE = "Collega una lezione o un'azione del tuo piano";

let app: TTestApp;
let browser: Browser;
let threadPath = '';

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('linking a thread to a lesson and to the asker’s plan', () => {
  it('lets the asker tag the question with sector and region, then link a lesson found by a few words and an action of their plan, shown in the thread', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, BAKER);
      await page.goto('/comunita/nuova');
      await page.waitForLoadState('networkidle');
      await page.getByLabel('Il titolo, in una frase').fill(TITLE);
      await page.getByLabel('Di cosa parla?').selectOption('finance');
      await page.getByLabel('Che lavoro fai? (se vuoi)').selectOption({ label: 'Forno, pasticceria e produzione alimentare' });
      await page.getByLabel('In che regione? (se vuoi)').selectOption({ label: 'Puglia' });
      await page.getByLabel('Racconta', { exact: true }).fill('Voglio vendere il pane ai bar del quartiere. Che prezzi metto nel listino?');
      await page.getByRole('button', { name: 'Manda la domanda' }).click();
      await page.waitForURL(/\/comunita\/come-faccio-il-listino-per-i-bar-[a-z0-9]+$/);
      threadPath = new URL(page.url()).pathname;

      await visible(page.getByRole('heading', { name: FORM_TITLE }));
      // Nothing chosen yet: told next to the box.
      await page.getByRole('button', { name: 'Collega la lezione' }).click();
      await visible(page.getByText('Scegli una lezione dall\'elenco.'));
      const combo = page.getByRole('combobox', { name: 'Una lezione di Metodo Pop' });
      await combo.pressSequentially('costa davvero', { delay: 30 });
      await page.getByRole('option', { name: new RegExp(`^${LESSON}`) }).click();
      await page.getByRole('button', { name: 'Collega la lezione' }).click();
      const links = page.getByRole('region', { name: 'Collegato a' });
      await visible(links.getByRole('link', { name: LESSON }));
      await visible(page.getByText(`Fatto: «${LESSON}» è collegata alla discussione.`));

      await page.getByLabel("Un'azione del tuo piano di rilancio").selectOption({ label: ACTION });
      await page.getByRole('button', { name: "Collega l'azione" }).click();
      await visible(links.getByText(`Nel piano di rilancio: ${ACTION}`));
      // A linked action is not offered again.
      expect(await page.getByRole('option', { name: ACTION }).count()).toBe(0);
      await expectNoAxeViolations(page, 'thread links');
      await expectNoSideScroll(page, 'thread links');
      await screenshot(page, 'community-links-360');

      await page.reload();
      await visible(links.getByRole('link', { name: LESSON }));
      await visible(links.getByText(`Nel piano di rilancio: ${ACTION}`));
      await links.getByRole('link', { name: LESSON }).click();
      await visible(page.getByRole('heading', { name: 'Discussioni su questa lezione' }));
      await visible(page.getByRole('link', { name: TITLE }));

      // Tagged with its sector and region when asked: the list's filters find it.
      await page.goto('/comunita?settore=produzione-alimentare&regione=16');
      await visible(page.getByRole('link', { name: TITLE }));
      await page.goto('/comunita?settore=produzione-alimentare&regione=03');
      await visible(page.getByRole('link', { name: 'Come ho fatto: vendo il formaggio con un gruppo WhatsApp' }));
      expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });

  it('is not offered to someone else reading the thread', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, ANGEL);
      await page.goto(threadPath);
      await visible(page.getByRole('heading', { level: 1, name: TITLE }));
      await page.waitForLoadState('networkidle');
      await visible(page.getByRole('region', { name: 'Collegato a' }).getByRole('link', { name: LESSON }));
      expect(await page.getByRole('heading', { name: FORM_TITLE }).count()).toBe(0);
    } finally {
      await ctx.close();
    }
  });
});
