import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../src/services/network/demo-data.js';
import { DEMO_PASSWORD, signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { startTestApp } from '../src/test/app-server.js';
import { atPath, visible } from './support/page.js';

const ENTREPRENEUR = 'caseificio@demo.affianco.it';
const BUSINESS = 'Caseificio Cascina Esempio (demo)';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

type TMatches = { scope: string; items: { angel: { userId: string; name: string }; reasons: string[]; nextSlots: { startsAt: string }[] }[] };

describe('first meeting at 360 px', () => {
  it('sees the best angels with reasons, books the first free time, gets the invitation, then cancels', { timeout: 240_000 }, async () => {
    const shot = (step: string) => screenshot(page, `meeting-360-${step}`);
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    try {
      await signInAs(page, app.baseUrl, ENTREPRENEUR);
      const me = (await (await ctx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
      const api = (await (await ctx.request.get(`${app.baseUrl}/api/businesses/${businessId}/matches`)).json()) as TMatches;
      expect(api.items.length, 'the demo seed should give the caseificio at least one angel').toBeGreaterThan(0);

      // 1. The best angels (three at most), each with the reasons in words and free times.
      await page.goto('/incontra');
      await visible(page.getByRole('heading', { level: 1, name: 'Incontra un angel' }));
      const cards = page.locator('.match-card');
      await visible(cards);
      const count = await cards.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(3);
      for (let i = 0; i < count; i += 1) {
        expect(await cards.nth(i).locator('.reasons li').count()).toBeGreaterThan(0);
        expect(await cards.nth(i).locator('.avatar').textContent()).toMatch(/^\p{Lu}{1,3}$/u);
      }
      const first = api.items[0]!;
      await visible(cards.first().getByRole('heading', { name: first.angel.name }));
      await visible(cards.first().getByText(first.reasons[0]!));
      if (api.scope === 'network') await visible(page.getByText("Nel tuo sportello ora non c'è nessuno adatto"));
      await expectNoAxeViolations(page, 'incontra');
      await expectNoSideScroll(page, 'incontra');
      await shot('01-matches');

      // More free times of the same angel.
      await cards.first().getByRole('button', { name: /Vedi altri orari/ }).click();
      await visible(cards.first().getByText('Tutti gli orari liberi delle prossime due settimane:'));
      await expectNoAxeViolations(page, 'incontra more slots');
      await cards.first().getByRole('button', { name: /Meno orari/ }).click();

      // 2. The first free time → the booking step.
      await cards.first().locator('.slot-btn').first().click();
      await visible(page.getByRole('heading', { level: 2, name: "Fissa l'incontro" }));
      await page.getByRole('radio', { name: /Al telefono/ }).check();
      await page.getByLabel('Cosa vorrei raccontare').fill('Vendiamo il formaggio solo al grossista. Vorrei vendere anche in paese.');
      await expectNoAxeViolations(page, 'booking step');
      await shot('02-booking');
      await page.getByRole('button', { name: "Conferma l'incontro" }).click();
      await visible(page.getByText("Ti abbiamo mandato un'e-mail con l'invito per il calendario."));
      // One "Fatto!" (the heading), not a second one in the message under it.
      expect(await page.getByText(/Fatto!/).count()).toBe(1);
      await expectNoAxeViolations(page, 'booked');
      await shot('03-booked');

      // 3. Both sides get the mail with the calendar invitation.
      const angelEmail = DEMO_MEMBERS.find((m) => m.name === first.angel.name)?.email;
      expect(angelEmail, `demo angel ${first.angel.name}`).toBeTruthy();
      const toOwner = await app.mailbox.waitFor(ENTREPRENEUR, (m) => m.subject.startsWith('Incontro fissato'));
      const toAngel = await app.mailbox.waitFor(angelEmail!, (m) => m.subject.startsWith('Incontro fissato'));
      for (const mail of [toOwner, toAngel]) {
        expect(mail.calendar).toContain('BEGIN:VCALENDAR');
        expect(mail.calendar).toContain('METHOD:REQUEST');
        expect(mail.text).toMatch(/\/incontri\/[0-9a-f-]{36}/);
      }
      expect(toOwner.text).toContain('Vorrei vendere anche in paese.');

      // 4. My meetings → the meeting → cancel with a reason.
      await page.getByRole('link', { name: 'I miei incontri' }).click();
      await atPath(page, '/incontri');
      await visible(page.getByRole('heading', { level: 2, name: 'Prossimi' }));
      await expectNoAxeViolations(page, 'incontri');
      await expectNoSideScroll(page, 'incontri');
      await shot('04-meetings');
      await page.locator('.meeting-item').first().getByRole('link', { name: /Apri/ }).click();
      await page.waitForURL((url) => /^\/incontri\/[0-9a-f-]{36}$/.test(url.pathname));
      await visible(page.getByRole('heading', { level: 1, name: 'Il tuo incontro' }));
      await visible(page.getByText('Al telefono'));
      await visible(page.getByRole('heading', { level: 2, name: `Con ${first.angel.name}` }));
      await expectNoAxeViolations(page, 'incontro');
      await shot('05-meeting');
      await page.getByRole('button', { name: "Annulla l'incontro" }).click();
      await page.getByRole('button', { name: "Sì, annulla l'incontro" }).click();
      await visible(page.getByText('Scrivi in poche parole perché lo annulli.'));
      await page.getByLabel('Perché lo annulli?').fill('Ho un imprevisto in caseificio, ne fisso un altro.');
      await expectNoAxeViolations(page, 'cancel form');
      await page.getByRole('button', { name: "Sì, annulla l'incontro" }).click();
      await visible(page.getByText("L'incontro è annullato."));
      await visible(page.locator('.badge', { hasText: 'Annullato' }));
      expect(await page.getByRole('button', { name: 'Cambia' }).count()).toBe(0);
      await expectNoAxeViolations(page, 'incontro cancelled');
      await shot('06-cancelled');
      const cancelled = await app.mailbox.waitFor(angelEmail!, (m) => m.subject === 'Incontro annullato');
      expect(cancelled.text).toContain('Ho un imprevisto in caseificio');
      expect(cancelled.calendar).toContain('METHOD:CANCEL');
      expectNoCspViolations(page, 'meeting pages');
    } finally {
      await ctx.close();
    }
  });
});

describe('after the meeting at 360 px', () => {
  it('the entrepreneur gives stars and a sentence, the angel says how it went', { timeout: 180_000 }, async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    const angelCtx = await newContext(browser, app.baseUrl, MOBILE);
    const angelPage = await angelCtx.newPage();
    try {
      await signInAs(page, app.baseUrl, ENTREPRENEUR);
      const me = (await (await ctx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
      const matches = (await (await ctx.request.get(`${app.baseUrl}/api/businesses/${businessId}/matches`)).json()) as TMatches;
      const angel = matches.items[0]!.angel;
      const slots = (await (await ctx.request.get(`${app.baseUrl}/api/angels/${angel.userId}/slots?days=14`)).json()) as { items: { startsAt: string }[] };
      const booked = await ctx.request.post(`${app.baseUrl}/api/meetings`, {
        data: { businessId, angelUserId: angel.userId, startsAt: slots.items.at(-1)!.startsAt, mode: 'in_person', note: null },
        headers: { origin: app.baseUrl },
      });
      expect(booked.status()).toBe(201);
      const { id } = (await booked.json()) as { id: string };
      // Time passes: the meeting was two days ago.
      const db = new pg.Client({ connectionString: app.databaseUrl });
      await db.connect();
      try {
        await db.query("update meeting set starts_at = now() - interval '2 days', ends_at = now() - interval '2 days' + interval '45 minutes' where id = $1", [id]);
      } finally {
        await db.end();
      }

      // The entrepreneur: 1–5 stars as a radio group, and a sentence.
      await page.goto(`/incontri/${id}`);
      await visible(page.getByRole('heading', { level: 2, name: "Com'è andata?" }));
      expect(await page.getByRole('button', { name: 'Cambia' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Manda' }).click();
      await visible(page.getByText('Scegli da 1 a 5 stelle.'));
      await page.getByRole('radio', { name: '4 stelle su 5' }).check();
      await page.getByLabel('Vuoi dirci qualcosa?').fill('Mi ha ascoltato davvero, e niente venditori.');
      await expectNoAxeViolations(page, 'feedback form');
      await screenshot(page, 'meeting-360-07-feedback');
      await page.getByRole('button', { name: 'Manda' }).click();
      await visible(page.getByText('Grazie! Il tuo giudizio ci aiuta a migliorare.'));
      await visible(page.getByText('4 stelle su 5'));

      // The angel: "Com'è andata?" from the angel's home, held, notes, next step.
      const angelEmail = DEMO_MEMBERS.find((m) => m.name === angel.name)!.email;
      await signInAs(angelPage, app.baseUrl, angelEmail, DEMO_PASSWORD);
      await angelPage.goto('/angel');
      await angelPage.getByRole('link', { name: `Com'è andata? (${BUSINESS})` }).click();
      await atPath(angelPage, `/incontri/${id}`);
      await visible(angelPage.getByRole('heading', { level: 2, name: "Com'è andata?" }));
      await angelPage.getByRole('radio', { name: 'Sì, ci siamo visti' }).check();
      await angelPage.getByLabel('Le tue note').fill('Vende tutto al grossista. Proviamo lo spaccio in cascina e il mercato del sabato.');
      await angelPage.getByRole('radio', { name: 'Partiamo con un piano di rilancio' }).check();
      await expectNoAxeViolations(angelPage, 'outcome form');
      await expectNoSideScroll(angelPage, 'outcome form');
      await screenshot(angelPage, 'meeting-360-08-outcome');
      await angelPage.getByRole('button', { name: 'Salva', exact: true }).click();
      await visible(angelPage.getByText("Grazie! Abbiamo salvato com'è andata."));
      await visible(angelPage.locator('.badge', { hasText: 'Fatto' }));
      await visible(angelPage.getByText('Partiamo con un piano di rilancio'));
      expectNoCspViolations(page, 'feedback');
      expectNoCspViolations(angelPage, 'outcome');
    } finally {
      await ctx.close();
      await angelCtx.close();
    }
  });
});
