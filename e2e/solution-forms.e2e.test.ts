import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '../src/test/app-server.js';
import { signInWithPassword } from './support/app.js';
import { expectNoAxeViolations, expectNoSideScroll, launchBrowser, MOBILE, newContext, screenshot } from './support/browser.js';
import { atPath, visible } from './support/page.js';

// The catalogue's forms as people reach them (issue 16): an angel proposes, Bari's coordinator
// publishes; the bakery's angel declares a tie and reviews a solution its plan used; the
// coordinator hides that review with a reason.

const ANGEL = 'angel.bari@demo.affianco.it';
const COORD = 'coord.bari@demo.affianco.it';
/** A demo solution the bakery's plan does not use yet: the test points one of its actions at it. */
const REVIEWED = { slug: 'sito-vetrina-fai-da-te', name: 'Sito vetrina fai da te', provider: 'Costruttori di siti in abbonamento', action: 'Preparare un listino semplice per i locali' };
const TIE = 'Ho costruito siti per loro, pagata, nel 2025';
const REVIEW = 'Il listino sul sito lo aggiorniamo dal telefono: i bar lo guardano prima di chiamare.';

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

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: app.databaseUrl });
  await db.connect();
  try {
    return (await db.query<T>(sql, params)).rows;
  } finally {
    await db.end();
  }
}

/** Signed in, and back from the sign-in page. */
async function signIn(page: Page, email: string) {
  await signInWithPassword(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith('/accedi'));
}

/** The drawn page (it starts light) taken over by the app: a tap on a control, then the app's own mark. */
async function takeOver(page: Page, path: string) {
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.locator('a[href="/soluzioni"]').first().focus();
  await page.waitForFunction((p) => document.documentElement.dataset.page === p, path, { timeout: 30_000 });
}

describe('the solutions catalogue’s forms', () => {
  it('lets an angel propose a solution and Bari’s coordinator publish it into the catalogue', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signIn(page, ANGEL);
      await page.goto('/soluzioni');
      await page.getByRole('link', { name: 'Proponi una soluzione' }).click();
      await atPath(page, '/soluzioni/proponi');
      await visible(page.getByRole('heading', { level: 1, name: 'Proponi una soluzione' }));
      await page.getByLabel('Nome della soluzione').fill('Registro delle consegne su foglio condiviso');
      expect(await page.getByLabel("Nome breve per l'indirizzo").inputValue()).toBe('registro-delle-consegne-su-foglio-condiviso');
      await page.getByLabel('Fornitore', { exact: true }).fill('Fogli di calcolo online');
      await page.getByLabel('In una frase: cosa fa').fill('Un foglio condiviso dove segni le consegne ai locali.');
      await page.getByLabel('Cosa fa, in parole semplici').fill('Chi consegna scrive cosa ha portato; a fine mese sai quanto fatturare a ogni locale.');
      await page.getByLabel('Per chi non va bene', { exact: true }).fill('Chi consegna a più di trenta locali al giorno.');
      await page.getByRole('group', { name: 'A quali bisogni risponde?' }).getByLabel('Organizzazione e processi').check();
      await page.getByLabel("Quante ore a settimana chiede all'impresa?").fill('0,5');
      await page.getByRole('button', { name: 'Aggiungi una parte del prezzo' }).click();
      const part = page.getByRole('group', { name: 'Parte 1 del prezzo' });
      await part.getByLabel('Importo in euro').fill('-4');
      await part.getByLabel('Da dove viene il prezzo').fill('Listino sul sito del fornitore');
      await expectNoAxeViolations(page, 'solution proposal form');
      await expectNoSideScroll(page, 'solution proposal form');
      await page.getByRole('button', { name: 'Invia la proposta' }).click();
      // Refused in the browser, next to the field.
      await visible(part.getByText('Il prezzo non può essere negativo.'));
      await part.getByLabel('Importo in euro').fill('4');
      // A short name already in the catalogue: the server's refusal lands next to the field.
      await page.getByLabel("Nome breve per l'indirizzo").fill('pos-con-canone');
      await page.getByRole('button', { name: 'Invia la proposta' }).click();
      await visible(page.getByText('Questo nome breve è già usato: scegline un altro.'));
      await expectNoAxeViolations(page, 'solution proposal form with errors');
      await screenshot(page, 'solution-forms-360-propose');
      await page.getByLabel("Nome breve per l'indirizzo").fill('registro-consegne');
      await page.getByRole('button', { name: 'Invia la proposta' }).click();
      await atPath(page, '/soluzioni/gestisci');
      await visible(page.getByText('Grazie: «Registro delle consegne su foglio condiviso» è stata inviata.', { exact: false }));
      await visible(page.getByRole('heading', { level: 2, name: 'Le tue proposte' }));
      await expectNoAxeViolations(page, 'own proposals');
    } finally {
      await ctx.close();
    }

    const coordCtx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await coordCtx.newPage();
      await signIn(page, COORD);
      await page.goto('/soluzioni');
      await page.getByRole('link', { name: 'Soluzioni da pubblicare' }).click();
      await atPath(page, '/soluzioni/gestisci');
      await visible(page.getByRole('heading', { level: 2, name: '1 proposta da pubblicare' }));
      await expectNoAxeViolations(page, 'solutions to publish');
      await expectNoSideScroll(page, 'solutions to publish');
      await screenshot(page, 'solution-forms-360-to-publish');
      await page.getByRole('link', { name: 'Controlla e pubblica Registro delle consegne su foglio condiviso' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Controlla e modifica la soluzione' }));
      expect(await page.getByLabel('Fornitore', { exact: true }).inputValue()).toBe('Fogli di calcolo online');
      await expectNoAxeViolations(page, 'solution editor');
      await page.getByRole('button', { name: 'Pubblica', exact: true }).click();
      await atPath(page, '/soluzioni/registro-consegne');
      await visible(page.getByRole('heading', { level: 1, name: 'Registro delle consegne su foglio condiviso' }));
      await page.goto('/soluzioni?need=organisation');
      await visible(page.getByRole('link', { name: 'Registro delle consegne su foglio condiviso' }));
    } finally {
      await coordCtx.close();
    }
  });

  it('lets the bakery’s angel declare a tie and review a solution its plan used; the tie stands beside it', async () => {
    const [use] = await query<{ planId: string; actionId: string }>(
      `select p.id as "planId", a.id as "actionId" from plan_action a join plan p on p.id = a.plan_id join business b on b.id = p.business_id
        where b.name = 'Panificio Esempio (demo)' and a.title = $1`,
      [REVIEWED.action],
    );
    const [solution] = await query<{ id: string }>('select id from solution where slug = $1', [REVIEWED.slug]);
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signIn(page, ANGEL);
      // The plan's action points at the solution, as the picker on the plan does.
      const linked = await ctx.request.put(`${app.baseUrl}/api/plans/${use!.planId}/actions/${use!.actionId}/solution`, { data: { solutionId: solution!.id }, headers: { origin: app.baseUrl } });
      expect(linked.status()).toBe(200);

      await page.goto('/account');
      const ties = page.getByRole('region', { name: 'I tuoi legami con i fornitori' });
      await visible(ties);
      await ties.getByLabel('Nome del fornitore').fill(REVIEWED.provider);
      await ties.getByLabel('Che legame è?').selectOption('earns_from');
      await ties.getByLabel('Qual è il legame, in poche parole').fill(TIE);
      await ties.getByRole('button', { name: 'Dichiara il legame' }).click();
      await visible(ties.getByText(`Legame con ${REVIEWED.provider} dichiarato.`));
      await visible(ties.getByText(TIE, { exact: false }));
      await expectNoAxeViolations(page, 'account ties');

      // A solution already reviewed for the bakery: no second review, and the page says why.
      await page.goto('/soluzioni/scheda-sulle-mappe');
      await visible(page.getByText('Hai già recensito questa soluzione per Panificio Esempio (demo)', { exact: false }));

      await page.goto(`/soluzioni/${REVIEWED.slug}`);
      const mine = page.getByRole('region', { name: 'La tua esperienza' });
      await visible(mine);
      await takeOver(page, `/soluzioni/${REVIEWED.slug}`);
      await visible(mine.getByText(`Hai dichiarato un legame con ${REVIEWED.provider}`, { exact: false }));
      await expect.poll(() => mine.getByLabel("Con quale impresa e in quale azione del piano l'avete usata?").inputValue()).toContain(use!.actionId);
      await mine.getByRole('button', { name: 'Pubblica la recensione' }).click();
      await visible(mine.getByText('Scegli da 1 a 5 stelle.'));
      await mine.getByRole('group', { name: 'Quante stelle le dai?' }).getByLabel('4 stelle su 5').check();
      await mine.getByLabel("Com'è andata?").fill(REVIEW);
      await expectNoAxeViolations(page, 'review form');
      await expectNoSideScroll(page, 'review form');
      await screenshot(page, 'solution-forms-360-review');
      await mine.getByRole('button', { name: 'Pubblica la recensione' }).click();
      await visible(page.getByText('Grazie: la tua recensione è pubblicata.'));
      const reviews = page.getByRole('region', { name: "Recensioni di chi l'ha usata" });
      const review = reviews.locator('.solution-review').filter({ hasText: REVIEW });
      await visible(review);
      await visible(review.getByText(TIE, { exact: false }));
      await visible(mine.getByText('Hai già recensito questa soluzione per Panificio Esempio (demo)', { exact: false }));
      await expectNoAxeViolations(page, 'solution page with own review');
      // Its author changes it.
      await mine.getByRole('button', { name: 'Modifica la tua recensione' }).click();
      await mine.getByLabel("Com'è andata?").fill(`${REVIEW} Ci vogliono dieci minuti a settimana.`);
      await mine.getByRole('button', { name: 'Salva la recensione' }).click();
      await visible(page.getByText('La tua recensione è aggiornata.'));
      await visible(review.getByText('Ci vogliono dieci minuti a settimana.', { exact: false }));
    } finally {
      await ctx.close();
    }
  });

  it('lets Bari’s coordinator hide that review with a reason, and see the angel’s declared ties', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signIn(page, COORD);
      await page.goto(`/soluzioni/${REVIEWED.slug}`);
      const reviews = page.getByRole('region', { name: "Recensioni di chi l'ha usata" });
      const review = reviews.locator('.solution-review').filter({ hasText: REVIEW });
      await visible(review);
      await takeOver(page, `/soluzioni/${REVIEWED.slug}`);
      await review.getByRole('button', { name: 'Nascondi questa recensione' }).click();
      await review.getByLabel('Perché la nascondi?').fill('Chi la scrive lavora per il fornitore: la rileggiamo insieme.');
      await expectNoAxeViolations(page, 'hide review form');
      await review.getByRole('button', { name: 'Nascondi la recensione' }).click();
      await visible(page.getByText('Recensione nascosta. Il motivo è stato salvato.'));
      await expect.poll(() => reviews.locator('.solution-review').filter({ hasText: REVIEW }).count()).toBe(0);
      const hidden = page.getByRole('region', { name: 'Recensioni nascoste' });
      await visible(hidden.getByText('Chi la scrive lavora per il fornitore', { exact: false }));
      await expectNoAxeViolations(page, 'solution page after hiding');
      await screenshot(page, 'solution-forms-360-hidden');

      const [angel] = await query<{ id: string; sportelloId: string }>(
        `select u.id, m.sportello_id as "sportelloId" from "user" u join membership m on m.user_id = u.id where u.email = $1`,
        [ANGEL],
      );
      await page.goto(`/sportelli/${angel!.sportelloId}/angel/${angel!.id}`);
      const declared = page.getByRole('region', { name: 'Legami dichiarati con i fornitori' });
      await visible(declared);
      await visible(declared.getByText(TIE, { exact: false }));
      await expectNoAxeViolations(page, 'angel page with ties');
    } finally {
      await ctx.close();
    }
  });

  it('shows the bakery the ties its proposed angel declared, on the angel’s card', async () => {
    const ctx = await newContext(browser, app.baseUrl, MOBILE);
    try {
      const page = await ctx.newPage();
      await signIn(page, 'forno@demo.affianco.it');
      await page.goto('/incontra');
      const card = page.locator('.match-card').filter({ has: page.getByRole('heading', { name: 'Rosa Angel (demo)' }) });
      await visible(card);
      await visible(card.getByText(`Legami dichiarati con fornitori: ${REVIEWED.provider} (ci guadagna).`));
      await expectNoAxeViolations(page, 'meet with ties');
    } finally {
      await ctx.close();
    }
  });
});
