import type { APIRequestContext, Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../src/domain/checkup/questionnaire.js';
import { DEMO_BUSINESSES, DEMO_MEMBERS } from '../src/services/network/demo-data.js';
import { startTestApp } from '../src/test/app-server.js';
import { DEMO_COORD_MILANO, signInAs } from './support/app.js';
import { DESKTOP, expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

/*
 * The parts of the shared plan that two (or three) people use together, in a real browser:
 * rented hours with the coordinator's extra hours, comments, the check-up's suggestions and
 * the history. The caseificio's owner, the Lodi angel and the Milan coordinator of the demo.
 */

const ENTREPRENEUR = 'caseificio@demo.affianco.it';
const ANGEL = 'angel.lodi@demo.affianco.it';
const BUSINESS = 'Caseificio Cascina Esempio (demo)';
const OWNER_NAME = DEMO_BUSINESSES.find((b) => b.owner === ENTREPRENEUR)!.ownerName;
const ANGEL_NAME = DEMO_MEMBERS.find((m) => m.email === ANGEL)!.name;
const COORD_NAME = DEMO_MEMBERS.find((m) => m.email === DEMO_COORD_MILANO)!.name;

// The check-up below is weakest in communication, finance and green: these are their suggestions.
const TAKEN = 'Farti trovare su Google Maps';
const DROPPED = ['Spendere meno ogni mese', 'Spendere meno per la luce'];
const KEPT_ACTIONS = ['Apri la scheda Google della tua attività', 'Chiedi a 5 clienti affezionati una recensione'];
const LEFT_OUT_ACTION = 'Rispondi a ogni recensione, anche a quelle brutte';

const MEETING_1 = 'Prima visita in caseificio: abbiamo guardato la scheda Google insieme.';
const MEETING_2 = 'Abbiamo scritto le risposte alle recensioni e scelto le foto.';
const MEETING_3 = 'Foto nuove del caseificio e della stalla, caricate sulla scheda.';
const GOAL_COMMENT = 'Mia figlia mi aiuta con le foto, ne abbiamo già fatte venti.';
const ACTION_COMMENT = 'La scheda l’ho aperta, ma non trovo dove si cambiano gli orari.';

let app: Awaited<ReturnType<typeof startTestApp>>;
let browser: Browser;
let ownerCtx: BrowserContext;
let angelCtx: BrowserContext;
let coordCtx: BrowserContext;
let owner: Page;
let angel: Page;
let coord: Page;
let businessId: string;
let planId: string;

type TView = {
  plan: { id: string };
  goals: { id: string; title: string }[];
  actions: { id: string; goalId: string; title: string }[];
  engagement: { hoursPackage: number; hoursUsed: number; approvedExtraHours: number; remaining: number; fundingCallId: string | null } | null;
  log: { notes: string; hours: number }[];
  suggestions: { goalTitle: string }[];
};

async function api<T>(request: APIRequestContext, method: 'get' | 'post' | 'put', path: string, data?: unknown): Promise<T> {
  const res = await request[method](`${app.baseUrl}${path}`, { data, headers: { origin: app.baseUrl } });
  if (!res.ok()) throw new Error(`${method.toUpperCase()} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

const planOf = (ctx: BrowserContext) => api<TView>(ctx.request, 'get', `/api/businesses/${businessId}/plan`);

/** An ISO day in Italy, `days` from today (negative: in the past). */
function italianDay(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

async function checkPage(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await expectNoSideScroll(page, name);
  await screenshot(page, `plan-together-${name}`);
}

async function openPlan(page: Page) {
  await page.goto(`/piano/${businessId}`);
  await visible(page.getByRole('heading', { level: 2, name: 'A che punto siamo' }));
  // The server drew the page; forms are typed into once the app has taken it over (its mark),
  // as a person does after the first paint, not in the instant before.
  await page.waitForFunction(() => performance.getEntriesByName('affianco:plan-shown', 'mark').length > 0);
}

/** A part of the page by its heading ("Noleggia un manager", "Diario degli incontri"…). */
const region = (page: Page, name: string) => page.getByRole('region', { name });

/** Waits until a term and its value read one after the other in a box ("Ore che restano" "8 ore"). */
async function expectFigure(box: Locator, term: string, value: string) {
  const re = new RegExp(`${term}\\s+${value}(\\s|$)`);
  await expect.poll(async () => box.innerText(), { timeout: 10_000 }).toMatch(re);
}

/** The "Commenti" toggle of a goal or an action, found by the words it carries for screen readers. */
const commentsToggle = (scope: Page | Locator, about: string) => scope.getByText(new RegExp(`^(Commenti|\\d+ commento|Commenti \\(\\d+\\)) — ${about}$`));

/** Writes a meeting in the log through the form (it is open); the day is in the past to avoid the UTC/Italy midnight gap. */
async function fillMeeting(page: Page, m: { day: string; hours: string; notes: string }) {
  const log = region(page, 'Diario degli incontri');
  await log.getByLabel('Quando').fill(m.day);
  await log.getByLabel('Come').selectOption('in_person');
  await log.getByLabel('Quanto è durato (minuti)').fill('90');
  await log.getByLabel('Ore da contare').fill(m.hours);
  await log.getByLabel('Cosa vi siete detti').fill(m.notes);
  await log.getByRole('button', { name: 'Salva nel diario' }).click();
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  ownerCtx = await newContext(browser, app.baseUrl, MOBILE);
  angelCtx = await newContext(browser, app.baseUrl, MOBILE);
  coordCtx = await newContext(browser, app.baseUrl, DESKTOP);
  [owner, angel, coord] = await Promise.all([ownerCtx.newPage(), angelCtx.newPage(), coordCtx.newPage()]);
  await signInAs(owner, app.baseUrl, ENTREPRENEUR);
  await signInAs(angel, app.baseUrl, ANGEL);
  await signInAs(coord, app.baseUrl, DEMO_COORD_MILANO);

  // The entrepreneur chooses the Lodi angel (plan.e2e covers this in the browser).
  const me = await api<{ businesses: { id: string; name: string }[] }>(ownerCtx.request, 'get', '/api/me');
  businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
  const matches = await api<{ items: { angel: { userId: string; name: string } }[] }>(ownerCtx.request, 'get', `/api/businesses/${businessId}/matches`);
  const angelUserId = matches.items.find((m) => m.angel.name === ANGEL_NAME)?.angel.userId;
  expect(angelUserId, 'the Lodi angel should be among the matches of the caseificio').toBeTruthy();
  await api(ownerCtx.request, 'post', `/api/businesses/${businessId}/choose-angel`, { angelUserId });

  // A completed check-up (checkup.e2e covers the questionnaire in the browser): the best answer
  // everywhere except communication, finance and green, which become the three priorities.
  const q = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)!;
  const weak = new Set(['communication', 'finance', 'green']);
  const answers = Object.fromEntries(
    q.questions.map((x) => {
      const byPoints = [...x.options].sort((a, b) => a.points - b.points);
      return [x.id, (weak.has(x.section) ? byPoints[0] : byPoints.at(-1))!.id];
    }),
  );
  const draft = await api<{ id: string }>(ownerCtx.request, 'post', `/api/businesses/${businessId}/checkups`);
  await api(ownerCtx.request, 'put', `/api/checkups/${draft.id}/answers`, { answers });
  await api(ownerCtx.request, 'post', `/api/checkups/${draft.id}/submit`, {});

  // The angel starts the plan after the first meeting (plan.e2e covers the button).
  planId = (await api<TView>(angelCtx.request, 'post', `/api/businesses/${businessId}/plan`)).plan.id;
});

afterAll(async () => {
  await ownerCtx?.close();
  await angelCtx?.close();
  await coordCtx?.close();
  await browser?.close();
  await app?.close();
});

describe('the relaunch plan, made together', () => {
  it('offers goals from the check-up: the entrepreneur takes one, keeps the actions wanted, drops the others', async () => {
    await owner.goto('/piano');
    await visible(owner.getByRole('heading', { level: 2, name: 'A che punto siamo' }));
    await visible(region(owner, 'Il punto della situazione').getByText(/^Primo check-up: \d+ su 100/));

    await owner.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
    const offers = region(owner, 'Qualche punto di partenza');
    await visible(offers.getByText('Vengono dal tuo check-up.', { exact: false }));
    for (const title of [TAKEN, ...DROPPED]) await visible(offers.getByText(title, { exact: true }));
    await visible(offers.getByText('Recensioni su Google: +10 recensioni in 3 mesi'));
    await checkPage(owner, '01-owner-suggestions');

    // "No, grazie": gone from the list, nothing written in the plan.
    for (const title of DROPPED) {
      await offers.getByRole('button', { name: `No, grazie — ${title}` }).click();
      await offers.getByText(title, { exact: true }).waitFor({ state: 'detached' });
    }

    // "Parti da qui" fills the form; the figure of today sets the target (+10 reviews).
    await offers.getByRole('button', { name: `Parti da qui — ${TAKEN}` }).click();
    expect(await owner.getByLabel("L'obiettivo, con parole tue").inputValue()).toBe(TAKEN);
    expect(await owner.getByLabel('Il numero da seguire').inputValue()).toBe('Recensioni su Google');
    expect(await owner.getByLabel('Si conta in').inputValue()).toBe('recensioni');
    const byDate = Date.parse(await owner.getByLabel('Entro il').inputValue());
    expect((byDate - Date.parse(italianDay(0))) / 86_400_000).toBeGreaterThanOrEqual(89); // in 3 months
    expect((byDate - Date.parse(italianDay(0))) / 86_400_000).toBeLessThanOrEqual(92);
    await owner.getByLabel('Quanto è oggi').fill('4');
    expect(await owner.getByLabel('Dove vuoi arrivare').inputValue()).toBe('14');
    const also = owner.getByRole('group', { name: 'Aggiungi anche queste cose da fare' });
    for (const title of [...KEPT_ACTIONS, LEFT_OUT_ACTION]) expect(await also.getByRole('checkbox', { name: title }).isChecked()).toBe(true);
    // Nothing forced: one of its actions is left out.
    await also.getByRole('checkbox', { name: LEFT_OUT_ACTION }).uncheck();
    await checkPage(owner, '02-owner-suggestion-taken');
    await owner.getByRole('button', { name: "Aggiungi l'obiettivo" }).click();

    await visible(owner.getByText(`Obiettivo aggiunto: ${TAKEN}.`));
    const card = owner.getByRole('article', { name: TAKEN });
    await visible(card.getByText(/^Recensioni su Google: dal 4 recensioni al 14 recensioni entro .+ — oggi 4 recensioni$/));
    for (const title of KEPT_ACTIONS) await visible(card.getByText(title, { exact: true }));
    expect(await card.getByText(LEFT_OUT_ACTION).count()).toBe(0);

    const view = await planOf(ownerCtx);
    expect(view.goals.map((g) => g.title)).toEqual([TAKEN]);
    expect(view.actions.map((a) => a.title).sort()).toEqual([...KEPT_ACTIONS].sort());

    // The plan keeps what was taken and dropped, for both sides: opened again on this phone, and
    // by the angel on theirs, no suggestion is left.
    expect(view.suggestions).toEqual([]);
    await owner.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
    await visible(owner.getByRole('heading', { name: 'Un nuovo obiettivo' }));
    expect(await region(owner, 'Qualche punto di partenza').count()).toBe(0);
    await owner.getByRole('button', { name: 'Chiudi' }).click();
    await openPlan(angel);
    await angel.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
    await visible(angel.getByRole('heading', { name: 'Un nuovo obiettivo' }));
    expect(await region(angel, 'Qualche punto di partenza').count()).toBe(0);
    await angel.getByRole('button', { name: 'Chiudi' }).click();
  });

  it('counts rented hours: a 20-hour package, the log, a refusal beyond it and the coordinator’s extra hours', async () => {
    await openPlan(angel);
    const box = region(angel, 'Noleggia un manager');
    await visible(box.getByText('Nessun pacchetto di ore per ora.'));
    // The coordinator's form is not there for the angel.
    expect(await box.getByLabel('Ore in più da approvare').count()).toBe(0);

    // A package of zero is refused next to the field, nothing saved.
    await box.getByLabel('Ore nel pacchetto').fill('0');
    await box.getByRole('button', { name: 'Salva il pacchetto' }).click();
    await visible(box.getByText('Scrivi un numero di ore più grande di zero.'));
    expect(await box.getByLabel('Ore nel pacchetto').getAttribute('aria-invalid')).toBe('true');
    expect((await planOf(angelCtx)).engagement).toBeNull();

    await box.getByLabel('Ore nel pacchetto').fill('16');
    await box.getByRole('button', { name: 'Salva il pacchetto' }).click();
    await visible(box.getByText('Pacchetto salvato.'));
    await expectFigure(box, 'Ore nel pacchetto', '16 ore');

    // Once agreed, the angel no longer changes the hours (that would skip the coordinator's
    // approval), but ties the package to the voucher that pays for it.
    await expect.poll(() => box.getByLabel('Ore nel pacchetto').count()).toBe(0);
    await visible(box.getByText('Le ore del pacchetto le cambia il coordinatore dello sportello.'));
    await box.getByLabel("Voucher o bando che paga le ore (se c'è)").fill('Voucher digitale Lombardia');
    await box.getByRole('button', { name: 'Salva il pacchetto' }).click();
    await visible(box.getByText('Pacchetto salvato.'));
    await expectFigure(box, 'Pagato con', 'Voucher digitale Lombardia');
    // Through the API too, raising the hours is refused to the angel.
    const raised = await angelCtx.request.put(`${app.baseUrl}/api/plans/${planId}/engagement`, { data: { hoursPackage: 40, fundingCallId: null }, headers: { origin: app.baseUrl } });
    expect(raised.status()).toBe(403);

    // The coordinator makes it 20 hours; the voucher stays.
    await openPlan(coord);
    const coordPackage = region(coord, 'Noleggia un manager');
    await coordPackage.getByLabel('Ore nel pacchetto').fill('20');
    await coordPackage.getByRole('button', { name: 'Salva il pacchetto' }).click();
    await visible(coordPackage.getByText('Pacchetto salvato.'));
    await angel.reload();
    await expectFigure(box, 'Ore che restano', '20 ore');
    expect((await planOf(angelCtx)).engagement).toMatchObject({ hoursPackage: 20, hoursUsed: 0, fundingCallId: 'Voucher digitale Lombardia' });

    // Two meetings, 12 and 6 hours.
    const log = region(angel, 'Diario degli incontri');
    await log.getByRole('button', { name: 'Scrivi un incontro' }).click();
    await fillMeeting(angel, { day: italianDay(-6), hours: '12', notes: MEETING_1 });
    await visible(log.getByText('Salvato nel diario.'));
    await expectFigure(box, 'Ore che restano', '8 ore');
    await fillMeeting(angel, { day: italianDay(-2), hours: '6', notes: MEETING_2 });
    await visible(log.getByText(MEETING_2));
    await expectFigure(box, 'Ore usate', '18 ore');
    await expectFigure(box, 'Ore che restano', '2 ore');
    await visible(log.getByText('90 minuti · 12 ore'));
    await checkPage(angel, '03-angel-hours');

    // The entrepreneur sees the same hours, and cannot approve extra ones.
    await openPlan(owner);
    const ownerBox = region(owner, 'Noleggia un manager');
    await expectFigure(ownerBox, 'Ore nel pacchetto', '20 ore');
    await expectFigure(ownerBox, 'Ore che restano', '2 ore');
    await visible(region(owner, 'Diario degli incontri').getByText(MEETING_1));
    expect(await ownerBox.getByLabel('Ore in più da approvare').count()).toBe(0);
    await checkPage(owner, '04-owner-hours');

    // Three more hours do not fit: refused, the text stays in the form, nothing saved.
    await fillMeeting(angel, { day: italianDay(-1), hours: '3', notes: MEETING_3 });
    await visible(log.getByText('Queste ore superano il pacchetto. Serve il via libera del coordinatore.'));
    const hoursField = log.getByLabel('Ore da contare');
    expect(await hoursField.getAttribute('aria-invalid')).toBe('true');
    // Next to the field, why in words.
    await visible(log.getByText("Nel pacchetto non restano tante ore. Serve l'ok del coordinatore."));
    expect(await log.getByLabel('Cosa vi siete detti').inputValue()).toBe(MEETING_3);
    expect(await log.getByRole('listitem').filter({ hasText: MEETING_3 }).count()).toBe(0);
    await expectFigure(box, 'Ore che restano', '2 ore');
    let view = await planOf(angelCtx);
    expect(view.log.map((e) => e.notes)).not.toContain(MEETING_3);
    expect(view.engagement).toMatchObject({ hoursUsed: 18, approvedExtraHours: 0, remaining: 2 });
    await checkPage(angel, '05-angel-hours-refused');

    // The coordinator of the sportello approves two extra hours.
    await openPlan(coord);
    const coordBox = region(coord, 'Noleggia un manager');
    await expectFigure(coordBox, 'Ore che restano', '2 ore');
    await coordBox.getByLabel('Ore in più da approvare').fill('2');
    await coordBox.getByRole('button', { name: 'Approva le ore in più' }).click();
    await visible(coordBox.getByText('Ore in più approvate.', { exact: true }));
    await expectFigure(coordBox, 'Ore in più approvate', '2 ore');
    await expectFigure(coordBox, 'Ore che restano', '4 ore');
    await checkPage(coord, '06-coordinator-approves');

    // The angel sends the same meeting again, as it is in the form: now it fits.
    await angel.getByRole('button', { name: 'Salva nel diario' }).click();
    await visible(log.getByText('Salvato nel diario.'));
    await visible(log.getByText(MEETING_3));
    await expectFigure(box, 'Ore in più approvate', '2 ore');
    await expectFigure(box, 'Ore che restano', '1 ora');
    view = await planOf(angelCtx);
    expect(view.engagement).toMatchObject({ hoursPackage: 20, hoursUsed: 21, approvedExtraHours: 2, remaining: 1 });
    expect(view.log.filter((e) => e.notes === MEETING_3)).toHaveLength(1);

    await owner.reload();
    await expectFigure(ownerBox, 'Ore che restano', '1 ora');
  });

  it('carries comments under a goal and an action, with the author’s name; an empty one is refused', async () => {
    await openPlan(owner);
    const card = owner.getByRole('article', { name: TAKEN });

    // Under the goal: an empty comment first.
    await commentsToggle(card, TAKEN).click();
    await visible(card.getByText('Nessun commento.'));
    await card.getByRole('button', { name: 'Manda il commento' }).click();
    await visible(card.getByText('Scrivi qualcosa prima di mandare.'));
    await card.getByLabel('Scrivi un commento').fill('   ');
    await card.getByRole('button', { name: 'Manda il commento' }).click();
    await visible(card.getByText('Scrivi qualcosa prima di mandare.'));
    expect((await api<{ items: unknown[] }>(ownerCtx.request, 'get', `/api/plans/${planId}/comments`)).items).toHaveLength(0);
    await checkPage(owner, '07-owner-empty-comment');

    await card.getByLabel('Scrivi un commento').fill(GOAL_COMMENT);
    await card.getByRole('button', { name: 'Manda il commento' }).click();
    await visible(card.getByText(GOAL_COMMENT));
    await visible(commentsToggle(card, TAKEN).filter({ hasText: '1 commento' }));
    await commentsToggle(card, TAKEN).click();

    // Under an action.
    const action = KEPT_ACTIONS[0]!;
    await commentsToggle(card, action).click();
    await card.getByLabel('Scrivi un commento').fill(ACTION_COMMENT);
    await card.getByRole('button', { name: 'Manda il commento' }).click();
    await visible(card.getByText(ACTION_COMMENT));
    await checkPage(owner, '08-owner-comments');

    // The angel reads both, signed with the entrepreneur's name.
    await openPlan(angel);
    const angelCard = angel.getByRole('article', { name: TAKEN });
    await commentsToggle(angelCard, TAKEN).click();
    await commentsToggle(angelCard, action).click();
    for (const body of [GOAL_COMMENT, ACTION_COMMENT]) {
      const item = angelCard.getByRole('listitem').filter({ hasText: body }).last();
      await visible(item);
      expect(await item.innerText()).toContain(OWNER_NAME);
    }
    await checkPage(angel, '09-angel-reads-comments');

    const { items } = await api<{ items: { body: string; byName: string; targetKind: string }[] }>(angelCtx.request, 'get', `/api/plans/${planId}/comments`);
    expect(items.map((c) => [c.targetKind, c.body, c.byName])).toEqual([
      ['goal', GOAL_COMMENT, OWNER_NAME],
      ['action', ACTION_COMMENT, OWNER_NAME],
    ]);
  });

  it('tells both sides who changed what', async () => {
    for (const [page, label] of [[angel, 'angel'], [owner, 'owner']] as const) {
      await openPlan(page);
      const history = region(page, 'Chi ha cambiato cosa e quando');
      await history.getByRole('button', { name: 'Mostra le modifiche' }).click();
      const items = history.getByRole('listitem');
      // The goal and its actions, by the entrepreneur.
      const goal = items.filter({ hasText: `Obiettivo «${TAKEN}»` }).first();
      await visible(goal);
      expect(await goal.innerText()).toContain(OWNER_NAME);
      for (const title of KEPT_ACTIONS) expect(await items.filter({ hasText: `Azione «${title}»` }).first().innerText()).toContain(OWNER_NAME);
      // The three meetings, by the angel.
      const meetings = items.filter({ hasText: 'Il diario' });
      expect(await meetings.count()).toBe(3);
      for (const text of await meetings.allInnerTexts()) expect(text).toContain(ANGEL_NAME);
      // The package of hours: set by the angel, changed by the coordinator, extra hours approved by the coordinator.
      const hours = items.filter({ hasText: 'Il pacchetto di ore' });
      await visible(hours.filter({ hasText: ANGEL_NAME }).first());
      await visible(hours.filter({ hasText: COORD_NAME }).filter({ hasText: 'Ore in più approvate' }).first());
      await visible(hours.filter({ hasText: COORD_NAME }).filter({ hasText: 'Ore nel pacchetto: da 16 a 20' }).first());
      // Readable: days in words, no internal ids (fixed in history.tsx).
      const text = await history.innerText();
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(await meetings.first().innerText()).toMatch(/Quando: \d{1,2} [a-z]{3} \d{4}/);
      expect(await items.filter({ hasText: `Azione «${KEPT_ACTIONS[0]}»` }).first().innerText()).toContain(`Obiettivo: ${TAKEN}`);
      await checkPage(page, `10-${label}-history`);
    }
    expectNoCspViolations(owner, 'plan (entrepreneur)');
    expectSameAsServer(owner, 'plan (entrepreneur)');
    expectNoCspViolations(angel, 'plan (angel)');
    expectSameAsServer(angel, 'plan (angel)');
    expectNoCspViolations(coord, 'plan (coordinator)');
    expectSameAsServer(coord, 'plan (coordinator)');
  });

});
