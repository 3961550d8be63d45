import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApp, uniqueEmail, type TTestApp } from './support/app.js';
import { DESKTOP, expectNoAxeViolations, launchBrowser, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

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

it('keeps a signed-in user’s language on the server across reloads', async () => {
  const ctx = await newContext(browser, app.baseUrl, DESKTOP);
  const page = await ctx.newPage();
  try {
    const email = uniqueEmail('lingua');
    const res = await ctx.request.post(`${app.baseUrl}/api/auth/sign-up/email`, {
      data: { name: 'Marco Verdi', email, password: 'una-password-lunga' },
      headers: { origin: app.baseUrl },
    });
    expect(res.ok()).toBe(true);

    await page.goto('/account');
    await visible(page.getByRole('heading', { level: 1, name: 'Il tuo profilo' }));
    await page.getByRole('button', { name: /^EN/ }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Your profile' }));

    const me = await ctx.request.get(`${app.baseUrl}/api/me`);
    expect(((await me.json()) as { user: { locale: string } }).user.locale).toBe('en');

    // Forget the device's copy: the language must come back from /api/me.
    await page.evaluate('window.localStorage.clear()');
    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: 'Your profile' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: /^EN/ }).getAttribute('aria-pressed')).toBe('true');
    await expectNoAxeViolations(page, 'account in English');
    await screenshot(page, 'language-1280-account-en');

    // A fresh device (new context, same cookies) also opens in English.
    const cookies = await ctx.cookies();
    const other = await newContext(browser, app.baseUrl, DESKTOP);
    await other.addCookies(cookies);
    const p2 = await other.newPage();
    // `/` takes a signed-in person home: with no role yet, that is their profile.
    await p2.goto('/');
    await visible(p2.getByRole('heading', { level: 1, name: 'Your profile' }));
    await other.close();
  } finally {
    await ctx.close();
  }
});
