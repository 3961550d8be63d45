import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

const OWNER = 'forno@demo.affianco.it';
const BUSINESS = 'Panificio Esempio (demo)';

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

const hourIn = (iso: string, timeZone: string) => new Intl.DateTimeFormat('it-IT', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

describe("one clock, Italy's, on a phone set to New York", () => {
  it('shows the booked meeting at the same Rome time on the meeting pages and on the plan page', { timeout: 180_000 }, async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE, { timezoneId: 'America/New_York' });
    const page = await ctx.newPage();
    try {
      expect(await page.evaluate('Intl.DateTimeFormat().resolvedOptions().timeZone')).toBe('America/New_York');
      await signInAs(page, app.baseUrl, OWNER);
      const api = async <T>(path: string) => (await (await ctx.request.get(`${app.baseUrl}${path}`)).json()) as T;
      const me = await api<{ businesses: { id: string; name: string }[] }>('/api/me');
      const businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
      // The demo bakery is followed by its angel and has a plan under way: book the angel's first free time.
      const assignment = await api<{ angelUserId: string }>(`/api/businesses/${businessId}/assignment`);
      const slots = await api<{ items: { startsAt: string }[] }>(`/api/angels/${assignment.angelUserId}/slots?days=14`);
      const startsAt = slots.items[0]!.startsAt;
      const booked = await ctx.request.post(`${app.baseUrl}/api/meetings`, {
        data: { businessId, angelUserId: assignment.angelUserId, startsAt, mode: 'phone', note: 'Il listino per i bar' },
        headers: { origin: app.baseUrl },
      });
      expect(booked.status()).toBe(201);
      const meetingId = ((await booked.json()) as { id: string }).id;
      const rome = hourIn(startsAt, 'Europe/Rome');
      const newYork = hourIn(startsAt, 'America/New_York');
      expect(rome).not.toBe(newYork);

      await page.goto(`/incontri/${meetingId}`);
      await visible(page.getByRole('heading', { level: 1, name: 'Il tuo incontro' }));
      await visible(page.getByText(new RegExp(`alle ore ${rome}`)).first());
      await screenshot(page, 'rome-clock-360-meeting');

      await page.goto('/incontri');
      await visible(page.locator('.meeting-item').filter({ hasText: rome }).first());

      // The plan page, drawn by the server and then by the phone: the same hour as the meeting pages.
      await page.goto(`/piano/${businessId}`);
      const next = await visible(page.getByText(/^Prossimo incontro:/));
      const text = (await next.textContent()) ?? '';
      expect(text).toContain(rome);
      expect(text).not.toContain(newYork);
      expectSameAsServer(page, 'plan in New York');
      await screenshot(page, 'rome-clock-360-plan');

      // The values of a goal are dated as in Italy too, the same on the server's drawing and the phone's.
      await page.reload();
      expect((await page.getByText(/^Prossimo incontro:/).textContent()) ?? '').toContain(rome);
      expectSameAsServer(page, 'plan in New York after reload');
    } finally {
      await ctx.close();
    }
  });
});
