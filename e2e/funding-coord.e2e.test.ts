import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { DEMO_COORD_MILANO, signInWithPassword } from './support/app.js';
import { expectNoAxeViolations, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
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

const sportelloId = (slug: string) => sportelloIdBySlug(app.databaseUrl, slug);

describe('a coordinator’s own calls', () => {
  it('adds a call, sees the field error first, then invites a qualifying business by e-mail', async () => {
    const id = await sportelloId('demo-milano');
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${id}`);
      await page.getByRole('link', { name: 'Bandi dello sportello' }).click();
      await atPath(page, `/sportelli/${id}/bandi`);
      await visible(page.getByRole('heading', { level: 1, name: 'Bandi dello sportello' }));

      const form = page.getByRole('form', { name: 'Aggiungi un bando' });
      await form.getByLabel('Titolo').fill('Voucher vetrine digitali (demo)');
      await form.getByLabel('Data di apertura').fill('2099-03-01');
      await form.getByLabel('Data di chiusura').fill('2099-01-31');
      await form.getByLabel('Regioni').fill('03');
      await form.getByRole('checkbox', { name: 'Contributo a fondo perduto' }).check();
      await form.getByRole('checkbox', { name: 'E-commerce e vendita digitale' }).check();
      await form.getByRole('button', { name: 'Aggiungi il bando' }).click();
      // The server's words, next to the closing date.
      await visible(form.getByText('La data di chiusura viene prima della data di apertura.'));
      await expect.poll(() => form.getByLabel('Data di chiusura').getAttribute('aria-invalid')).toBe('true');
      await expectNoAxeViolations(page, 'funding coordinators, field error');

      await form.getByLabel('Data di apertura').fill('2026-01-01');
      await form.getByRole('button', { name: 'Aggiungi il bando' }).click();
      const list = page.getByRole('region', { name: 'I tuoi bandi' });
      await visible(list.getByText('Voucher vetrine digitali (demo)', { exact: true }));

      await list.getByRole('button', { name: /Chi può partecipare/ }).first().click();
      const who = page.getByRole('region', { name: 'Chi può partecipare a «Voucher vetrine digitali (demo)»' });
      const shop = who.getByRole('checkbox', { name: /Calzature Esempio/ });
      await visible(shop);
      await shop.check();
      await who.getByRole('button', { name: 'Invita' }).click();
      await visible(who.getByText('Abbiamo mandato un invito.'));
      await visible(who.getByText('Invito mandato.'));
      // The refused first try is a 422 in the console, as meant: no console check here.
      await screenshot(page, 'funding-coord-360-invited');

      const mail = await app.mailbox.waitFor('scarpe@demo.affianco.it', (m) => m.subject.startsWith('Un bando per'), 20_000);
      expect(mail.subject).toBe('Un bando per Calzature Esempio (demo): Voucher vetrine digitali (demo)');
      expect(mail.text).toContain('/bandi/voucher-vetrine-digitali-demo-');
    } finally {
      await ctx.close();
    }
  });

  it('writes a checked rule on a national call, with its link, after a refused address', async () => {
    const id = await sportelloId('demo-milano');
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signInWithPassword(page, DEMO_COORD_MILANO);
      await atPath(page, `/sportelli/${id}`);
      await page.goto(`/sportelli/${id}/bandi`);
      const rules = page.getByRole('region', { name: 'Regole verificate sui bandi nazionali' });
      await rules.getByLabel('Cerca un bando per nome').fill('Sabatini');
      await rules.getByRole('button', { name: 'Cerca' }).click();
      await rules.getByRole('button', { name: /^Regole \(/ }).first().click();
      // The demo's national rule on the Nuova Sabatini is there already, with its source.
      await visible(rules.getByText('Al massimo 249 persone'));
      await rules.getByLabel('Che cosa dice il bando').selectOption('minYearsInBusiness');
      await rules.getByLabel('Quante (un numero intero)').fill('2');
      await rules.getByLabel('Link alla pagina del bando').fill('http://example.org/bando');
      await rules.getByRole('button', { name: 'Aggiungi la regola' }).click();
      await visible(rules.getByText('Scrivi un indirizzo che comincia con https://.'));
      await rules.getByLabel('Link alla pagina del bando').fill('https://www.mimit.gov.it/it/incentivi/macchinari-impianti-e-beni-strumentali-nuova-sabatini');
      await rules.getByRole('button', { name: 'Aggiungi la regola' }).click();
      await visible(rules.getByText('Almeno 2 anni di attività'));
      await visible(rules.getByText('Del tuo sportello'));
      await expectNoAxeViolations(page, 'funding coordinators, rules');
      await screenshot(page, 'funding-coord-360-rules');
    } finally {
      await ctx.close();
    }
  });
});
