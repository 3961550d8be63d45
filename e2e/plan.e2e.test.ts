/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MEMBERS } from '../src/services/network/demo-data.js';
import { startTestApp } from '../src/test/app-server.js';
import { signInAs } from './support/app.js';
import { expectNoAxeViolations, expectNoCspViolations, expectNoSideScroll, expectSameAsServer, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { visible } from './support/page.js';

const ENTREPRENEUR = 'caseificio@demo.affianco.it';
const ANGEL = 'angel.lodi@demo.affianco.it';
const BUSINESS = 'Caseificio Cascina Esempio (demo)';
const ACTION_1 = 'Calcola quanto costa ogni forma';
const ACTION_2 = 'Prova il mercato del sabato';
const NOTES = 'Abbiamo guardato i conti del formaggio insieme. Il grossista paga poco.';

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

type TPlan = { plan: { id: string }; actions: { id: string; title: string; status: string }[]; log: { notes: string }[] };

/** An ISO date `months` from today (a deadline comfortably in the future). */
function inMonths(months: number): string {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

async function checkPage(page: Page, name: string) {
  await expectNoAxeViolations(page, name);
  await expectNoSideScroll(page, name);
  await screenshot(page, `plan-360-${name}`);
}

describe('the shared relaunch plan at 360 px', () => {
  it('angel and entrepreneur build it together; offline notes and a conflict lose nothing', { timeout: 300_000 }, async () => {
    let ownerCtx: BrowserContext | undefined;
    let angelCtx: BrowserContext | undefined;
    try {
      ownerCtx = await newContext(browser, app.baseUrl, MOBILE);
      angelCtx = await newContext(browser, app.baseUrl, MOBILE);
      const owner = await ownerCtx.newPage();
      const angel = await angelCtx.newPage();
      await signInAs(owner, app.baseUrl, ENTREPRENEUR);
      await signInAs(angel, app.baseUrl, ANGEL);

      // The entrepreneur chooses the Lodi angel (the assignment the plan needs).
      const me = (await (await ownerCtx.request.get(`${app.baseUrl}/api/me`)).json()) as { businesses: { id: string; name: string }[] };
      const businessId = me.businesses.find((b) => b.name === BUSINESS)!.id;
      const matches = (await (await ownerCtx.request.get(`${app.baseUrl}/api/businesses/${businessId}/matches`)).json()) as { items: { angel: { userId: string; name: string } }[] };
      const angelName = DEMO_MEMBERS.find((m) => m.email === ANGEL)!.name;
      const angelUserId = matches.items.find((m) => m.angel.name === angelName)?.angel.userId;
      expect(angelUserId, 'the Lodi angel should be among the matches of the caseificio').toBeTruthy();
      const chosen = await ownerCtx.request.post(`${app.baseUrl}/api/businesses/${businessId}/choose-angel`, { data: { angelUserId }, headers: { origin: app.baseUrl } });
      expect(chosen.status(), await chosen.text()).toBeLessThan(300);

      // Before the plan: the entrepreneur reads a plain explanation…
      await owner.goto('/piano');
      await visible(owner.getByText('Il piano di rilancio non è ancora cominciato.'));
      await checkPage(owner, '01-owner-not-started');

      // …the angel starts it.
      await angel.goto(`/piano/${businessId}`);
      const start = await visible(angel.getByRole('button', { name: 'Inizia il piano di rilancio' }));
      await checkPage(angel, '02-angel-not-started');
      await start.click();
      await visible(angel.getByRole('heading', { level: 2, name: 'A che punto siamo' }));

      // A goal with its indicator.
      await angel.getByRole('button', { name: 'Aggiungi un obiettivo' }).click();
      await visible(angel.getByRole('heading', { name: 'Un nuovo obiettivo' }));
      await angel.getByLabel("L'obiettivo, con parole tue").fill('Guadagnare di più sul formaggio');
      await angel.getByLabel('Il numero da seguire').fill('Margine sul formaggio');
      await angel.getByLabel('Si conta in').selectOption('%');
      await angel.getByLabel('Quanto è oggi').fill('10');
      await angel.getByLabel('Dove vuoi arrivare').fill('25');
      await angel.getByLabel('Entro il').fill(inMonths(3));
      await checkPage(angel, '03-goal-form');
      await angel.getByRole('button', { name: "Aggiungi l'obiettivo" }).click();
      await visible(angel.getByText(/^Margine sul formaggio: dal 10% al 25% entro .+ — oggi 10%$/));

      // Two actions under it.
      await angel.getByRole('button', { name: "Aggiungi un'azione" }).click();
      await angel.getByLabel("Cosa c'è da fare").fill(ACTION_1);
      await angel.getByLabel('Chi la fa').selectOption('entrepreneur');
      // A link that is not a web address nor a lesson code is refused next to its field.
      await angel.getByLabel("Lezione o modello collegato (se c'è)").fill('javascript:alert(1)');
      await angel.getByRole('button', { name: 'Aggiungi', exact: true }).click();
      await visible(angel.getByText('Scrivi un indirizzo web che comincia con https:// oppure il codice di una lezione.'));
      await angel.getByLabel("Lezione o modello collegato (se c'è)").fill('https://www.example.org/modelli/listino.pdf');
      await angel.getByRole('button', { name: 'Aggiungi', exact: true }).click();
      await visible(angel.locator('.action-title', { hasText: ACTION_1 }));
      const template = angel.getByRole('link', { name: 'Apri il modello collegato' });
      expect(await template.getAttribute('href')).toBe('https://www.example.org/modelli/listino.pdf');
      expect(await template.getAttribute('rel')).toBe('noopener noreferrer');
      await angel.getByLabel("Cosa c'è da fare").fill(ACTION_2);
      await angel.getByLabel('Chi la fa').selectOption('angel');
      await angel.getByRole('button', { name: 'Aggiungi', exact: true }).click();
      await visible(angel.locator('.action-title', { hasText: ACTION_2 }));
      await angel.getByRole('button', { name: 'Chiudi' }).click();

      // A new value: the line chart gets a second point.
      await angel.getByRole('button', { name: 'Aggiorna il valore' }).click();
      await angel.getByLabel('Quanto è oggi? (Margine sul formaggio)').fill('14');
      await angel.getByRole('button', { name: 'Salva il valore' }).click();
      await visible(angel.getByText(/— oggi 14%$/));
      expect(await angel.locator('.line-chart-dot').count()).toBe(2);
      await checkPage(angel, '04-angel-plan');

      // The entrepreneur sees it all and marks the first action done.
      await owner.goto('/piano');
      await visible(owner.getByText(/^Margine sul formaggio: dal 10% al 25% entro .+ — oggi 14%$/));
      await visible(owner.locator('.action-title', { hasText: ACTION_2 }));
      await owner.getByLabel(`Stato — ${ACTION_1}`).selectOption('done');
      await visible(owner.locator('.progress-figures li', { hasText: 'azioni fatte' }).getByText('1 di 2'));
      await checkPage(owner, '05-owner-plan');

      // The angel loses the signal during a visit: a status change and a meeting note wait on the phone.
      await angel.reload();
      await visible(angel.getByRole('heading', { level: 2, name: 'A che punto siamo' }));
      await angel.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 10_000 }).catch(() => undefined);
      await angelCtx.setOffline(true);
      await visible(angel.getByText('Sei senza linea. Puoi continuare: le modifiche restano su questo telefono.'));
      await angel.getByLabel(`Stato — ${ACTION_2}`).selectOption('doing');
      await visible(angel.locator('.action-item', { hasText: ACTION_2 }).getByText('da inviare'));
      await angel.getByRole('button', { name: 'Scrivi un incontro' }).click();
      await angel.getByLabel('Come').selectOption('in_person');
      await angel.getByLabel('Cosa vi siete detti').fill(NOTES);
      await angel.getByLabel('Cosa avete deciso').fill('Proviamo a vendere in cascina il sabato.');
      await angel.getByLabel('I prossimi passi').fill('Fare un cartello per lo spaccio\nChiedere il posto al mercato');
      await angel.getByRole('button', { name: 'Salva nel diario' }).click();
      await visible(angel.getByText('Salvato su questo telefono: lo mandiamo appena torna la linea.'));
      await visible(angel.getByText('2 modifiche da inviare.'));
      await visible(angel.locator('.log-entry', { hasText: NOTES }).getByText('da inviare'));
      await checkPage(angel, '06-angel-offline');

      // With no signal the page opens again from the phone (service worker and the kept copy).
      const kept = await angel.evaluate(async () => (await caches.keys()).sort());
      expect(kept).toEqual(expect.arrayContaining(['affianco-api-v2', 'affianco-assets-v2', 'affianco-shell-v2']));
      await angel.reload();
      await visible(angel.getByText('2 modifiche da inviare.'));
      await visible(angel.locator('.log-entry', { hasText: NOTES }));

      // Meanwhile the entrepreneur, online, changes the same action.
      await owner.reload();
      await owner.getByLabel(`Stato — ${ACTION_2}`).selectOption('blocked');
      await visible(owner.locator('.action-item.status-blocked', { hasText: ACTION_2 }));

      // Back online: the note arrives, the action shows both versions, the angel chooses.
      await angelCtx.setOffline(false);
      await visible(angel.getByRole('heading', { level: 3, name: 'La tua versione' }), 20_000);
      await visible(angel.getByRole('heading', { level: 3, name: 'Quella sul server' }));
      const conflict = angel.locator('.conflict');
      await visible(conflict.locator('.side-client').getByText('in corso'));
      await visible(conflict.locator('.side-server').getByText('bloccato'));
      await angel.getByText('2 modifiche da inviare.').waitFor({ state: 'detached' });
      await checkPage(angel, '07-angel-conflict');
      await conflict.getByRole('button', { name: 'Tieni la tua versione' }).click();
      await conflict.waitFor({ state: 'detached' });
      await expect.poll(async () => angel.getByLabel(`Stato — ${ACTION_2}`).inputValue()).toBe('doing');

      const plan = (await (await angelCtx.request.get(`${app.baseUrl}/api/businesses/${businessId}/plan`)).json()) as TPlan;
      expect(plan.log.filter((e) => e.notes === NOTES)).toHaveLength(1);
      expect(plan.actions.find((a) => a.title === ACTION_2)?.status).toBe('doing');
      expect(plan.actions.find((a) => a.title === ACTION_1)?.status).toBe('done');

      // The next steps of the note become actions in one tap.
      const entry = angel.locator('.log-entry', { hasText: NOTES });
      await entry.getByRole('button', { name: 'Trasforma in azioni' }).click();
      await visible(entry.getByText('Fatto: 2 nuove azioni.'));
      await visible(angel.locator('.action-title', { hasText: 'Fare un cartello per lo spaccio' }));
      // Once only: the button gives way to a note, so no second tap makes copies.
      await visible(entry.getByText('Questi passi sono già diventati azioni.'));
      expect(await entry.getByRole('button', { name: 'Trasforma in azioni' }).count()).toBe(0);

      // The history says who changed what and when.
      await angel.getByRole('button', { name: 'Mostra le modifiche' }).click();
      const history = angel.locator('.history-list');
      await visible(history.getByText(`Azione «${ACTION_2}»`));
      await visible(history.getByText('da bloccato a in corso'));
      await visible(history.getByText('da da fare a fatto'));
      await checkPage(angel, '08-angel-history');

      // The PDF for the fridge.
      const pdfHref = await angel.getByRole('link', { name: 'Scarica il PDF' }).getAttribute('href');
      expect(pdfHref).toBe(`/api/plans/${plan.plan.id}/export.pdf?lang=it`);
      const pdf = await angelCtx.request.get(`${app.baseUrl}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      const csv = await angelCtx.request.get(`${app.baseUrl}${await angel.getByRole('link', { name: 'Scarica CSV' }).getAttribute('href')}`);
      expect(csv.headers()['content-type']).toContain('text/csv');

      expectNoCspViolations(owner, 'plan (entrepreneur)');
      expectSameAsServer(owner, 'plan (entrepreneur)');
      expectNoCspViolations(angel, 'plan (angel)');
      expectSameAsServer(angel, 'plan (angel)');
    } finally {
      await ownerCtx?.close();
      await angelCtx?.close();
    }
  });
});
