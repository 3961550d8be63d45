import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_COORD_MILANO, signInAs, startApp, uniqueEmail, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, chooseComune, visible } from './support/page.js';

const DRAFT_KEY = 'affianco.intake.draft.v1';
const STORY = 'Il prezzo del latte lo decidono i caseifici, vorrei vendere direttamente i miei formaggi';

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

async function heading(page: Page, name: string) {
  return visible(page.getByRole('heading', { level: 1, name }));
}

async function next(page: Page) {
  await page.getByRole('button', { name: 'Avanti' }).click();
}

async function draftIn(page: Page): Promise<Record<string, unknown> | null> {
  const raw = (await page.evaluate(`localStorage.getItem('${DRAFT_KEY}')`)) as string | null;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

/** Answers the first three questions: comune Lodi, a sector in own words, a band of people. */
async function answerFirstSteps(page: Page, opts: { businessName: string; people: string; shot?: (s: string) => Promise<unknown> }) {
  await heading(page, 'Dove lavori?');
  await visible(page.getByText('Passo 1 di 6'));
  await expectNoAxeViolations(page, 'ascolto comune');
  await expectNoSideScroll(page, 'ascolto comune 360');
  await opts.shot?.('01-comune');
  await chooseComune(page, 'Lodi', 'Lodi (LO)');
  await next(page);

  await heading(page, 'Di cosa ti occupi?');
  await visible(page.getByText('Passo 2 di 6'));
  // The everyday sectors come from the API, "Altro" is always last.
  await visible(page.getByRole('radio', { name: 'Altro', exact: true }));
  // "Altro" is drawn before the list arrives: wait for the list (a loaded machine is slow to answer).
  await expect.poll(() => page.getByRole('radio').count()).toBeGreaterThan(1);
  await page.getByRole('radio', { name: 'Altro', exact: true }).check();
  await page.getByLabel('Scrivi in poche parole cosa fai').fill('faccio formaggi in cascina');
  await page.getByLabel('Come si chiama la tua attività?').fill(opts.businessName);
  await expectNoAxeViolations(page, 'ascolto sector');
  await opts.shot?.('02-sector');
  await next(page);

  await heading(page, 'Quante persone lavorano lì?');
  await page.getByRole('radio', { name: opts.people }).check();
  await expectNoAxeViolations(page, 'ascolto people');
  await opts.shot?.('03-people');
  await next(page);
}

describe('ascolto at 360 px', () => {
  it('goes from the landing to the thank-you, sends once although the line drops at the end', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    const shot = (step: string) => screenshot(page, `ascolto-360-${step}`);
    const stamp = Date.now().toString(36);
    const contactName = `Giovanni Prova ${stamp}`;
    const arrived: { key: string | null; body: string | null; status: number }[] = [];
    page.on('response', (res) => {
      const req = res.request();
      if (req.method() === 'POST' && new URL(req.url()).pathname === '/api/intake/requests') {
        arrived.push({ key: req.headers()['idempotency-key'] ?? null, body: req.postData(), status: res.status() });
      }
    });
    try {
      await page.goto('/');
      await page.getByRole('link', { name: 'Parliamone' }).first().click();
      await atPath(page, '/ascolto');
      await answerFirstSteps(page, { businessName: `Cascina Prova ${stamp}`, people: 'Da 2 a 5', shot });

      await heading(page, 'Cosa non va? Cosa vorresti cambiare?');
      await page.getByLabel('Raccontalo con parole tue').fill(STORY);
      await expectNoAxeViolations(page, 'ascolto text');
      await shot('04-text');
      await next(page);

      await heading(page, 'Ho capito che ti serve…');
      const marketing = page.getByRole('checkbox', { name: /Marketing e canali di vendita/ });
      expect(await marketing.isChecked()).toBe(true);
      await visible(page.getByText(/Me l'hai detto con: .*«/));
      // All twelve areas can be chosen.
      expect(await page.getByRole('checkbox').count()).toBe(12);
      await expectNoAxeViolations(page, 'ascolto areas');
      await expectNoSideScroll(page, 'ascolto areas 360');
      await shot('05-areas');
      await next(page);

      await heading(page, 'Come vuoi che ti rispondiamo?');
      await page.getByRole('radio', { name: /Richiamatemi/ }).check();
      await page.getByLabel('Il tuo nome').fill(contactName);
      await page.getByLabel('Telefono').fill('333 123 4567');
      await visible(page.getByText(/solo per ricontattarmi su questa richiesta/));
      // Sending without consent is stopped next to the checkbox.
      await page.getByRole('button', { name: 'Invia' }).click();
      await visible(page.getByText('Per mandare la richiesta serve il tuo consenso.'));
      await page.getByRole('checkbox', { name: "Sono d'accordo" }).check();
      await expectNoAxeViolations(page, 'ascolto contact');
      await shot('06-contact');

      // The line drops just as the person presses "Invia".
      await ctx.setOffline(true);
      await page.getByRole('button', { name: 'Invia' }).click();
      await visible(page.getByText('Sei offline: la tua richiesta è salvata qui e partirà appena torna la linea.'));
      const waiting = await draftIn(page);
      expect(waiting?.outbox).toBeTruthy();
      expect(arrived).toHaveLength(0);
      await expectNoAxeViolations(page, 'ascolto offline');
      await shot('07-offline');

      await ctx.setOffline(false);
      await heading(page, 'Grazie! La tua richiesta è arrivata.');
      await visible(page.getByText('Ti risponde Sportello Milano (demo).'));
      await expectNoAxeViolations(page, 'ascolto thanks');
      await shot('08-thanks');
      expect(await draftIn(page)).toBeNull();
      expect(arrived).toHaveLength(1);
      expect(arrived[0]?.status).toBe(201);
      expect(arrived[0]?.key).toBe(waiting?.idempotencyKey);
      const sentBody = JSON.parse(arrived[0]?.body ?? '{}') as Record<string, unknown>;
      expect(sentBody).toMatchObject({ comuneIstat: '098031', employees: 3, consent: { accepted: true }, locale: 'it' });
      expect(sentBody.chosenAreas).toContain('marketing');

      // The same key again (a retry that got lost on the way back) answers the first request.
      const replay = await ctx.request.post(`${app.baseUrl}/api/intake/requests`, {
        headers: { 'Idempotency-Key': arrived[0]?.key ?? '', 'content-type': 'application/json', origin: app.baseUrl },
        data: arrived[0]?.body ?? '',
      });
      expect(replay.status()).toBe(200);
      expectNoCspViolations(page, 'ascolto');
    } finally {
      await ctx.close();
    }

    // The coordinator of Milano sees it once in the inbox ("Richieste"), linked from the sportello.
    const coordCtx = await newContext(browser, app.baseUrl, MOBILE);
    const coord = await coordCtx.newPage();
    try {
      await signInAs(coord, app.baseUrl, DEMO_COORD_MILANO);
      await coord.goto('/account');
      await coord.getByRole('link', { name: 'Sportello Milano (demo)' }).first().click();
      await heading(coord, 'Sportello Milano (demo)');
      await coord.getByRole('link', { name: /^Richieste:/ }).click();
      await heading(coord, 'Richieste');
      const item = coord.locator('.inbox-item', { hasText: contactName });
      await visible(item.first());
      expect(await item.count()).toBe(1);
      expect(await item.textContent()).toMatch(/Lodi/);
      expect(await item.textContent()).toMatch(/Marketing e canali di vendita/);
      await expectNoAxeViolations(coord, 'sportello with requests');
      await screenshot(coord, 'ascolto-360-09-coordinator');
    } finally {
      await coordCtx.close();
    }
  });

  it('keeps the answers through a reload, and reads the text once the line is back', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    try {
      await page.goto('/ascolto');
      await answerFirstSteps(page, { businessName: 'Cascina Ricarica', people: 'Da 6 a 9' });
      await heading(page, 'Cosa non va? Cosa vorresti cambiare?');
      await page.getByLabel('Raccontalo con parole tue').fill(STORY);

      await page.reload();
      await heading(page, 'Cosa non va? Cosa vorresti cambiare?');
      expect(await page.getByLabel('Raccontalo con parole tue').inputValue()).toBe(STORY);
      await page.getByRole('button', { name: 'Indietro' }).click();
      await heading(page, 'Quante persone lavorano lì?');
      expect(await page.getByRole('radio', { name: 'Da 6 a 9' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Indietro' }).click();
      await heading(page, 'Di cosa ti occupi?');
      expect(await page.getByRole('radio', { name: 'Altro', exact: true }).isChecked()).toBe(true);
      expect(await page.getByLabel('Scrivi in poche parole cosa fai').inputValue()).toBe('faccio formaggi in cascina');
      expect(await page.getByLabel('Come si chiama la tua attività?').inputValue()).toBe('Cascina Ricarica');
      await page.getByRole('button', { name: 'Indietro' }).click();
      await heading(page, 'Dove lavori?');
      expect(await page.getByRole('combobox').inputValue()).toBe('Lodi (LO)');

      // Forward again to the text; without a line the text waits, then is read by itself.
      for (const title of ['Di cosa ti occupi?', 'Quante persone lavorano lì?', 'Cosa non va? Cosa vorresti cambiare?']) {
        await next(page);
        await heading(page, title);
      }
      await ctx.setOffline(true);
      await next(page);
      await visible(page.getByText(/Sei offline\. Il tuo testo è salvato qui/));
      await screenshot(page, 'ascolto-360-10-text-offline');
      await ctx.setOffline(false);
      await heading(page, 'Ho capito che ti serve…');
      expect(await page.getByRole('checkbox', { name: /Marketing e canali di vendita/ }).isChecked()).toBe(true);
    } finally {
      await ctx.close();
    }
  });

  it('saves with an account by e-mail link, and sends straight away when signed in', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    const email = uniqueEmail('ascolto.account');
    try {
      await page.goto('/ascolto');
      await answerFirstSteps(page, { businessName: 'Bottega Account', people: 'Solo io' });
      await page.getByLabel('Raccontalo con parole tue').fill(STORY);
      await next(page);
      await heading(page, 'Ho capito che ti serve…');
      await next(page);
      await page.getByRole('radio', { name: /Salva con un account/ }).check();
      await page.getByLabel('E-mail', { exact: true }).fill(email);
      await page.getByRole('checkbox', { name: "Sono d'accordo" }).check();
      await page.getByRole('button', { name: 'Invia' }).click();
      await heading(page, 'Grazie! La tua richiesta è arrivata.');
      await visible(page.getByText(`Ti abbiamo mandato un link a ${email}.`, { exact: false }));
      const mail = await app.mailbox.waitFor(email, (m) => /magic-link/.test(m.text));
      expect(mail.text).toMatch(/magic-link/);
    } finally {
      await ctx.close();
    }

    const signedCtx = await newContext(browser, app.baseUrl, MOBILE);
    const signed = await signedCtx.newPage();
    try {
      await signInAs(signed, app.baseUrl, 'scarpe@demo.affianco.it');
      await signed.goto('/ascolto');
      await answerFirstSteps(signed, { businessName: 'Calzature Esempio (demo)', people: 'Da 2 a 5' });
      await signed.getByLabel('Raccontalo con parole tue').fill('Vorrei vendere le scarpe anche su internet e farmi trovare sui social');
      await next(signed);
      await heading(signed, 'Ho capito che ti serve…');
      await next(signed);
      await heading(signed, 'Mandiamo la tua richiesta?');
      await visible(signed.getByText('Ti rispondiamo a scarpe@demo.affianco.it', { exact: false }));
      await signed.getByRole('checkbox', { name: "Sono d'accordo" }).check();
      await expectNoAxeViolations(signed, 'ascolto contact signed in');
      await signed.getByRole('button', { name: 'Invia' }).click();
      await heading(signed, 'Grazie! La tua richiesta è arrivata.');
      await signed.getByRole('link', { name: 'Fai il check-up' }).click();
      await atPath(signed, '/check-up');
      await visible(signed.getByText(/^Domanda 1 di \d+$/));
    } finally {
      await signedCtx.close();
    }
  });
});

describe('ascolto after too many sends from one address', () => {
  let limited: TTestApp;
  beforeAll(async () => {
    limited = await startApp({ writeLimits: { intake: { windowSeconds: 600, perAddress: 1, perSportello: 1000 } } });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('keeps the draft and says in plain Italian when to try again', async () => {
    // Someone on the same line (this test, from the same address) used the one place of the window.
    const { CONSENT_VERSION } = await import('../src/shared/consent.js');
    const first = await fetch(`${limited.baseUrl}/api/intake/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
      body: JSON.stringify({
        comuneIstat: '098031',
        text: STORY,
        chosenAreas: ['marketing'],
        contact: { kind: 'callback', name: 'Prima persona', phone: '333 000 0000', email: null },
        consent: { version: CONSENT_VERSION, accepted: true },
        locale: 'it',
      }),
    });
    expect(first.status).toBe(201);

    const ctx = await newContext(browser, limited.baseUrl, MOBILE);
    const page = await ctx.newPage();
    const answers: number[] = [];
    page.on('response', (res) => {
      if (res.request().method() === 'POST' && new URL(res.url()).pathname === '/api/intake/requests') answers.push(res.status());
    });
    try {
      await page.goto('/ascolto');
      await answerFirstSteps(page, { businessName: 'Cascina Limite', people: 'Solo io' });
      await page.getByLabel('Raccontalo con parole tue').fill(STORY);
      await next(page);
      await heading(page, 'Ho capito che ti serve…');
      await next(page);
      await page.getByRole('radio', { name: /Richiamatemi/ }).check();
      await page.getByLabel('Il tuo nome').fill('Seconda persona');
      await page.getByLabel('Telefono').fill('333 123 4567');
      await page.getByRole('checkbox', { name: "Sono d'accordo" }).check();
      const before = await draftIn(page);
      await page.getByRole('button', { name: 'Invia' }).click();

      await visible(page.getByText(/^Sono arrivate troppe richieste in poco tempo\. Le tue risposte sono salvate qui: riprova tra \d+ minut[oi], alle \d\d:\d\d\.$/));
      expect(answers).toEqual([429]);
      await expectNoAxeViolations(page, 'ascolto rate limited');
      await screenshot(page, 'ascolto-360-11-rate-limited');
      // Still on the contact step with every answer; the same key goes with the next try.
      await heading(page, 'Come vuoi che ti rispondiamo?');
      expect(await page.getByLabel('Il tuo nome').inputValue()).toBe('Seconda persona');
      const after = await draftIn(page);
      expect(after?.outbox ?? null).toBeNull();
      expect(after?.idempotencyKey).toBe(before?.idempotencyKey);
      expect(after?.text).toBe(STORY);
      // Reloading keeps the answers too: they live on the device.
      await page.reload();
      await heading(page, 'Come vuoi che ti rispondiamo?');
      expect(await page.getByLabel('Il tuo nome').inputValue()).toBe('Seconda persona');
    } finally {
      await ctx.close();
    }
  });
});
