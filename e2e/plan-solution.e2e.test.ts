import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

const ENTREPRENEUR = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const BUSINESS = 'Panificio Esempio (demo)';
const USED_ACTION = 'Aprire la scheda Google del panificio con foto e orari';
const USED_SOLUTION = 'Scheda gratuita sulle mappe';
const OTHER_ACTION = 'Chiedere in banca il prestito per il forno nuovo, con la garanzia del Fondo per le PMI';
const PICKED_SOLUTION = 'Lettore di carte senza canone';

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

type TLinks = { items: { actionId: string; name: string; outcome: string | null }[] };

describe('a plan action pointing to a vetted solution (issue 16, point 7), at 360 px', () => {
  it('shows the solution used, asks how it went in one tap once done, and links another through a disclosed picker', { timeout: 240_000 }, async () => {
    let ownerCtx: BrowserContext | undefined;
    let angelCtx: BrowserContext | undefined;
    try {
      ownerCtx = await newContext(browser, app.baseUrl, MOBILE);
      angelCtx = await newContext(browser, app.baseUrl, MOBILE);
      const owner = await ownerCtx.newPage();
      await signInAs(owner, app.baseUrl, ENTREPRENEUR);
      const me = (await (await ownerCtx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
      const plan = (await (await ownerCtx.request.get(`${app.baseUrl}/api/businesses/${businessId}/plan`)).json()) as { plan: { id: string }; actions: { id: string; title: string }[] };
      const readLinks = async () => (await (await angelCtx!.request.get(`${app.baseUrl}/api/plans/${plan.plan.id}/solutions`)).json()) as TLinks;

      const angel = await angelCtx.newPage();
      await signInAs(angel, app.baseUrl, ANGEL);
      await angel.goto(`/piano/${businessId}`);
      const used = angel.locator('li.action-item', { hasText: USED_ACTION });
      await visible(used.getByRole('link', { name: USED_SOLUTION }));
      expectSameAsServer(angel, 'plan with a solution');

      // The action is done: "Com'è andata?" in one tap, the answer kept for the solution's outcomes.
      const howWent = used.getByRole('group', { name: `Com'è andata con ${USED_SOLUTION}?` });
      await visible(howWent);
      expect(await howWent.getByRole('button', { name: 'Bene' }).getAttribute('aria-pressed')).toBe('true');
      await howWent.getByRole('button', { name: 'Così così' }).click();
      await visible(howWent.getByRole('status').filter({ hasText: 'Grazie' }));
      expect(await howWent.getByRole('button', { name: 'Così così' }).getAttribute('aria-pressed')).toBe('true');
      const usedId = plan.actions.find((a) => a.title === USED_ACTION)!.id;
      expect((await readLinks()).items.find((l) => l.actionId === usedId)?.outcome).toBe('mixed');
      await expectNoAxeViolations(angel, 'plan-solution-outcome', { include: ['li.action-item:has(.action-outcome)'] });

      // Another action gets a solution: the picker is drawn only once its disclosure is opened.
      const other = angel.locator('li.action-item', { hasText: OTHER_ACTION });
      expect(await other.getByLabel('Soluzione usata').count()).toBe(0);
      await other.locator('summary', { hasText: 'Collega una soluzione' }).click();
      const picker = other.getByLabel('Soluzione usata');
      await expect.poll(() => picker.locator('option', { hasText: PICKED_SOLUTION }).count()).toBe(1);
      await picker.selectOption({ label: PICKED_SOLUTION });
      await expectNoAxeViolations(angel, 'plan-solution-picker', { include: ['li.action-item:has(.action-solution-editor[open])'] });
      await expectNoSideScroll(angel, 'plan-solution-picker');
      await screenshot(angel, 'plan-solution-360-picker');
      await other.getByRole('button', { name: `Salva la soluzione — ${OTHER_ACTION}` }).click();
      await visible(other.getByRole('link', { name: PICKED_SOLUTION }));
      await visible(other.locator('summary', { hasText: 'Cambia soluzione' }));
      const otherId = plan.actions.find((a) => a.title === OTHER_ACTION)!.id;
      expect((await readLinks()).items.find((l) => l.actionId === otherId)?.name).toBe(PICKED_SOLUTION);

      // The entrepreneur reads the link and opens the solution's page.
      await owner.goto(`/piano/${businessId}`);
      const ownerLine = owner.locator('li.action-item', { hasText: OTHER_ACTION });
      await ownerLine.getByRole('link', { name: PICKED_SOLUTION }).click();
      await visible(owner.getByRole('heading', { level: 1, name: PICKED_SOLUTION }));
    } finally {
      await ownerCtx?.close();
      await angelCtx?.close();
    }
  });
});
