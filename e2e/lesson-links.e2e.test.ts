/// <reference lib="dom" />
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

const ENTREPRENEUR = 'forno@demo.affianco.it';
const ANGEL = 'angel.bari@demo.affianco.it';
const ANGEL_NAME = 'Rosa Angel (demo)';
const BUSINESS = 'Panificio Esempio (demo)';
const ACTION = 'Rifare i prezzi del pane per i bar';
const PICKED_LESSON = 'Quanto mi costa davvero quello che vendo';
const SUGGESTED_LESSON = 'Chi è il tuo cliente tipo';
const NOTE = 'Prima di andare dai bar, pensa a chi compra da te.';

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
  await screenshot(page, `lesson-links-360-${name}`);
}

/** Types a few words in a lesson picker and chooses `title` with the arrow keys and Enter only. */
async function pickLessonByKeyboard(page: Page, combo: Locator, words: string, title: string): Promise<void> {
  await combo.click();
  await combo.pressSequentially(words, { delay: 30 });
  await visible(page.getByRole('option', { name: new RegExp(`^${title}`) }));
  for (let i = 0; i < 8; i += 1) {
    await combo.press('ArrowDown');
    const activeId = await combo.getAttribute('aria-activedescendant');
    if (!activeId) continue;
    const label = await page.locator(`[id="${activeId}"] .option-name`).textContent();
    if (label === title) {
      await combo.press('Enter');
      expect(await combo.getAttribute('aria-expanded')).toBe('false');
      expect(await combo.inputValue()).toBe(title);
      return;
    }
  }
  throw new Error(`lesson ${title} not reachable with the arrow keys`);
}

describe('lessons where people need them, at 360 px', () => {
  it('the report shows lessons, a plan action gets one by keyboard, the angel suggests one and the baker sees it', { timeout: 240_000 }, async () => {
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

      // A check-up answered with the first option everywhere (the questionnaire has its own journey test).
      const headers = { origin: app.baseUrl };
      const q = (await (await ownerCtx.request.get(`${app.baseUrl}/api/checkup/questionnaire`)).json()) as { questions: { id: string; options: { id: string }[] }[] };
      const draft = (await (await ownerCtx.request.post(`${app.baseUrl}/api/businesses/${businessId}/checkups`, { headers })).json()) as { id: string };
      const answers = Object.fromEntries(q.questions.map((x) => [x.id, x.options[0]!.id]));
      const submitted = await ownerCtx.request.post(`${app.baseUrl}/api/checkups/${draft.id}/submit`, { headers, data: { answers } });
      expect(submitted.status(), await submitted.text()).toBe(200);

      // "Da dove partire" lists lessons under its priorities, each a link to its page with the minutes to read.
      await owner.goto(`/check-up/${draft.id}`);
      const priorities = owner.locator('section[aria-labelledby="rep-prio"]');
      await visible(priorities.getByRole('heading', { name: 'Da dove partire' }));
      const links = priorities.getByRole('link');
      await visible(links);
      expect(await links.count()).toBeGreaterThanOrEqual(1);
      expect(await links.first().getAttribute('href')).toMatch(/^\/lezioni\/[a-z0-9-]+$/);
      await visible(priorities.getByText(/minut[oi] di lettura/));
      await checkPage(owner, '01-report');

      // The demo plan's action already shows its lesson by title.
      await owner.goto(`/piano/${businessId}`);
      await visible(owner.getByRole('link', { name: 'Lezione: Fatti trovare sulle mappe del telefono' }));
      expectSameAsServer(owner, 'plan with a linked lesson');

      // A new action gets its lesson through the picker, with the keyboard only.
      await owner.getByRole('button', { name: "Aggiungi un'azione" }).first().click();
      await owner.getByLabel("Cosa c'è da fare").fill(ACTION);
      const picker = owner.getByRole('combobox', { name: "Lezione o modello collegato (se c'è)" });
      await pickLessonByKeyboard(owner, picker, 'costa davvero', PICKED_LESSON);
      await checkPage(owner, '02-action-picker');
      await owner.getByRole('button', { name: 'Aggiungi', exact: true }).click();
      await visible(owner.getByRole('link', { name: `Lezione: ${PICKED_LESSON}` }));
      const plan = (await (await ownerCtx.request.get(`${app.baseUrl}/api/businesses/${businessId}/plan`)).json()) as { actions: { title: string; linkedLessonId: string | null }[] };
      expect(plan.actions.find((a) => a.title === ACTION)?.linkedLessonId).toBe('quanto-mi-costa-davvero');

      // The angel suggests a lesson from the plan page.
      await angel.goto(`/piano/${businessId}`);
      await visible(angel.getByRole('heading', { name: 'Suggerisci una lezione' }));
      expectSameAsServer(angel, 'plan with the suggestion form');
      await pickLessonByKeyboard(angel, angel.getByRole('combobox', { name: 'Lezione da suggerire' }), 'cliente tipo', SUGGESTED_LESSON);
      await angel.getByLabel('Perché gliela suggerisci (se vuoi)').fill(NOTE);
      await angel.getByRole('button', { name: 'Suggerisci', exact: true }).click();
      await visible(angel.getByText(`Fatto: «${SUGGESTED_LESSON}» è tra le lezioni suggerite.`));
      await checkPage(angel, '03-angel-suggests');

      // The baker finds it on their home, with the note, and can hide one.
      await owner.goto('/impresa');
      const suggested = owner.locator('section.suggested-lessons');
      await visible(suggested.getByRole('heading', { name: `Lezioni che ti ha suggerito ${ANGEL_NAME}` }));
      await visible(suggested.getByRole('link', { name: SUGGESTED_LESSON }));
      await visible(suggested.getByText(NOTE));
      await checkPage(owner, '04-impresa');
      await suggested.getByRole('button', { name: `Nascondi la lezione «${SUGGESTED_LESSON}»` }).click();
      await visible(owner.getByText('Lezione nascosta.'));
      expect(await owner.getByRole('link', { name: SUGGESTED_LESSON }).count()).toBe(0);
    } finally {
      await ownerCtx?.close();
      await angelCtx?.close();
    }
  });
});
