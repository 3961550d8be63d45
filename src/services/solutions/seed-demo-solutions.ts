import { and, asc, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, businessMember, plan, planAction, planActionOutcome, planGoal, solution, solutionReview, user } from '../../db/schema/index.js';
import type { TPortability } from '../../db/schema/solutions.js';
import { createSolution, type TSolutionInput } from './write.js';

/** The day the demo's example prices refer to. */
const AS_OF = '2026-11-01';
const SOURCE = 'Esempio scritto per la demo di Affianco: non è l’offerta di un fornitore';

type TPart = TSolutionInput['parts'][number];
const part = (p: Omit<TPart, 'sourceText' | 'asOf' | 'isExample'>): TPart => ({ ...p, sourceText: SOURCE, asOf: AS_OF, isExample: true });
const w = (it: string, en: string) => ({ it, en });
const port = (customers: TPortability['customers']['can'], products: TPortability['products']['can'], invoices: TPortability['invoices']['can'], format: string | null = null): TPortability => ({
  customers: { can: customers, format },
  products: { can: products, format },
  invoices: { can: invoices, format },
});

type TDemo = Omit<TSolutionInput, 'sportelloId' | 'status' | 'alternativeSlugs' | 'dataNote' | 'exitCosts'> & { alternativeSlugs?: string[]; exitCosts?: ReturnType<typeof w> };

/**
 * Fifteen solutions for the demo businesses' commonest needs, written for this project in plain
 * words: tool categories, not any provider's text; every price an example with its day.
 */
export const DEMO_SOLUTIONS: TDemo[] = [
  {
    slug: 'scheda-sulle-mappe',
    name: 'Scheda gratuita sulle mappe',
    provider: 'Servizi di mappe (Google, Apple, Bing)',
    summary: w('La tua attività sulle mappe del telefono, con orari, foto e recensioni.', 'Your business on phone maps, with hours, photos and reviews.'),
    whatItDoes: w('Chi cerca “panificio” vicino a sé ti trova, vede se sei aperto e ti chiama o arriva con il navigatore.', 'Whoever looks for “bakery” nearby finds you, sees whether you are open and calls or drives over.'),
    notFor: w('Chi non ha un indirizzo dove ricevere i clienti e non vuole mostrarlo.', 'Those with no address to receive customers, or who do not want to show it.'),
    areas: ['communication', 'marketing'],
    sectors: [],
    dataLocation: 'non_eu',
    hoursPerWeek: 0.5,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('no', 'partly', 'unknown'),
    parts: [],
    alternativeSlugs: ['sito-vetrina-fai-da-te'],
  },
  {
    slug: 'sito-vetrina-fai-da-te',
    name: 'Sito vetrina fai da te',
    provider: 'Costruttori di siti in abbonamento',
    summary: w('Un sito semplice che fai da solo scegliendo un modello.', 'A simple website you build yourself from a template.'),
    whatItDoes: w('Poche pagine: chi sei, cosa fai, dove sei, come contattarti. Lo aggiorni dal telefono.', 'A few pages: who you are, what you do, where, how to reach you. You update it from your phone.'),
    notFor: w('Chi non ha mai tempo: un sito fermo da anni fa più danno di nessun sito.', 'Those who never have time: a site untouched for years does more harm than none.'),
    areas: ['communication'],
    sectors: [],
    dataLocation: 'unknown',
    hoursPerWeek: 1,
    minimumMonths: 12,
    noticeDays: 30,
    portability: port('partly', 'partly', 'unknown', 'CSV'),
    exitCosts: w('Il dominio si può portare via; le pagine di solito no, vanno rifatte.', 'The domain can be moved; the pages usually cannot and must be rebuilt.'),
    parts: [part({ kind: 'monthly', amount: 15, introMonths: 2, introAmount: 0 }), part({ kind: 'yearly', amount: 15, label: w('Dominio', 'Domain') })],
    alternativeSlugs: ['sito-fatto-da-professionista'],
  },
  {
    slug: 'sito-fatto-da-professionista',
    name: 'Sito fatto da un professionista del posto',
    provider: 'Web designer locali',
    summary: w('Un sito fatto da una persona che conosci, che poi resta tuo.', 'A website made by someone you know, which then stays yours.'),
    whatItDoes: w('Ti prepara il sito, ti spiega come cambiare orari e foto, e ti consegna accessi e file.', 'They build the site, show you how to change hours and photos, and hand over the logins and files.'),
    notFor: w('Chi vuole spendere poco subito: il costo è quasi tutto all’inizio.', 'Those who want to spend little up front: most of the cost comes at the start.'),
    areas: ['communication', 'marketing'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 0.5,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('yes', 'yes', 'unknown', 'file del sito'),
    parts: [part({ kind: 'one_off', amount: 900 }), part({ kind: 'yearly', amount: 80, label: w('Spazio web e dominio', 'Hosting and domain') })],
    alternativeSlugs: ['sito-vetrina-fai-da-te'],
  },
  {
    slug: 'negozio-online-in-abbonamento',
    name: 'Negozio online in abbonamento',
    provider: 'Piattaforme di e-commerce',
    summary: w('Il tuo negozio online, con carrello e pagamenti, a canone mensile.', 'Your own online shop, with cart and payments, for a monthly fee.'),
    whatItDoes: w('Metti i prodotti con foto e prezzo; i clienti pagano online e tu spedisci o fai ritirare in negozio.', 'You list products with photos and prices; customers pay online and you ship or they collect in store.'),
    notFor: w('Chi non ha tempo per foto, descrizioni e spedizioni: servono ore ogni settimana.', 'Those with no time for photos, descriptions and shipping: it takes hours every week.'),
    areas: ['ecommerce'],
    sectors: ['negozio', 'alimentari', 'produzione-alimentare', 'vino-bevande', 'gioielli-artigianato'],
    dataLocation: 'unknown',
    hoursPerWeek: 5,
    minimumMonths: 1,
    noticeDays: 0,
    portability: port('yes', 'yes', 'partly', 'CSV'),
    parts: [part({ kind: 'monthly', amount: 30 }), part({ kind: 'online_percent', percent: 2 })],
    alternativeSlugs: ['vendere-su-un-marketplace'],
  },
  {
    slug: 'vendere-su-un-marketplace',
    name: 'Vendere su un grande marketplace',
    provider: 'Marketplace generalisti',
    summary: w('I tuoi prodotti dentro un grande sito dove la gente già compra.', 'Your products inside a big site where people already shop.'),
    whatItDoes: w('Arrivano clienti che non ti conoscevano; il sito si prende una parte di ogni vendita.', 'Customers who did not know you arrive; the site takes a share of every sale.'),
    notFor: w('Chi ha margini piccoli: la commissione può mangiarsi il guadagno. I clienti restano del marketplace.', 'Those with thin margins: the commission can eat the profit. The customers stay the marketplace’s.'),
    areas: ['ecommerce', 'marketing'],
    sectors: ['negozio', 'gioielli-artigianato', 'pelle-calzature', 'sartoria-abbigliamento'],
    dataLocation: 'non_eu',
    hoursPerWeek: 4,
    minimumMonths: 0,
    noticeDays: 30,
    portability: port('no', 'partly', 'partly', 'CSV'),
    parts: [part({ kind: 'monthly', amount: 39 }), part({ kind: 'online_percent', percent: 15 })],
    alternativeSlugs: ['negozio-online-in-abbonamento'],
  },
  {
    slug: 'pos-con-canone',
    name: 'POS della banca con canone',
    provider: 'Banche e circuiti',
    summary: w('Il terminale per le carte dato dalla banca, con canone e percentuale.', 'The bank’s card terminal, with a monthly fee and a percentage.'),
    whatItDoes: w('Incassi con carte e telefono al banco; i soldi arrivano sul conto il giorno dopo.', 'You take cards and phones at the counter; the money reaches your account the next day.'),
    notFor: w('Chi incassa poco con la carta: il canone pesa anche nei mesi vuoti. Attenzione ai contratti di 48 mesi.', 'Those who take little by card: the fee weighs even in empty months. Watch out for 48-month contracts.'),
    areas: ['finance', 'data_tools'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 0,
    minimumMonths: 24,
    noticeDays: 90,
    portability: port('unknown', 'unknown', 'yes', 'estratto conto'),
    exitCosts: w('Se esci prima dei 24 mesi paghi i canoni che mancano.', 'Leaving before 24 months means paying the remaining fees.'),
    parts: [part({ kind: 'monthly', amount: 15 }), part({ kind: 'card_percent', percent: 1.2 }), part({ kind: 'exit', amount: 150, label: w('Canoni residui, in media', 'Remaining fees, on average') })],
    alternativeSlugs: ['lettore-carte-senza-canone'],
  },
  {
    slug: 'lettore-carte-senza-canone',
    name: 'Lettore di carte senza canone',
    provider: 'Società di pagamento',
    summary: w('Un piccolo lettore da comprare una volta, che paghi solo quando incassi.', 'A small reader bought once, paid for only when you take payments.'),
    whatItDoes: w('Si collega al telefono; ogni pagamento costa una percentuale, nessun canone.', 'It pairs with your phone; each payment costs a percentage, no monthly fee.'),
    notFor: w('Chi incassa molto con la carta: sopra una certa cifra un POS con canone costa meno.', 'Those who take a lot by card: above some amount a terminal with a fee costs less.'),
    areas: ['finance', 'data_tools'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 0,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('partly', 'partly', 'yes', 'CSV'),
    parts: [part({ kind: 'one_off', amount: 39 }), part({ kind: 'card_percent', percent: 1.75 })],
    alternativeSlugs: ['pos-con-canone'],
  },
  {
    slug: 'fatture-gratuite-agenzia-entrate',
    name: 'Fatture elettroniche con il servizio gratuito dell’Agenzia delle Entrate',
    provider: 'Agenzia delle Entrate',
    summary: w('Il servizio pubblico e gratuito per fare e ricevere le fatture elettroniche.', 'The free public service to issue and receive e-invoices.'),
    whatItDoes: w('Entri con SPID, compili la fattura e la mandi. Le fatture ricevute restano lì da scaricare.', 'You sign in with SPID, fill in the invoice and send it. Invoices received wait there to be downloaded.'),
    notFor: w('Chi fa molte fatture al giorno: è lento, ogni fattura si compila a mano.', 'Those who issue many invoices a day: it is slow, each one is typed by hand.'),
    areas: ['finance', 'data_tools'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 1.5,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('no', 'no', 'yes', 'XML FatturaPA'),
    parts: [],
    alternativeSlugs: ['fatture-elettroniche-in-abbonamento'],
  },
  {
    slug: 'fatture-elettroniche-in-abbonamento',
    name: 'Programma di fatturazione in abbonamento',
    provider: 'Software house per la fattura elettronica',
    summary: w('Un programma che prepara e manda le fatture, con clienti e prodotti salvati.', 'A program that prepares and sends invoices, with customers and products saved.'),
    whatItDoes: w('Fai una fattura in un minuto dal telefono; avvisa se un cliente non ha pagato.', 'You make an invoice in a minute from your phone; it warns you when a customer has not paid.'),
    notFor: w('Chi fa due fatture al mese: il servizio gratuito basta.', 'Those who issue two invoices a month: the free service is enough.'),
    areas: ['finance', 'data_tools', 'organisation'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 0.5,
    minimumMonths: 12,
    noticeDays: 30,
    portability: port('yes', 'yes', 'yes', 'CSV e XML'),
    parts: [part({ kind: 'yearly', amount: 90 })],
    alternativeSlugs: ['fatture-gratuite-agenzia-entrate'],
  },
  {
    slug: 'prenotazioni-appuntamenti-online',
    name: 'Prenotazioni online degli appuntamenti',
    provider: 'Agende online per saloni e studi',
    summary: w('I clienti prenotano da soli l’orario libero, anche di notte.', 'Customers book a free slot themselves, even at night.'),
    whatItDoes: w('Un link da mettere sui social e sulla scheda delle mappe; manda un promemoria il giorno prima.', 'A link for your social pages and map listing; it sends a reminder the day before.'),
    notFor: w('Chi lavora solo senza appuntamento.', 'Those who only work on a walk-in basis.'),
    areas: ['organisation', 'data_tools'],
    sectors: ['parrucchiere-estetista', 'studio-professionale', 'sport-palestra', 'officina-auto'],
    dataLocation: 'eu',
    hoursPerWeek: 1,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('yes', 'unknown', 'unknown', 'CSV'),
    parts: [part({ kind: 'monthly', amount: 25, introMonths: 1, introAmount: 0 }), part({ kind: 'per_booking', amount: 0.1, label: w('SMS di promemoria', 'Reminder text message') })],
    alternativeSlugs: ['calendario-condiviso'],
  },
  {
    slug: 'prenotazioni-tavoli-portale',
    name: 'Prenotazioni dei tavoli tramite un portale',
    provider: 'Portali di prenotazione per ristoranti',
    summary: w('Il tuo locale in un portale dove la gente cerca dove mangiare e prenota.', 'Your place in a portal where people look for somewhere to eat and book.'),
    whatItDoes: w('Ricevi prenotazioni da clienti nuovi; paghi per ogni persona che arriva dal portale.', 'You get bookings from new customers; you pay for each guest who comes through the portal.'),
    notFor: w('Chi ha già il locale pieno: paghi anche per i clienti che sarebbero venuti comunque.', 'Those already full: you also pay for customers who would have come anyway.'),
    areas: ['marketing', 'organisation'],
    sectors: ['bar-ristorante', 'albergo-bnb'],
    dataLocation: 'unknown',
    hoursPerWeek: 1,
    minimumMonths: 0,
    noticeDays: 30,
    portability: port('no', 'unknown', 'unknown'),
    parts: [part({ kind: 'per_booking', amount: 2 })],
    alternativeSlugs: ['prenotazioni-appuntamenti-online'],
  },
  {
    slug: 'backup-disco-esterno',
    name: 'Copia dei dati su un disco esterno',
    provider: 'Qualunque negozio di informatica',
    summary: w('Un disco da collegare una volta alla settimana per copiare tutto.', 'A drive you plug in once a week to copy everything.'),
    whatItDoes: w('Se il computer si rompe o viene rubato, fatture, foto e listini sono salvi.', 'If the computer breaks or is stolen, invoices, photos and price lists are safe.'),
    notFor: w('Chi se ne dimentica: una copia vecchia di sei mesi serve a poco. Tienilo lontano dal computer.', 'Those who forget: a six-month-old copy is of little use. Keep it away from the computer.'),
    areas: ['data_tools'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 0.25,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('yes', 'yes', 'yes', 'i tuoi file'),
    parts: [part({ kind: 'one_off', amount: 70 })],
    alternativeSlugs: ['backup-nel-cloud'],
  },
  {
    slug: 'backup-nel-cloud',
    name: 'Copia automatica nel cloud',
    provider: 'Servizi di archiviazione online',
    summary: w('Una copia dei tuoi file fatta da sola, ogni giorno, su internet.', 'A copy of your files made by itself every day, online.'),
    whatItDoes: w('Non devi ricordarti niente; ritrovi i file anche da un altro computer.', 'Nothing to remember; you find your files from another computer too.'),
    notFor: w('Chi ha una connessione molto lenta.', 'Those with a very slow connection.'),
    areas: ['data_tools', 'innovation'],
    sectors: [],
    dataLocation: 'eu',
    hoursPerWeek: 0,
    minimumMonths: 12,
    noticeDays: 0,
    portability: port('yes', 'yes', 'yes', 'i tuoi file'),
    parts: [part({ kind: 'yearly', amount: 60 })],
    alternativeSlugs: ['backup-disco-esterno'],
  },
  {
    slug: 'calendario-condiviso',
    name: 'Calendario condiviso sul telefono',
    provider: 'Calendari gratuiti degli account di posta',
    summary: w('Un calendario che vedete tutti, ognuno dal suo telefono.', 'One calendar everyone sees, each on their own phone.'),
    whatItDoes: w('Turni, consegne e appuntamenti in un posto solo; ognuno riceve l’avviso.', 'Shifts, deliveries and appointments in one place; everyone gets the alert.'),
    notFor: w('Chi vuole che i clienti prenotino da soli: serve un’agenda online.', 'Those who want customers to book themselves: that needs an online agenda.'),
    areas: ['organisation', 'people'],
    sectors: [],
    dataLocation: 'non_eu',
    hoursPerWeek: 0.5,
    minimumMonths: 0,
    noticeDays: 0,
    portability: port('yes', 'unknown', 'unknown', 'ICS'),
    parts: [],
    alternativeSlugs: ['prenotazioni-appuntamenti-online'],
  },
  {
    slug: 'cassa-in-cloud',
    name: 'Registratore di cassa collegato al cloud',
    provider: 'Fornitori di casse telematiche',
    summary: w('La cassa che manda i corrispettivi e ti mostra le vendite dal telefono.', 'The till that sends the daily takings and shows sales on your phone.'),
    whatItDoes: w('Sai cosa vendi di più e a che ora; i corrispettivi partono da soli.', 'You see what sells most and when; the daily takings are sent by themselves.'),
    notFor: w('Chi vende pochissimo al banco.', 'Those who sell very little over the counter.'),
    areas: ['data_tools', 'organisation'],
    sectors: ['bar-ristorante', 'negozio', 'alimentari', 'produzione-alimentare'],
    dataLocation: 'eu',
    hoursPerWeek: 0.5,
    minimumMonths: 36,
    noticeDays: 90,
    portability: port('partly', 'yes', 'yes', 'CSV'),
    exitCosts: w('Contratto di 36 mesi: uscire prima costa i canoni rimasti.', 'A 36-month contract: leaving earlier costs the remaining fees.'),
    parts: [part({ kind: 'one_off', amount: 350 }), part({ kind: 'monthly', amount: 20 }), part({ kind: 'exit', amount: 240 })],
    alternativeSlugs: ['pos-con-canone'],
  },
];

type TDemoUse = {
  business: string;
  action: string;
  slug: string;
  outcome: 'went_well' | 'mixed' | 'went_badly';
  rating: number;
  text: string;
  /** The business's own review after use, beside the angel's. */
  ownerReview?: { rating: number; text: string };
};

/** Which demo plan actions used which solution, how they went, the angel's review and the baker's. */
const DEMO_USES: TDemoUse[] = [
  {
    business: 'Panificio Esempio (demo)',
    action: 'Aprire la scheda Google del panificio con foto e orari',
    slug: 'scheda-sulle-mappe',
    outcome: 'went_well',
    rating: 5,
    text: 'In un pomeriggio la scheda era pronta con foto e orari. Dopo un mese le chiamate per gli ordini sono aumentate. Bisogna rispondere alle recensioni, ci vogliono dieci minuti a settimana.',
    ownerReview: { rating: 5, text: 'Adesso i clienti nuovi ci trovano sulla mappa e chiamano per ordinare le torte. Rispondo alle recensioni la sera, dal telefono.' },
  },
  {
    business: 'Panificio Esempio (demo)',
    action: 'Accettare le carte al banco senza canone mensile',
    slug: 'lettore-carte-senza-canone',
    outcome: 'mixed',
    rating: 4,
    text: 'Il lettore funziona e non c’è canone. Con i pagamenti piccoli della colazione la percentuale si sente: abbiamo fatto il conto con i numeri del forno prima di scegliere.',
    ownerReview: { rating: 3, text: 'Comodo, i clienti pagano anche il caffè con la carta. Però a fine mese le commissioni sono più di quanto pensavo: guardate bene il conto.' },
  },
  {
    business: 'Panificio Esempio (demo)',
    action: 'Fare le fatture elettroniche con il servizio gratuito',
    slug: 'fatture-gratuite-agenzia-entrate',
    outcome: 'went_well',
    rating: 4,
    text: 'Le fatture ai bar sono poche al mese: il servizio gratuito basta. La prima volta serve mezz’ora insieme per entrare con SPID e salvare i dati dei clienti.',
  },
];

/**
 * The demo catalogue, published nationally, and its use in the bakery's plan. Runs again
 * without doubling anything.
 */
export async function seedDemoSolutions(db: TDb, now = new Date()): Promise<void> {
  const [admin] = await db.select({ id: user.id }).from(user).where(eq(user.isAdmin, true)).limit(1);
  if (!admin) return;
  // Alternatives point at each other: first every solution, then the links.
  for (const demo of DEMO_SOLUTIONS) {
    const [existing] = await db.select({ id: solution.id }).from(solution).where(eq(solution.slug, demo.slug));
    if (existing) continue;
    await createSolution(db, { ...demo, alternativeSlugs: [], sportelloId: null, status: 'published', dataNote: null, exitCosts: demo.exitCosts ?? null }, admin.id, 'it', now);
  }
  for (const demo of DEMO_SOLUTIONS) await db.update(solution).set({ alternativeSlugs: demo.alternativeSlugs ?? [] }).where(eq(solution.slug, demo.slug));

  for (const use of DEMO_USES) {
    await ensureDemoAction(db, use.business, use.action, now);
    const [row] = await db
      .select({ actionId: planAction.id, businessId: business.id, solutionId: solution.id, angelId: plan.startedBy })
      .from(planAction)
      .innerJoin(plan, eq(plan.id, planAction.planId))
      .innerJoin(business, eq(business.id, plan.businessId))
      .innerJoin(solution, eq(solution.slug, use.slug))
      .where(and(eq(business.name, use.business), eq(planAction.title, use.action)))
      .limit(1);
    if (!row?.angelId) continue;
    const owner = use.ownerReview ? await ownerOf(db, row.businessId) : undefined;
    await db.update(planAction).set({ solutionId: row.solutionId, status: 'done' }).where(and(eq(planAction.id, row.actionId), isNull(planAction.solutionId)));
    await db.insert(planActionOutcome).values({ actionId: row.actionId, solutionId: row.solutionId, outcome: use.outcome, answeredBy: row.angelId, answeredAt: now }).onConflictDoNothing();
    await db
      .insert(solutionReview)
      .values({ solutionId: row.solutionId, authorId: row.angelId, role: 'angel', businessId: row.businessId, planActionId: row.actionId, rating: use.rating, text: use.text, createdAt: now, updatedAt: now })
      .onConflictDoNothing();
    if (owner && use.ownerReview) {
      await db
        .insert(solutionReview)
        .values({ solutionId: row.solutionId, authorId: owner, role: 'entrepreneur', businessId: row.businessId, planActionId: row.actionId, ...use.ownerReview, createdAt: now, updatedAt: now })
        .onConflictDoNothing();
    }
  }
}

/** The business's first person (the baker in the demo). */
async function ownerOf(db: TDb, businessId: string): Promise<string | undefined> {
  const [row] = await db.select({ userId: businessMember.userId }).from(businessMember).where(eq(businessMember.businessId, businessId)).orderBy(asc(businessMember.createdAt)).limit(1);
  return row?.userId;
}

/** A demo action (the card reader, the e-invoices), added to its plan's first goal when the plan has no such action. */
async function ensureDemoAction(db: TDb, businessName: string, title: string, now: Date) {
  const [found] = await db
    .select({ planId: plan.id, actionId: planAction.id })
    .from(plan)
    .innerJoin(business, eq(business.id, plan.businessId))
    .leftJoin(planAction, and(eq(planAction.planId, plan.id), eq(planAction.title, title)))
    .where(eq(business.name, businessName))
    .limit(1);
  if (!found || found.actionId) return;
  const [goal] = await db.select({ id: planGoal.id }).from(planGoal).where(eq(planGoal.planId, found.planId)).orderBy(asc(planGoal.createdAt)).limit(1);
  if (goal) await db.insert(planAction).values({ planId: found.planId, goalId: goal.id, title, owner: 'angel', status: 'done', createdAt: now, updatedAt: now });
}
