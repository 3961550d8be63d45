import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIn, startApp, uniqueEmail, type TTestApp } from './support/app.js';
import { DESKTOP, expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, chooseComune, visible } from './support/page.js';

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

describe.each([
  ['360', MOBILE],
  ['1280', DESKTOP],
] as const)('an entrepreneur at %s px', (label, viewport) => {
  it('finds the sportello, signs up, signs out and comes back with a magic link', async () => {
    const shot = (step: string) => screenshot(page, `journey-${label}-${step}`);
    const ctx = await newContext(browser, app.baseUrl, viewport);
    const page = await ctx.newPage();
    const email = uniqueEmail(`giulia.${label}`);
    try {
      // 1. Landing
      await page.goto('/');
      await visible(page.getByRole('heading', { level: 1, name: 'Vuoi innovare la tua impresa? Parliamone, senza impegno' }));
      expect(await page.locator('html').getAttribute('lang')).toBe('it');
      await expectNoAxeViolations(page, `landing ${label}`);
      await expectNoSideScroll(page, `landing ${label}`);
      await shot('01-landing');

      // 2. Find the sportello of Lodi, keyboard only
      await chooseComune(page, 'Lodi', 'Lodi (LO)');
      const card = await visible(page.locator('.sportello-card'));
      expect(await card.textContent()).toMatch(/Milano/);
      expect(await card.textContent()).toMatch(/Lodi \(LO\)/);
      await expectNoAxeViolations(page, `landing with sportello ${label}`);
      await shot('02-sportello-lodi');

      // 3. Sign up
      await page.getByRole('link', { name: 'Registrati' }).first().click();
      await atPath(page, '/registrati');
      await visible(page.getByRole('heading', { level: 1, name: 'Registrati' }));
      await page.getByLabel('Nome e cognome').fill('Giulia Bianchi');
      await page.getByLabel('E-mail').fill(email);
      await page.getByLabel('Password', { exact: true }).fill('una-password-lunga');
      await shot('03-sign-up');
      await page.getByRole('button', { name: 'Crea il mio accesso' }).click();
      await atPath(page, '/account');
      await visible(page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }));
      await visible(page.getByText(email));
      await shot('04-account');

      // 4. Sign out
      await page.getByRole('button', { name: 'Esci' }).click();
      await atPath(page, '/');
      await visible(page.getByRole('link', { name: 'Accedi' }));
      await shot('05-signed-out');

      // 5. Ask for a magic link
      await page.getByRole('link', { name: 'Accedi' }).first().click();
      await atPath(page, '/accedi');
      const linkForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Mandami un link per entrare' }) });
      await linkForm.getByLabel('E-mail').fill(email);
      await linkForm.getByRole('button', { name: 'Mandami un link per entrare' }).click();
      await visible(page.getByText("Ti abbiamo mandato un'e-mail"));
      await expectNoAxeViolations(page, `accedi after link ${label}`);
      await shot('06-link-sent');

      // 6. Open the link from the mail
      const mail = await app.mailbox.waitFor(email, (m) => /magic-link/.test(m.text));
      await page.goto(linkIn(mail, 'magic-link'));
      await atPath(page, '/account');
      await visible(page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }));
      await visible(page.getByText(email));
      await shot('07-account-via-link');
      expectNoCspViolations(page, `journey ${label}`);
    } finally {
      await ctx.close();
    }
  });
});

it('resets a forgotten password from the e-mail link (360 px)', async () => {
  const ctx = await newContext(browser, app.baseUrl, MOBILE);
  const page = await ctx.newPage();
  const email = uniqueEmail('reset');
  try {
    const res = await ctx.request.post(`${app.baseUrl}/api/auth/sign-up/email`, {
      data: { name: 'Anna Neri', email, password: 'vecchia-password-lunga' },
      headers: { origin: app.baseUrl },
    });
    expect(res.ok()).toBe(true);
    await ctx.clearCookies();

    // Signing up again with the same address is told so, beside the e-mail field.
    await page.goto('/registrati');
    await page.getByLabel('Nome e cognome').fill('Anna Neri');
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Password', { exact: true }).fill('altra-password-lunga');
    await page.getByRole('button', { name: 'Crea il mio accesso' }).click();
    await visible(page.getByText("C'è già un accesso con questa e-mail. Prova ad accedere."));

    await page.goto('/accedi');
    await page.getByRole('link', { name: 'Password dimenticata?' }).click();
    await atPath(page, '/password-dimenticata');
    await page.getByLabel('E-mail').fill(email);
    await page.getByRole('button', { name: 'Mandami il link' }).click();
    await visible(page.getByText('ti abbiamo mandato'));
    await screenshot(page, 'reset-360-01-asked');

    const mail = await app.mailbox.waitFor(email, (m) => /reset-password/.test(m.text));
    await page.goto(linkIn(mail, 'reset-password'));
    await atPath(page, '/nuova-password');
    await page.getByLabel('Nuova password', { exact: true }).fill('nuova-password-lunga');
    await page.getByLabel('Scrivi di nuovo la password').fill('nuova-password-lunga');
    await expectNoAxeViolations(page, 'nuova-password with token');
    await page.getByRole('button', { name: 'Salva la nuova password' }).click();
    await visible(page.getByText('Fatto! La tua nuova password è salvata.'));
    await screenshot(page, 'reset-360-02-done');

    await page.getByRole('link', { name: 'Accedi' }).last().click();
    await atPath(page, '/accedi');
    const pwForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Entra', exact: true }) });
    await pwForm.getByLabel('E-mail').fill(email);
    // better-auth's refusal reaches the page as the server's problem+json, read in plain words.
    await pwForm.getByLabel('Password', { exact: true }).fill('vecchia-password-lunga');
    await pwForm.getByRole('button', { name: 'Entra', exact: true }).click();
    await visible(page.getByText('E-mail o password non corrette.'));
    await pwForm.getByLabel('Password', { exact: true }).fill('nuova-password-lunga');
    await pwForm.getByRole('button', { name: 'Entra', exact: true }).click();
    await atPath(page, '/account');
    await visible(page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }));
  } finally {
    await ctx.close();
  }
});

it('moves through the comune suggestions with the keyboard and closes them with Escape', async () => {
  const ctx = await newContext(browser, app.baseUrl, DESKTOP);
  const page = await ctx.newPage();
  try {
    await page.goto('/');
    const combo = page.getByRole('combobox', { name: 'Il tuo comune' });
    await combo.click();
    await combo.pressSequentially('Mila', { delay: 40 });
    await visible(page.getByRole('option').first());
    expect(await combo.getAttribute('aria-expanded')).toBe('true');
    await combo.press('ArrowDown');
    const first = await combo.getAttribute('aria-activedescendant');
    expect(first).toBeTruthy();
    expect(await page.locator(`[id="${first}"]`).getAttribute('aria-selected')).toBe('true');
    await combo.press('ArrowUp');
    expect(await combo.getAttribute('aria-activedescendant')).not.toBe(first);
    await combo.press('Escape');
    expect(await combo.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('listbox').count()).toBe(0);
  } finally {
    await ctx.close();
  }
});
