import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COORD_MILANO, signInAs, startApp, uniqueEmail, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, chooseComune, visible } from './support/page.js';

let app: TTestApp;
let browser: Browser;
let files: { fakePdf: string; pdf: string };

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  const dir = mkdtempSync(path.join(tmpdir(), 'affianco-cv-'));
  // A text file renamed to .pdf: the browser must refuse it by its content, not its name.
  const fakePdf = path.join(dir, 'curriculum-finto.pdf');
  writeFileSync(fakePdf, 'Questo è un testo, non un PDF.\n');
  const pdf = path.join(dir, 'curriculum.pdf');
  writeFileSync(
    pdf,
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
  files = { fakePdf, pdf };
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('angels at 360 px', () => {
  it('applies with a CV, is qualified by the coordinator, reads the mail and sets weekly hours', { timeout: 240_000 }, async () => {
    const shot = (page: import('playwright-core').Page, step: string) => screenshot(page, `angels-360-${step}`);
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    const coordCtx = await newContext(browser, app.baseUrl, MOBILE);
    const coord = await coordCtx.newPage();
    const email = uniqueEmail('paola.angel');
    const name = 'Paola Esperta';
    try {
      // 1. The public page: what an angel does, then sign up to apply.
      await page.goto('/diventa-angel');
      await visible(page.getByRole('heading', { level: 1, name: 'Diventa angel' }));
      await visible(page.getByText('Non vende. Niente offerte'));
      await expectNoAxeViolations(page, 'diventa-angel visitor');
      await expectNoSideScroll(page, 'diventa-angel visitor');
      await shot(page, '01-diventa-angel');
      await page.locator('main').getByRole('link', { name: 'Registrati' }).click();
      await atPath(page, '/registrati');
      await page.getByLabel('Nome e cognome').fill(name);
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password', { exact: true }).fill('una-password-lunga');
      await page.getByRole('button', { name: 'Crea il mio accesso' }).click();
      await atPath(page, '/diventa-angel');

      // 2. The application form.
      const form = page.locator('form.profile-form');
      await visible(form);
      await form.getByRole('checkbox', { name: 'Marketing e canali di vendita' }).check();
      await form.getByRole('checkbox', { name: 'Finanza, liquidità e bandi' }).check();
      await form.getByLabel('Cerca un settore').fill('alimentari');
      await visible(form.getByRole('checkbox', { name: /^10 / }));
      await form.getByRole('checkbox', { name: /^10 / }).check();
      await visible(form.getByRole('button', { name: /^10 .*togli/ }));
      await chooseComune(page, 'Lodi', 'Lodi (LO)');
      await form.getByLabel('Quanti chilometri fai per un incontro?').fill('40');
      await form.getByLabel('Quante imprese puoi seguire insieme?').fill('4');
      await form.getByLabel('Presentati in poche righe').fill('Ho lavorato vent’anni nel marketing di un consorzio di formaggi. Aiuto a vendere direttamente.');
      await form.getByLabel('Numero di telefono (se vuoi)').fill('333 1234567');
      await form.getByRole('checkbox', { name: 'Le imprese che ti incontrano possono scrivermi su WhatsApp' }).check();

      // A renamed text file is refused in the browser, with the reason next to the field.
      await form.getByLabel('Il tuo curriculum (se vuoi)').setInputFiles(files.fakePdf);
      await visible(form.getByText('Questo file non è un PDF. Scegli il curriculum in formato PDF.'));
      expect(await form.getByLabel('Il tuo curriculum (se vuoi)').getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page, 'diventa-angel cv error');
      await shot(page, '02-cv-not-pdf');
      await form.getByLabel('Il tuo curriculum (se vuoi)').setInputFiles(files.pdf);
      await visible(form.getByText('File scelto: curriculum.pdf'));
      expect(await form.getByText('Questo file non è un PDF').count()).toBe(0);
      await expectNoAxeViolations(page, 'diventa-angel form');
      await expectNoSideScroll(page, 'diventa-angel form');
      await shot(page, '03-form');
      await form.getByRole('button', { name: 'Manda la candidatura' }).click();
      await visible(page.getByText('Grazie! La tua candidatura è arrivata.'));
      await shot(page, '04-sent');

      // 3. The angel's home says "in review".
      await page.getByRole('link', { name: 'Vai alla tua area angel' }).click();
      await atPath(page, '/angel');
      await visible(page.getByRole('heading', { level: 1, name: 'La tua area angel' }));
      await visible(page.locator('.status-card').getByText('In valutazione'));
      await expectNoAxeViolations(page, 'angel home applied');

      // 4. The coordinator of Milano (which serves Lodi) reviews it.
      await signInAs(coord, app.baseUrl, DEMO_COORD_MILANO);
      const me = (await (await coordCtx.request.get(`${app.baseUrl}/api/me`)).json()) as { memberships: { sportelloId: string; role: string }[] };
      const sportelloId = me.memberships.find((m) => m.role === 'coordinator')!.sportelloId;
      await coord.goto(`/sportelli/${sportelloId}`);
      const section = coord.locator('section', { has: coord.getByRole('heading', { level: 2, name: 'Angel', exact: true }) });
      await visible(section.getByText(name));
      await visible(section.getByText(/candidatur[ae] da leggere/));
      await expectNoAxeViolations(coord, 'sportello with angels');
      await expectNoSideScroll(coord, 'sportello with angels');
      await shot(coord, '05-coordinator-list');
      await section.getByRole('link', { name: `Leggi e decidi (${name})` }).click();
      await atPath(coord, `/sportelli/${sportelloId}/angel/${await userIdOf(email)}`);
      await visible(coord.getByRole('heading', { level: 1, name }));
      const cvLink = await visible(coord.getByRole('link', { name: /Scarica il curriculum/ }));
      const cv = await coordCtx.request.get(new URL((await cvLink.getAttribute('href'))!, app.baseUrl).toString());
      expect(cv.status()).toBe(200);
      expect((await cv.body()).subarray(0, 5).toString()).toBe('%PDF-');
      await coord.getByLabel('Note del colloquio').fill('Colloquio al telefono: molto concreta, conosce i caseifici della zona.');
      await coord.getByRole('radio', { name: /Accogli/ }).check();
      await coord.getByRole('button', { name: 'Manda la decisione' }).click();
      await visible(coord.getByText('Scrivi il messaggio: almeno 5 caratteri.'));
      await expectNoAxeViolations(coord, 'review page with error');
      const reason = 'Benvenuta! Cominci con due caseifici della bassa lodigiana.';
      await coord.getByLabel('Il messaggio per la persona').fill(reason);
      await shot(coord, '06-review');
      await coord.getByRole('button', { name: 'Manda la decisione' }).click();
      await visible(coord.getByText(`Fatto: ${name} è un angel.`));
      await shot(coord, '07-reviewed');

      // 5. The decision reaches the applicant by e-mail, with the reason.
      const mail = await app.mailbox.waitFor(email, (m) => /angel/i.test(m.subject));
      expect(mail.text).toContain(reason);
      expect(mail.text).toContain('/angel');

      // 6. The angel sets weekly hours; an overlap is refused next to the window.
      await page.goto('/angel');
      await visible(page.locator('.status-card').getByText('Sei un angel di Affianco.'));
      await visible(page.getByRole('link', { name: 'Area angel' }));
      const monday = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Lunedì' }) });
      await monday.getByRole('button', { name: /Aggiungi una fascia/ }).click();
      await monday.getByLabel('Dalle (Lunedì, fascia 1)', { exact: true }).fill('09:00');
      await monday.getByLabel('Alle (Lunedì, fascia 1)', { exact: true }).fill('12:00');
      await monday.getByRole('button', { name: /Aggiungi una fascia/ }).click();
      await monday.getByLabel('Dalle (Lunedì, fascia 2)', { exact: true }).fill('11:00');
      await monday.getByLabel('Alle (Lunedì, fascia 2)', { exact: true }).fill('13:00');
      const wednesday = page.locator('fieldset', { has: page.locator('legend', { hasText: 'Mercoledì' }) });
      await wednesday.getByRole('button', { name: /Aggiungi una fascia/ }).click();
      await wednesday.getByLabel('Dalle (Mercoledì, fascia 1)', { exact: true }).fill('15:00');
      await wednesday.getByLabel('Alle (Mercoledì, fascia 1)', { exact: true }).fill('18:30');
      await page.getByRole('button', { name: 'Salva le ore' }).click();
      await visible(monday.getByText("Questa fascia si sovrappone a un'altra dello stesso giorno."));
      await expectNoAxeViolations(page, 'availability overlap');
      await shot(page, '08-hours-overlap');
      await monday.getByRole('button', { name: 'Togli (Lunedì, fascia 2)' }).click();
      await page.getByRole('button', { name: 'Salva le ore' }).click();
      await visible(page.getByText('Ore salvate.'));
      await expectNoAxeViolations(page, 'angel home qualified');
      await expectNoSideScroll(page, 'angel home qualified');
      await shot(page, '09-hours-saved');
      const saved = (await (await ctx.request.get(`${app.baseUrl}/api/angels/me/availability`)).json()) as { rules: unknown[] };
      expect(saved.rules).toEqual(
        expect.arrayContaining([
          { weekday: 1, startMinute: 540, endMinute: 720 },
          { weekday: 3, startMinute: 900, endMinute: 1110 },
        ]),
      );
      expect(saved.rules).toHaveLength(2);

      // 7. Holidays: the switch says its state.
      const holidays = page.getByRole('switch', { name: 'Sono in ferie' });
      await holidays.click();
      await visible(page.getByText('Buone ferie!'));
      expect(await holidays.getAttribute('aria-checked')).toBe('true');
      await holidays.click();
      await visible(page.getByText('Bentornato!'));
      expectNoCspViolations(page, 'angel pages');
      expectNoCspViolations(coord, 'coordinator pages');
    } finally {
      await ctx.close();
      await coordCtx.close();
    }

    async function userIdOf(address: string): Promise<string> {
      const res = await ctx.request.get(`${app.baseUrl}/api/me`);
      const body = (await res.json()) as { user: { id: string; email: string } };
      expect(body.user.email).toBe(address);
      return body.user.id;
    }
  });
});
