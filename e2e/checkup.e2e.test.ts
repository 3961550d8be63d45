import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs, startApp, type TTestApp } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

const ENTREPRENEUR = 'caseificio@demo.affianco.it';
const BUSINESS = 'Caseificio Cascina Esempio (demo)';

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

type TPick = 'first' | 'last';

/** "Domanda 3 di 30" → [3, 30]. */
async function progress(page: Page): Promise<[number, number]> {
  const text = await (await visible(page.getByText(/^Domanda \d+ di \d+$/))).textContent();
  const m = /Domanda (\d+) di (\d+)/.exec(text ?? '');
  if (!m) throw new Error('no progress line');
  return [Number(m[1]), Number(m[2])];
}

/** Chooses an answer on the current question: "Non so" every fifth one, else the first or last option. */
async function answerCurrent(page: Page, n: number, pick: TPick): Promise<string> {
  if (n % 5 === 3) {
    await page.getByRole('radio', { name: 'Non so', exact: true }).check();
    return 'dont_know';
  }
  const options = page.locator('.questionnaire input[type="radio"]');
  const count = await options.count();
  const option = options.nth(pick === 'first' ? 0 : count - 2); // the last is "Non so"
  await option.check();
  return (await option.getAttribute('value')) ?? '';
}

async function goOn(page: Page, n: number, total: number) {
  if (n === total) {
    await page.getByRole('button', { name: 'Vedi il risultato' }).click();
    return;
  }
  await page.getByRole('button', { name: 'Avanti' }).click();
  await visible(page.getByText(`Domanda ${n + 1} di ${total}`, { exact: true }));
}

async function openDraft(ctx: BrowserContext, businessId: string) {
  const res = await ctx.request.post(`${app.baseUrl}/api/businesses/${businessId}/checkups`, { headers: { origin: app.baseUrl } });
  expect(res.ok()).toBe(true);
  return (await res.json()) as { id: string; round: number; answers: Record<string, string> };
}

/** Takes the whole check-up from the current question to the report. */
async function takeCheckup(page: Page, ctx: BrowserContext, opts: { pick: TPick; businessId: string; label: string; offlineAt?: number }) {
  const [start, total] = await progress(page);
  const given: Record<number, string> = {};
  for (let n = start; n <= total; n += 1) {
    if (n === opts.offlineAt) await ctx.setOffline(true);
    given[n] = await answerCurrent(page, n, opts.pick);
    if (n === 1) {
      await expectNoAxeViolations(page, `question 1 ${opts.label}`);
      await expectNoSideScroll(page, `question 1 ${opts.label}`);
      await screenshot(page, `checkup-360-${opts.label}-q1`);
    }
    if (opts.offlineAt !== undefined && n === opts.offlineAt + 1) {
      // Two answers given without a line: they wait on the device.
      await visible(page.getByText('Sei offline: le risposte restano qui e partono appena torna la linea.'));
      await expectNoAxeViolations(page, `question offline ${opts.label}`);
      await screenshot(page, `checkup-360-${opts.label}-offline`);
      await ctx.setOffline(false);
      await page.getByText('Sei offline: le risposte restano qui').waitFor({ state: 'detached' });
      // Back online, both reach the server by themselves: none lost.
      const q = (await (await ctx.request.get(`${app.baseUrl}/api/checkup/questionnaire`)).json()) as { questions: { id: string }[] };
      const ids = [opts.offlineAt, opts.offlineAt + 1].map((k) => q.questions[k - 1]!.id);
      await expect
        .poll(
          async () => {
            const { answers } = await openDraft(ctx, opts.businessId);
            return ids.map((id) => answers[id]);
          },
          { timeout: 10_000 },
        )
        .toEqual([given[opts.offlineAt], given[opts.offlineAt + 1]]);
    }
    await goOn(page, n, total);
  }
  await page.waitForURL((url) => /^\/check-up\/[0-9a-f-]{36}$/.test(url.pathname), { timeout: 15_000 });
}

describe('check-up at 360 px', () => {
  it('takes the check-up twice, with a dropped line, and sees the report and the change', { timeout: 300_000 }, async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    try {
      await signInAs(page, app.baseUrl, ENTREPRENEUR);
      const me = (await (await ctx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const business = me.businesses.find((b) => b.name === BUSINESS);
      expect(business).toBeTruthy();
      const businessId = business!.id;

      await page.goto('/account');
      await visible(page.getByText(BUSINESS));
      await page.getByRole('link', { name: 'Fai il check-up' }).click();
      await atPath(page, '/check-up');
      await visible(page.getByText(`Check-up di ${BUSINESS}`));

      // Two answers, then "Continua dopo": the check-up resumes where it stopped.
      await answerCurrent(page, 1, 'first');
      await goOn(page, 1, (await progress(page))[1]);
      await answerCurrent(page, 2, 'first');
      await page.getByRole('link', { name: 'Continua dopo' }).click();
      await atPath(page, '/account');
      await visible(page.getByText('Hai un check-up a metà.', { exact: false }));
      await page.getByRole('link', { name: 'Continua il check-up' }).click();
      await atPath(page, '/check-up');
      expect((await progress(page))[0]).toBe(3);
      await page.getByRole('button', { name: 'Indietro' }).click();
      await page.getByRole('button', { name: 'Indietro' }).click();
      await visible(page.getByText(/^Domanda 1 di \d+$/));

      await takeCheckup(page, ctx, { pick: 'first', businessId, label: 't0', offlineAt: 5 });

      // The report
      await visible(page.getByRole('heading', { level: 1, name: 'Il tuo check-up' }));
      expect(await page.locator('svg[role="img"]').count()).toBe(2);
      await visible(page.getByRole('heading', { level: 2, name: 'Da dove partire' }));
      expect(await page.locator('.priorities > li').count()).toBe(3);
      await visible(page.getByRole('heading', { level: 2, name: 'Come vanno imprese simili' }));
      await page.getByRole('button', { name: 'Mostra i numeri' }).first().click();
      await visible(page.locator('.table-wrap table').first());
      await expectNoAxeViolations(page, 'report t0');
      await expectNoSideScroll(page, 'report t0');
      await screenshot(page, 'checkup-360-t0-report');

      const pdfHref = await page.getByRole('link', { name: 'Scarica il PDF' }).getAttribute('href');
      expect(pdfHref).toMatch(/report\.pdf\?lang=it$/);
      const pdf = await ctx.request.get(`${app.baseUrl}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);

      // Round two (T1), other answers: the report shows the change from T0.
      await page.getByRole('link', { name: 'Rifai il check-up' }).click();
      await atPath(page, '/check-up');
      expect((await progress(page))[0]).toBe(1);
      await takeCheckup(page, ctx, { pick: 'last', businessId, label: 't1' });
      await visible(page.getByRole('heading', { level: 1, name: 'Il tuo check-up' }));
      await visible(page.getByText(/check-up n\. 2/));
      await visible(page.locator('.level-score .delta'));
      expect(await page.locator('.level-score .delta').textContent()).toMatch(/rispetto al/);
      await visible(page.getByText(/^Check-up del /).first());
      await page.getByRole('button', { name: 'Mostra i numeri' }).first().click();
      const table = page.locator('.table-wrap table').first();
      await visible(table.getByRole('columnheader', { name: 'Prima' }));
      await visible(table.getByRole('columnheader', { name: 'Differenza' }));
      await expectNoAxeViolations(page, 'report t1');
      await screenshot(page, 'checkup-360-t1-report');

      // The profile shows the last check-up with a link to its result.
      await page.goto('/account');
      await visible(page.getByRole('link', { name: 'Vedi il risultato' }));
      await visible(page.getByText(/Ultimo check-up:/));
      expectNoCspViolations(page, 'check-up');
    } finally {
      await ctx.close();
    }
  });

  it('asks a visitor to sign in first and brings them back', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    const page = await ctx.newPage();
    try {
      await page.goto('/check-up');
      await atPath(page, '/accedi');
      expect(new URL(page.url()).searchParams.get('next')).toBe('/check-up');
    } finally {
      await ctx.close();
    }
  });
});
