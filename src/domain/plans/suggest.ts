import { DateTime } from 'luxon';
import type { TLocale } from '../../shared/locale.js';
import type { TSectionKey } from '../checkup/questionnaire.js';
import type { TPriority } from '../checkup/score.js';
import { UNIT_LABELS, type TLabel } from './labels.js';
import type { TOwner, TUnit } from './types.js';

/**
 * Suggested goals for the check-up's priorities: one per check-up section, each with an
 * example indicator and two or three concrete first actions, in plain Italian and with *tu*.
 *
 * They are offers. The entrepreneur and the angel take, change or drop them; nothing here
 * writes a goal into a plan. The goal title they keep is theirs to reword.
 */

/** How the example target moves from the starting value: by an amount, or by a percentage of it. */
export interface TSuggestedChange {
  by: 'amount' | 'percent';
  /** Negative for things to bring down (costs, hours lost). */
  value: number;
}

export interface TSuggestionTemplate {
  goal: TLabel;
  indicator: { name: TLabel; unit: TUnit; change: TSuggestedChange; months: number };
  actions: readonly { title: TLabel; owner: TOwner }[];
}

/** One template per check-up section, fundamentals first, then the six DMA dimensions. */
export const SUGGESTIONS: Readonly<Record<TSectionKey, TSuggestionTemplate>> = {
  strategy: {
    goal: { it: 'Scrivere il tuo piano in una pagina', en: 'Write your plan on one page' },
    indicator: { name: { it: 'Obiettivi scritti con una data', en: 'Goals written down with a date' }, unit: 'numero', change: { by: 'amount', value: 3 }, months: 1 },
    actions: [
      { title: { it: 'Scrivi in tre righe dove vuoi essere tra un anno', en: 'Write in three lines where you want to be in a year' }, owner: 'entrepreneur' },
      { title: { it: 'Scegli con il tuo angel le tre cose più importanti', en: 'Choose the three most important things with your angel' }, owner: 'entrepreneur' },
      { title: { it: 'Fissa un incontro al mese per vedere a che punto sei', en: 'Set a monthly meeting to see where you stand' }, owner: 'angel' },
    ],
  },
  marketing: {
    goal: { it: 'Vendere di più, senza passare dagli altri', en: 'Sell more, without going through others' },
    indicator: { name: { it: 'Clienti che comprano direttamente da te', en: 'Customers who buy directly from you' }, unit: 'clienti', change: { by: 'amount', value: 20 }, months: 3 },
    actions: [
      { title: { it: 'Scrivi chi sono i tuoi 10 clienti migliori e perché ti scelgono', en: 'Write down your 10 best customers and why they choose you' }, owner: 'entrepreneur' },
      { title: { it: 'Calcola quanto guadagni davvero su ogni prodotto', en: 'Work out how much you really earn on each product' }, owner: 'entrepreneur' },
      { title: { it: 'Prova un canale tuo: mercato, WhatsApp o vendita in bottega', en: 'Try a channel of your own: a market, WhatsApp or selling in your shop' }, owner: 'entrepreneur' },
    ],
  },
  communication: {
    goal: { it: 'Farti trovare su Google Maps', en: 'Get found on Google Maps' },
    indicator: { name: { it: 'Recensioni su Google', en: 'Reviews on Google' }, unit: 'recensioni', change: { by: 'amount', value: 10 }, months: 3 },
    actions: [
      { title: { it: 'Apri la scheda Google della tua attività', en: 'Open the Google listing of your business' }, owner: 'entrepreneur' },
      { title: { it: 'Chiedi a 5 clienti affezionati una recensione', en: 'Ask 5 loyal customers for a review' }, owner: 'entrepreneur' },
      { title: { it: 'Rispondi a ogni recensione, anche a quelle brutte', en: 'Answer every review, the bad ones too' }, owner: 'entrepreneur' },
    ],
  },
  organisation: {
    goal: { it: 'Perdere meno tempo con ordini e scorte', en: 'Lose less time on orders and stock' },
    indicator: { name: { it: 'Ore a settimana per ordini e scorte', en: 'Hours a week on orders and stock' }, unit: 'ore', change: { by: 'percent', value: -25 }, months: 3 },
    actions: [
      { title: { it: 'Per una settimana segna dove va il tuo tempo', en: 'For one week, note where your time goes' }, owner: 'entrepreneur' },
      { title: { it: 'Metti ordini e scorte in un solo foglio', en: 'Keep orders and stock in a single sheet' }, owner: 'angel' },
      { title: { it: 'Scegli un lavoro da affidare a qualcun altro', en: 'Pick one task to hand over to someone else' }, owner: 'entrepreneur' },
    ],
  },
  finance: {
    goal: { it: 'Spendere meno ogni mese', en: 'Spend less every month' },
    indicator: { name: { it: 'Spese fisse al mese', en: 'Fixed costs a month' }, unit: 'EUR', change: { by: 'percent', value: -10 }, months: 6 },
    actions: [
      { title: { it: 'Scrivi tutte le spese fisse di un mese', en: 'List all the fixed costs of one month' }, owner: 'entrepreneur' },
      { title: { it: 'Il tuo angel cerca i bandi aperti per la tua impresa', en: 'Your angel looks for open funding calls for your business' }, owner: 'angel' },
      { title: { it: 'Chiedi alla banca quali prestiti agevolati ci sono', en: 'Ask your bank which low-interest loans there are' }, owner: 'entrepreneur' },
    ],
  },
  innovation: {
    goal: { it: 'Provare un prodotto o un servizio nuovo', en: 'Try a new product or service' },
    indicator: { name: { it: 'Clienti che provano la novità', en: 'Customers who try the new offer' }, unit: 'clienti', change: { by: 'amount', value: 15 }, months: 3 },
    actions: [
      { title: { it: 'Chiedi a 10 clienti cosa vorrebbero in più da te', en: 'Ask 10 customers what more they would like from you' }, owner: 'entrepreneur' },
      { title: { it: 'Prepara una prova piccola, per un mese', en: 'Set up a small trial for one month' }, owner: 'entrepreneur' },
      { title: { it: 'Conta chi la compra e chiedi cosa ne pensa', en: 'Count who buys it and ask what they think' }, owner: 'angel' },
    ],
  },
  digital_strategy: {
    goal: { it: 'Scegliere cosa ti serve davvero dal digitale', en: 'Choose what you really need from digital tools' },
    indicator: { name: { it: 'Strumenti digitali usati ogni settimana', en: 'Digital tools used every week' }, unit: 'numero', change: { by: 'amount', value: 2 }, months: 3 },
    actions: [
      { title: { it: 'Scrivi i lavori che ti fanno perdere più tempo', en: 'Write down the tasks that waste most of your time' }, owner: 'entrepreneur' },
      { title: { it: 'Scegli con il tuo angel un solo strumento da provare', en: 'Choose a single tool to try with your angel' }, owner: 'angel' },
      { title: { it: 'Metti da parte una piccola cifra al mese per il digitale', en: 'Set aside a small sum each month for digital tools' }, owner: 'entrepreneur' },
    ],
  },
  digital_readiness: {
    goal: { it: 'Ricevere ordini anche dal telefono', en: 'Take orders by phone and online too' },
    indicator: { name: { it: 'Ordini arrivati online in un mese', en: 'Orders received online in a month' }, unit: 'ordini', change: { by: 'amount', value: 10 }, months: 3 },
    actions: [
      { title: { it: 'Di’ ai clienti che possono ordinare su WhatsApp', en: 'Tell your customers they can order on WhatsApp' }, owner: 'entrepreneur' },
      { title: { it: 'Metti prodotti e prezzi su una pagina semplice', en: 'Put products and prices on one simple page' }, owner: 'angel' },
      { title: { it: 'Accetta i pagamenti con carta e con il telefono', en: 'Accept payments by card and by phone' }, owner: 'entrepreneur' },
    ],
  },
  human_centric: {
    goal: { it: 'Imparare cose nuove, tu e chi lavora con te', en: 'Learn new things, you and the people who work with you' },
    indicator: { name: { it: 'Ore passate a imparare', en: 'Hours spent learning' }, unit: 'ore', change: { by: 'amount', value: 10 }, months: 3 },
    actions: [
      { title: { it: 'Segui una lezione breve ogni settimana', en: 'Follow one short lesson every week' }, owner: 'entrepreneur' },
      { title: { it: 'Chiedi a chi lavora con te cosa vuole imparare', en: 'Ask the people who work with you what they want to learn' }, owner: 'entrepreneur' },
      { title: { it: 'Fai provare ogni nuovo strumento a tutti, con calma', en: 'Let everyone try each new tool, calmly' }, owner: 'angel' },
    ],
  },
  data_management: {
    goal: { it: 'Non perdere mai i tuoi dati', en: 'Never lose your data' },
    indicator: { name: { it: 'Copie dei dati fatte in un mese', en: 'Copies of your data made in a month' }, unit: 'numero', change: { by: 'amount', value: 4 }, months: 1 },
    actions: [
      { title: { it: 'Fai una copia dei dati su una chiavetta o online', en: 'Copy your data to a USB stick or online' }, owner: 'entrepreneur' },
      { title: { it: 'Cambia le password corte con password lunghe', en: 'Replace short passwords with long ones' }, owner: 'entrepreneur' },
      { title: { it: 'Metti i clienti in un solo elenco in ordine', en: 'Keep your customers in one tidy list' }, owner: 'angel' },
    ],
  },
  automation_ai: {
    goal: { it: 'Far fare alle macchine i lavori ripetuti', en: 'Let machines do the repetitive work' },
    indicator: { name: { it: 'Ore risparmiate ogni settimana', en: 'Hours saved every week' }, unit: 'ore', change: { by: 'amount', value: 3 }, months: 3 },
    actions: [
      { title: { it: 'Scegli un lavoro che ripeti tutti i giorni', en: 'Pick a task you repeat every day' }, owner: 'entrepreneur' },
      { title: { it: 'Prova un assistente che risponde alle domande di sempre', en: 'Try an assistant that answers the usual questions' }, owner: 'angel' },
      { title: { it: 'Usa promemoria automatici per appuntamenti e scadenze', en: 'Use automatic reminders for appointments and deadlines' }, owner: 'entrepreneur' },
    ],
  },
  green: {
    goal: { it: 'Spendere meno per la luce', en: 'Spend less on electricity' },
    indicator: { name: { it: 'Bolletta della luce al mese', en: 'Monthly electricity bill' }, unit: 'EUR', change: { by: 'percent', value: -10 }, months: 6 },
    actions: [
      { title: { it: 'Guarda la bolletta e i consumi di ogni mese', en: 'Check the bill and the use of every month' }, owner: 'entrepreneur' },
      { title: { it: 'Cambia le vecchie lampadine con quelle a LED', en: 'Replace old light bulbs with LED ones' }, owner: 'entrepreneur' },
      { title: { it: 'Spegni le macchine quando non servono, anche di notte', en: 'Switch machines off when not needed, at night too' }, owner: 'entrepreneur' },
    ],
  },
};

export interface TGoalSuggestion {
  section: TSectionKey;
  goalTitle: string;
  indicator: {
    name: string;
    unit: TUnit;
    change: TSuggestedChange;
    months: number;
    /** The example in words: '+10 recensioni in 3 mesi', '-10% in 6 mesi'. */
    example: string;
  };
  actions: { title: string; owner: TOwner }[];
}

function describeChange({ unit, change, months }: TSuggestionTemplate['indicator'], locale: TLocale): string {
  const sign = change.value > 0 ? '+' : '-';
  const amount = Math.abs(change.value);
  const what = change.by === 'percent' ? `${sign}${amount}%` : `${sign}${amount} ${UNIT_LABELS[unit][locale]}`;
  const span = locale === 'it' ? (months === 1 ? 'in 1 mese' : `in ${months} mesi`) : months === 1 ? 'in 1 month' : `in ${months} months`;
  return `${what} ${span}`;
}

/**
 * True for a check-up section that has a suggestion (the key under which the two take or drop it).
 * @example isSuggestionSection('marketing') // true
 */
export function isSuggestionSection(value: string): value is TSectionKey {
  return Object.hasOwn(SUGGESTIONS, value);
}

/**
 * Suggested goals for the check-up's priorities, in their order (weakest first), one per
 * section; a section named twice is offered once. The function only returns offers.
 *
 * @example
 *   suggestFromCheckup([{ section: 'communication' }], 'it')[0]
 *   // { section: 'communication', goalTitle: 'Farti trovare su Google Maps',
 *   //   indicator: { name: 'Recensioni su Google', unit: 'recensioni', example: '+10 recensioni in 3 mesi', ... },
 *   //   actions: [{ title: 'Apri la scheda Google della tua attività', owner: 'entrepreneur' }, ...] }
 */
export function suggestFromCheckup(priorities: readonly Pick<TPriority, 'section'>[], locale: TLocale): TGoalSuggestion[] {
  const seen = new Set<TSectionKey>();
  const out: TGoalSuggestion[] = [];
  for (const { section } of priorities) {
    // Priorities may come from stored JSON: a section this version does not know is skipped.
    if (seen.has(section) || !Object.hasOwn(SUGGESTIONS, section)) continue;
    seen.add(section);
    const t = SUGGESTIONS[section];
    out.push({
      section,
      goalTitle: t.goal[locale],
      indicator: { name: t.indicator.name[locale], unit: t.indicator.unit, change: { ...t.indicator.change }, months: t.indicator.months, example: describeChange(t.indicator, locale) },
      actions: t.actions.map((a) => ({ title: a.title[locale], owner: a.owner })),
    });
  }
  return out;
}

/**
 * A goal form filled from a suggestion, once the two know today's value: target from the
 * change (whole numbers), deadline `months` from today. Still a draft: validateGoal checks
 * it like any other, and with a starting value of 0 a percentage change leaves the target
 * equal to the baseline, which validateGoal asks them to fix.
 *
 * @example
 *   goalDraftFromSuggestion(suggestion, { baseline: 4, today: '2026-11-20' }).indicator
 *   // { name: 'Recensioni su Google', unit: 'recensioni', baseline: 4, target: 14, current: 4, byDate: '2027-02-20' }
 */
export function goalDraftFromSuggestion(
  suggestion: TGoalSuggestion,
  { baseline, today }: { baseline: number; today: string },
): { title: string; indicator: { name: string; unit: TUnit; baseline: number; target: number; current: number; byDate: string } } {
  const { change, months } = suggestion.indicator;
  const target = change.by === 'amount' ? baseline + change.value : Math.round(baseline * (1 + change.value / 100));
  const byDate = DateTime.fromISO(today, { zone: 'utc' }).plus({ months }).toISODate();
  if (byDate === null) throw new Error(`today is not an ISO date: ${today}`);
  return {
    title: suggestion.goalTitle,
    indicator: { name: suggestion.indicator.name, unit: suggestion.indicator.unit, baseline, target, current: baseline, byDate },
  };
}
