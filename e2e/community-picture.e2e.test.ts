import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, launchBrowser, MOBILE, newContext } from './support/browser.js';
import { visible } from './support/page.js';

// The demo baker asks with a photo of the shop window; Bari's angel answers with one too.
const BAKER = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const TITLE = 'Come sistemo la vetrina del forno?';
// A 1×1 PNG: small, but a real picture the browser decodes.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

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

/** Whether the post's picture with this description is there and loaded (its file served, decoded). */
async function pictureShown(page: import('playwright-core').Page, alt: string): Promise<boolean> {
  const img = page.locator(`.community-post img[alt="${alt}"]`);
  await img.waitFor({ state: 'visible', timeout: 10_000 });
  return img.evaluate((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0);
}

describe('a picture in a community post', () => {
  it('is refused next to the field when it is not a picture or too large, then added to a new question', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, BAKER);
      await page.goto('/comunita/nuova');
      await page.waitForLoadState('networkidle');
      await page.getByLabel('Il titolo, in una frase').fill(TITLE);
      await page.getByLabel('Di cosa parla?').selectOption('marketing');
      await page.getByLabel('Racconta', { exact: true }).fill('Questa è la mia vetrina oggi. Che cosa cambiereste?');

      const file = page.getByLabel('Aggiungi una foto');
      await file.setInputFiles({ name: 'vetrina.png', mimeType: 'image/png', buffer: PNG });
      await visible(page.getByText('Scrivi prima che cosa si vede nella foto.'));
      await page.getByLabel('Che cosa si vede nella foto?').fill('La vetrina del forno');
      // Called a PNG but not one: the browser lets it through, the server checks the content.
      await file.setInputFiles({ name: 'finta.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
      await visible(page.getByText('Puoi caricare solo foto PNG, JPEG o WebP.'));
      await file.setInputFiles({ name: 'listino.txt', mimeType: 'text/plain', buffer: Buffer.from('pane 3 euro') });
      await visible(page.getByText('Puoi caricare solo foto PNG, JPEG o WebP.'));
      await file.setInputFiles({ name: 'enorme.png', mimeType: 'image/png', buffer: Buffer.alloc(3 * 1024 * 1024 + 1) });
      await visible(page.getByText('La foto è troppo grande: al massimo 3 MB.'));
      expect(await file.getAttribute('aria-invalid')).toBe('true');

      await file.setInputFiles({ name: 'vetrina.png', mimeType: 'image/png', buffer: PNG });
      await visible(page.getByText('Foto aggiunta in fondo al testo.'));
      expect(await page.getByLabel('Racconta', { exact: true }).inputValue()).toMatch(/Che cosa cambiereste\?\n\n!\[La vetrina del forno\]\(\/api\/community\/images\/[0-9a-f-]{36}\)$/);
      await expectNoAxeViolations(page, 'new thread with a picture');
      await page.getByRole('button', { name: 'Manda la domanda' }).click();
      await page.waitForURL(/\/comunita\/come-sistemo-la-vetrina-del-forno-[a-z0-9]+$/);
      threadPath = new URL(page.url()).pathname;
      expect(await pictureShown(page, 'La vetrina del forno')).toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it('is added to a reply and shows in it', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInAs(page, app.baseUrl, ANGEL);
      await page.goto(threadPath);
      await page.waitForLoadState('networkidle');
      await page.getByLabel('La tua risposta').fill('Metti il pane più in alto, così:');
      await page.getByLabel('Che cosa si vede nella foto?').fill('Il pane sul ripiano alto');
      await page.getByLabel('Aggiungi una foto').setInputFiles({ name: 'esempio.png', mimeType: 'image/png', buffer: PNG });
      await visible(page.getByText('Foto aggiunta in fondo al testo.'));
      await page.getByRole('button', { name: 'Manda la risposta' }).click();
      expect(await pictureShown(page, 'Il pane sul ripiano alto')).toBe(true);
      expect(await pictureShown(page, 'La vetrina del forno')).toBe(true);
    } finally {
      await ctx.close();
    }
  });
});
