/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

const ENTREPRENEUR = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const BUSINESS = 'Panificio Esempio (demo)';
const DEMO_ACTION = 'Chiedere in banca il prestito per il forno nuovo, con la garanzia del Fondo per le PMI';
const DEMO_CALL = 'Fondo di Garanzia per le Piccole e Medie Imprese';
const NEW_ACTION = "Comprare l'impastatrice nuova a rate";
const PICKED_CALL = 'Beni Strumentali - Nuova Sabatini';

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

async function checkPage(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await expectNoSideScroll(page, name);
  await screenshot(page, `plan-call-360-${name}`);
}

type TPlan = { actions: { title: string; linkedCallId: string | null }[]; calls: { id: string; title: string; slug: string }[] };

describe('a plan action about a call for funding, at 360 px', () => {
  it('the demo plan shows its call with the deadline; the baker links another through the picker, the angel unlinks one', { timeout: 240_000 }, async () => {
    let ownerCtx: BrowserContext | undefined;
    let angelCtx: BrowserContext | undefined;
    try {
      ownerCtx = await newContext(browser, app.baseUrl, MOBILE);
      angelCtx = await newContext(browser, app.baseUrl, MOBILE);
      const owner = await ownerCtx.newPage();
      const angel = await angelCtx.newPage();
      await signInAs(owner, app.baseUrl, ENTREPRENEUR);
      await signInAs(angel, app.baseUrl, ANGEL);
      const me = (await (await ownerCtx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
      const readPlan = async (ctx: BrowserContext) => (await (await ctx.request.get(`${app.baseUrl}/api/businesses/${businessId}/plan`)).json()) as TPlan;

      // The demo's action shows its call by title, with its deadline (31 December 2026), and opens the call's page.
      await owner.goto(`/piano/${businessId}`);
      const demoAction = owner.locator('li.action-item', { hasText: DEMO_ACTION });
      const callLink = demoAction.getByRole('link', { name: `Bando: ${DEMO_CALL}` });
      await visible(callLink);
      await visible(demoAction.getByText(/^(Chiude|Chiuso) il 31 dicembre 2026$/));
      const demoSlug = (await readPlan(ownerCtx)).calls.find((c) => c.title === DEMO_CALL)!.slug;
      expect(await callLink.getAttribute('href')).toBe(`/bandi/${demoSlug}`);
      expectSameAsServer(owner, 'plan with a linked call');
      await checkPage(owner, '01-plan');

      // A new action gets its call through the picker: a few words, a tap on the call found.
      await owner.getByRole('button', { name: "Aggiungi un'azione" }).first().click();
      const form = owner.locator('form.sub-form', { has: owner.getByRole('heading', { name: 'Una nuova azione' }) });
      await form.getByLabel("Cosa c'è da fare").fill(NEW_ACTION);
      const picker = form.getByRole('group', { name: "Bando collegato (se c'è)" });
      await visible(picker.getByRole('radio', { name: 'Nessun bando' }));
      expect(await picker.getByRole('radio', { name: 'Nessun bando' }).isChecked()).toBe(true);
      await picker.getByRole('searchbox', { name: 'Cerca un bando' }).fill('Sabatini');
      const option = picker.getByRole('radio', { name: new RegExp(`^${PICKED_CALL}`) });
      await visible(option);
      await visible(picker.getByText(/band[oi] trovat/));
      await option.check();
      await checkPage(owner, '02-picker');
      await form.getByRole('button', { name: 'Aggiungi', exact: true }).click();
      const newAction = owner.locator('li.action-item', { hasText: NEW_ACTION });
      await visible(newAction.getByRole('link', { name: `Bando: ${PICKED_CALL}` }));
      await visible(newAction.getByText(/^(A sportello: nessuna data di chiusura|Data di chiusura da verificare)$/));
      const plan = await readPlan(ownerCtx);
      const sabatini = plan.calls.find((c) => c.title === PICKED_CALL)!;
      expect(plan.actions.find((a) => a.title === NEW_ACTION)?.linkedCallId).toBe(sabatini.id);

      // The angel opens the demo action's picker and chooses "Nessun bando": the link goes.
      await angel.goto(`/piano/${businessId}`);
      const angelAction = angel.locator('li.action-item', { hasText: DEMO_ACTION });
      await visible(angelAction.getByRole('link', { name: `Bando: ${DEMO_CALL}` }));
      await angelAction.locator('summary', { hasText: 'Cambia bando' }).click();
      const editor = angelAction.getByRole('group', { name: "Bando collegato (se c'è)" });
      await visible(editor.getByRole('radio', { name: new RegExp(`^${DEMO_CALL}`) }));
      expect(await editor.getByRole('radio', { name: new RegExp(`^${DEMO_CALL}`) }).isChecked()).toBe(true);
      await checkPage(angel, '03-angel-editor');
      await editor.getByRole('radio', { name: 'Nessun bando' }).check();
      await angelAction.getByRole('button', { name: `Salva il bando — ${DEMO_ACTION}` }).click();
      await visible(angelAction.locator('summary', { hasText: 'Collega un bando' }));
      expect(await angelAction.getByRole('link', { name: `Bando: ${DEMO_CALL}` }).count()).toBe(0);
      // The change is shown at once and sent behind it (the outbox): the server has it soon after.
      await expect.poll(async () => (await readPlan(angelCtx!)).actions.find((a) => a.title === DEMO_ACTION)?.linkedCallId).toBeNull();

      // The call's page opens from the plan.
      await owner.goto(`/piano/${businessId}`);
      await owner.locator('li.action-item', { hasText: NEW_ACTION }).getByRole('link', { name: `Bando: ${PICKED_CALL}` }).click();
      await visible(owner.getByRole('heading', { level: 1, name: PICKED_CALL }));
      expect(new URL(owner.url()).pathname).toBe(`/bandi/${sabatini.slug}`);
    } finally {
      await ownerCtx?.close();
      await angelCtx?.close();
    }
  });
});
