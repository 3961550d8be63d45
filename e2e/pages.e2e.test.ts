import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_COORD_MILANO, linkIn, signInAs, startApp, uniqueEmail, type TTestApp } from './support/app.js';
import { DESKTOP, expectNoAxeViolations, expectNoConsoleErrors, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

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

async function withPage<T>(viewport: { width: number; height: number }, fn: (page: Page) => Promise<T>): Promise<T> {
  const ctx = await newContext(browser, app.baseUrl, viewport);
  try {
    return await fn(await ctx.newPage());
  } finally {
    await ctx.close();
  }
}

async function check(page: Page, name: string, heading: string | RegExp) {
  await visible(page.getByRole('heading', { level: 1, name: heading }));
  await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  await expectNoAxeViolations(page, name);
  await expectNoSideScroll(page, name);
  expectNoCspViolations(page, name);
  await screenshot(page, `pages-${name}`);
}

describe('every page passes axe', () => {
  const visitorPages: [string, string, string | RegExp][] = [
    ['landing', '/', 'Vuoi innovare la tua impresa? Parliamone, senza impegno'],
    ['registrati', '/registrati', 'Registrati'],
    ['accedi', '/accedi', 'Accedi'],
    ['password-dimenticata', '/password-dimenticata', 'Password dimenticata'],
    ['nuova-password', '/nuova-password?token=non-valido', 'Scegli una nuova password'],
    ['404', '/questa-pagina-non-esiste', 'Pagina non trovata'],
  ];

  it.each(visitorPages)('visitor: %s', async (name, path, heading) => {
    await withPage(MOBILE, async (page) => {
      await page.goto(path);
      expect(await page.locator('html').getAttribute('lang')).toBe('it');
      await check(page, `it-360-${name}`, heading);
      // A visitor is an ordinary answer of GET /api/me, not a failed request.
      expectNoConsoleErrors(page, name);
    });
  });

  it.each([
    ['ascolto', '/ascolto'],
    ['diventa-angel', '/diventa-angel'],
  ])('visitor: %s logs no console error', async (name, path) => {
    await withPage(MOBILE, async (page) => {
      await page.goto(path);
      await visible(page.getByRole('heading', { level: 1 }));
      await page.waitForLoadState('networkidle');
      expectNoConsoleErrors(page, name);
    });
  });

  it('shows form errors next to the fields, accessibly', async () => {
    await withPage(MOBILE, async (page) => {
      await page.goto('/registrati');
      await page.getByRole('button', { name: 'Crea il mio accesso' }).click();
      const email = page.getByLabel('E-mail');
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
      expect(describedBy).toContain('signup-email-error');
      await visible(page.getByRole('status').filter({ hasText: 'Controlla i campi' }));
      await check(page, 'it-360-registrati-errors', 'Registrati');
    });
  });

  it('landing in English, kept for a visitor after reload', async () => {
    await withPage(MOBILE, async (page) => {
      await page.goto('/');
      await page.getByRole('button', { name: /^EN/ }).click();
      const heading = "Want to bring something new to your business? Let's talk, no strings attached";
      await visible(page.getByRole('heading', { level: 1, name: heading }));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await check(page, 'en-360-landing', heading);
      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: heading }));
      await check(page, 'en-360-accedi-after-reload', heading);
    });
  });

  it('coordinator: account, sportello admin, invitation', async () => {
    const invitee = uniqueEmail('nuovo.angel');
    await withPage(MOBILE, async (page) => {
      await signInAs(page, app.baseUrl, DEMO_COORD_MILANO);
      await page.goto('/account');
      await check(page, 'it-360-account-coordinator', 'Il tuo profilo');

      await page.getByRole('link', { name: /Milano/ }).first().click();
      await page.waitForURL((url) => url.pathname.startsWith('/sportelli/'));
      await visible(page.getByRole('heading', { level: 2, name: 'Persone dello sportello' }));
      await visible(page.getByRole('heading', { level: 2, name: 'Territorio servito' }));
      await visible(page.getByRole('checkbox', { name: 'Lodi (LO)' }));
      await check(page, 'it-360-sportello-admin', /Milano/);

      // Invite an angel through the form
      const form = page.locator('form').filter({ has: page.getByRole('button', { name: "Manda l'invito" }) });
      await form.getByLabel('E-mail').fill(invitee);
      await form.getByRole('radio', { name: 'Angel' }).check();
      await form.getByRole('button', { name: "Manda l'invito" }).click();
      await visible(page.getByText(`Invito mandato a ${invitee}.`));
      await visible(page.locator('.item').filter({ hasText: invitee }));
      await expectNoAxeViolations(page, 'sportello admin after invite');
      await screenshot(page, 'pages-it-360-sportello-admin-invited');
    });

    const mail = await app.mailbox.waitFor(invitee, (m) => m.text.includes('/invito/'));
    const link = linkIn(mail, '/invito/');
    await withPage(MOBILE, async (page) => {
      await page.goto(link);
      await visible(page.getByText('Sportello Milano'));
      await check(page, 'it-360-invito-visitor', 'Invito');

      // The invitee signs up from the invitation and comes back to accept it.
      await page.locator('.card').getByRole('link', { name: 'Registrati' }).click();
      await atPath(page, '/registrati');
      await page.getByLabel('Nome e cognome').fill('Nuovo Angel');
      await page.getByLabel('E-mail').fill(invitee);
      await page.getByLabel('Password', { exact: true }).fill('una-password-lunga');
      await page.getByRole('button', { name: 'Crea il mio accesso' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/invito/'));
      await visible(page.getByRole('button', { name: 'Accetta' }));
      await check(page, 'it-360-invito-signed-in', 'Invito');
      await page.getByRole('button', { name: 'Accetta' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/sportelli/'));
      await visible(page.getByRole('heading', { level: 1, name: /Milano/ }));
      await screenshot(page, 'pages-it-360-invito-accepted');
    });
  });

  it('network admin: sportelli and mail outbox', async () => {
    await withPage(DESKTOP, async (page) => {
      await signInAs(page, app.baseUrl, DEMO_ADMIN);
      await page.goto('/admin/sportelli');
      await visible(page.locator('.item').first());
      await check(page, 'it-1280-admin-sportelli', 'Sportelli della rete');

      await page.goto('/admin/posta');
      await check(page, 'it-1280-admin-posta', 'Posta in uscita');
      const first = page.locator('details summary').first();
      if (await first.count()) {
        await first.click();
        await expectNoAxeViolations(page, 'admin posta expanded');
        await screenshot(page, 'pages-it-1280-admin-posta-open');
      }
    });
    await withPage(MOBILE, async (page) => {
      await signInAs(page, app.baseUrl, DEMO_ADMIN);
      await page.goto('/admin/sportelli');
      await visible(page.locator('.item').first());
      await check(page, 'it-360-admin-sportelli', 'Sportelli della rete');
    });
  });
});
