import type { Page } from 'playwright-core';

export type TMail = { to: string; subject: string; text: string; html?: string };
export type TMailbox = { waitFor(to: string, predicate?: (m: TMail) => boolean): Promise<TMail> };
export type TTestApp = { baseUrl: string; mailbox: TMailbox; close(): Promise<void> };

export const DEMO_PASSWORD = 'demo-affianco-2026';
export const DEMO_ADMIN = 'admin@demo.affianco.it';
export const DEMO_COORD_MILANO = 'coord.milano@demo.affianco.it';

/**
 * Signs a demo person in with the demo password through the sign-in form, as a person would.
 * @example await signInWithPassword(page, DEMO_COORD_MILANO);
 */
export async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto('/accedi');
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Entra', exact: true }) });
  await form.getByLabel('E-mail').fill(email);
  await form.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Entra', exact: true }).click();
}

/**
 * The full app on a fresh database with a capturing SMTP server (src/test/app-server.ts).
 * With E2E_BASE_URL set, drives an app that is already running instead, reading mail
 * from the admin outbox (handy while developing the web app).
 * @example const app = await startApp(); ... await app.close();
 */
export async function startApp(options: { writeLimits?: Record<string, { windowSeconds: number; perAddress: number; perSportello: number }> } = {}): Promise<TTestApp> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external.replace(/\/$/, ''), mailbox: outboxMailbox(external), close: async () => {} };
  // Resolved at run time so this file type-checks before the helper lands.
  const modulePath = '../../src/test/app-server.js';
  const mod = (await import(/* @vite-ignore */ modulePath)) as {
    startTestApp(options?: { seedDemo?: boolean; writeLimits?: unknown }): Promise<TTestApp>;
  };
  return mod.startTestApp({ seedDemo: true, ...options });
}

function outboxMailbox(baseUrl: string): TMailbox {
  return {
    async waitFor(to, predicate) {
      const signIn = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: baseUrl },
        body: JSON.stringify({ email: DEMO_ADMIN, password: DEMO_PASSWORD }),
      });
      const cookie = signIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const res = await fetch(`${baseUrl}/api/admin/mail`, { headers: { cookie } });
        const { items } = (await res.json()) as { items: TMail[] };
        const hit = items.find((m) => m.to.toLowerCase().includes(to.toLowerCase()) && (!predicate || predicate(m)));
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 300));
      }
      throw new Error(`no mail to ${to} within 20 s`);
    },
  };
}

/**
 * The first link in a mail's text that contains `part`.
 * @example const url = linkIn(mail, '/api/auth/magic-link/verify');
 */
export function linkIn(mail: TMail, part: string): string {
  const links = mail.text.match(/https?:\/\/[^\s<>"')\]]+/g) ?? [];
  const hit = links.find((l) => l.includes(part));
  if (!hit) throw new Error(`no link with "${part}" in mail "${mail.subject}":\n${mail.text}`);
  return hit;
}

/**
 * Signs a page's context in through the API (the login fixture): cookies land in the context.
 * @example await signInAs(page, app.baseUrl, DEMO_COORD_MILANO);
 */
export async function signInAs(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  const res = await page.context().request.post(`${baseUrl}/api/auth/sign-in/email`, {
    data: { email, password },
    headers: { origin: baseUrl },
  });
  if (!res.ok()) throw new Error(`sign-in as ${email} failed: ${res.status()} ${await res.text()}`);
}

/** Makes a unique e-mail address for one test run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@example.test`;
}
