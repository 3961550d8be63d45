import { DateTime } from 'luxon';
import type { TDb } from '../../db/client.js';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../../domain/checkup/questionnaire.js';
import { FUNNEL_STEPS, type TFunnelResult, type TImpactResult, type TInsightsScope, type TSpread } from '../../domain/insights/types.js';
import { UNIT_LABELS } from '../../domain/plans/labels.js';
import type { TLocale } from '../../shared/locale.js';
import { funnelFor } from '../insights/funnel.js';
import { impactFor } from '../insights/impact.js';
import { provinceFigures } from '../territory/province-figures.js';
import type { TImpactReportModel } from './impact-report-model.js';

/** Three blues from light to dark for the map's classes; empty provinces stay pale grey. */
const CLASS_COLOURS = ['#c6dbef', '#4292c6', '#08306b'] as const;

const WORDS = {
  it: {
    title: 'Rapporto di impatto',
    network: 'Tutta la rete',
    period: (from: string, to: string) => `Dal ${from} al ${to}`,
    generated: (at: string) => `Creato il ${at}`,
    keys: { ascolto: 'Imprese ascoltate', plan: 'Piani di rilancio', goals: 'Obiettivi raggiunti', hours: 'Ore di affiancamento' },
    funnelHeading: 'Dal primo contatto all’obiettivo',
    funnelIntro: 'Quante imprese, contattate nel periodo, sono arrivate a ogni passo, e quanti giorni sono passati in mediana tra un passo e il successivo.',
    steps: { contact: 'Contatto', ascolto: 'Ascolto', checkup: 'Check-up', firstMeeting: 'Primo incontro', plan: 'Piano di rilancio', goalReached: 'Obiettivo raggiunto' },
    stepNote: (share: string | null, days: string | null) => [share ? `${share} del passo prima` : null, days ? `mediana ${days}` : null].filter(Boolean).join(' · ') || null,
    days: (n: number) => (n === 1 ? '1 giorno' : `${n.toLocaleString('it-IT')} giorni`),
    impactHeading: 'Cosa è cambiato, area per area',
    impactIntro: (n: number | null) => (n === null ? 'Meno di 5 imprese hanno rifatto il check-up nel periodo: per rispetto della loro riservatezza non mostriamo nulla.' : `Punti guadagnati (su 100) tra il primo check-up e il secondo, per ${n} imprese che lo hanno rifatto nel periodo. Il punto è la mediana, la barra va dal primo al terzo quartile.`),
    overall: 'Nel complesso',
    median: (m: string, q1: string, q3: string) => `mediana ${m} punti; metà delle imprese tra ${q1} e ${q3}`,
    withheld: 'meno di 5 imprese: non mostrato',
    axis: { low: '-50 punti', zero: '0', high: '+50 punti' },
    privacy: 'Gruppi con meno di 5 imprese non sono mai descritti, per non rendere riconoscibile nessuno.',
    goalsHeading: 'Obiettivi raggiunti, per tipo',
    goalsEmpty: 'Nessun obiettivo raggiunto nel periodo.',
    goalText: (reached: number, set: number) => `${reached} su ${set}`,
    hoursHeading: 'Ore dei manager',
    hoursLine: (h: THours) => `${fmt(h.hoursLogged, 'it')} ore registrate su ${h.plansWithHours} piani; ${h.engagements} affiancamenti "noleggia un manager" con ${fmt(h.engagementHours, 'it')} ore usate su ${fmt(h.engagementHoursPackaged, 'it')} previste.`,
    satisfactionHeading: 'Soddisfazione dopo gli incontri',
    satisfactionLine: (mean: number | null, n: number | null, held: number) => (mean === null || n === null ? `${held} incontri svolti; meno di 5 giudizi: non mostrati.` : `${n} giudizi su ${held} incontri svolti, media ${mean.toLocaleString('it-IT')} su 5.`),
    mapHeading: 'Il territorio',
    mapIntro: 'Imprese in affiancamento oggi, provincia per provincia.',
    mapNote: (scoped: boolean) => (scoped ? 'In grigio le province senza imprese in affiancamento e quelle di altri sportelli.' : 'In grigio le province senza imprese in affiancamento.'),
    range: (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`),
    footer: 'Affianco',
  },
  en: {
    title: 'Impact report',
    network: 'The whole network',
    period: (from: string, to: string) => `From ${from} to ${to}`,
    generated: (at: string) => `Made on ${at}`,
    keys: { ascolto: 'Businesses listened to', plan: 'Relaunch plans', goals: 'Goals reached', hours: 'Hours of accompaniment' },
    funnelHeading: 'From first contact to the goal',
    funnelIntro: 'How many businesses contacted in the period reached each step, and the median days between one step and the next.',
    steps: { contact: 'Contact', ascolto: 'Listening', checkup: 'Check-up', firstMeeting: 'First meeting', plan: 'Relaunch plan', goalReached: 'Goal reached' },
    stepNote: (share: string | null, days: string | null) => [share ? `${share} of the step before` : null, days ? `median ${days}` : null].filter(Boolean).join(' · ') || null,
    days: (n: number) => (n === 1 ? '1 day' : `${n.toLocaleString('en-GB')} days`),
    impactHeading: 'What changed, area by area',
    impactIntro: (n: number | null) => (n === null ? 'Fewer than 5 businesses took the check-up again in the period: to protect their privacy nothing is shown.' : `Points gained (out of 100) between the first check-up and the second, for ${n} businesses that took it again in the period. The dot is the median, the bar runs from the first to the third quartile.`),
    overall: 'Overall',
    median: (m: string, q1: string, q3: string) => `median ${m} points; half the businesses between ${q1} and ${q3}`,
    withheld: 'fewer than 5 businesses: not shown',
    axis: { low: '-50 points', zero: '0', high: '+50 points' },
    privacy: 'Groups of fewer than 5 businesses are never described, so that nobody can be recognised.',
    goalsHeading: 'Goals reached, by kind',
    goalsEmpty: 'No goal reached in the period.',
    goalText: (reached: number, set: number) => `${reached} of ${set}`,
    hoursHeading: 'Managers’ hours',
    hoursLine: (h: THours) => `${fmt(h.hoursLogged, 'en')} hours logged on ${h.plansWithHours} plans; ${h.engagements} "rent a manager" engagements used ${fmt(h.engagementHours, 'en')} of ${fmt(h.engagementHoursPackaged, 'en')} hours.`,
    satisfactionHeading: 'Satisfaction after meetings',
    satisfactionLine: (mean: number | null, n: number | null, held: number) => (mean === null || n === null ? `${held} meetings held; fewer than 5 ratings: not shown.` : `${n} ratings over ${held} meetings held, mean ${mean.toLocaleString('en-GB')} out of 5.`),
    mapHeading: 'The territory',
    mapIntro: 'Businesses in accompaniment today, province by province.',
    mapNote: (scoped: boolean) => (scoped ? 'Grey: provinces with no business in accompaniment, and other sportelli’s provinces.' : 'Grey: provinces with no business in accompaniment.'),
    range: (a: number, b: number) => (a === b ? `${a}` : `${a}-${b}`),
    footer: 'Affianco',
  },
} as const;

type THours = TImpactResult['hours'];

function fmt(n: number, locale: TLocale): string {
  return n.toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });
}

function romeDay(day: string, locale: TLocale): string {
  return DateTime.fromISO(day, { zone: 'Europe/Rome' }).setLocale(locale === 'it' ? 'it-IT' : 'en-GB').toFormat('d LLLL yyyy');
}

function percent(share: number | null, locale: TLocale): string | null {
  return share === null ? null : `${Math.round(share * 100).toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB')}%`;
}

/**
 * Splits the non-zero values into three classes of about equal size, for the map's legend.
 * @example mapClasses([1, 2, 3, 10, 30, 31]) // [[1, 2], [3, 10], [30, 31]]
 */
export function mapClasses(values: readonly number[]): [number, number][] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const cuts: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= 3 && start < sorted.length; k++) {
    let end = Math.max(start, Math.ceil((sorted.length * k) / 3) - 1);
    // A value never spans two classes.
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]) end++;
    cuts.push([sorted[start]!, sorted[end]!]);
    start = end + 1;
  }
  return cuts;
}

function spreadText(spread: TSpread, locale: TLocale): string {
  const w = WORDS[locale];
  if (spread.isSuppressed) return w.withheld;
  const signed = (n: number) => `${n > 0 ? '+' : ''}${fmt(n, locale)}`;
  return w.median(signed(spread.median), signed(spread.q1), signed(spread.q3));
}

export interface TImpactReportInput {
  scope: TInsightsScope;
  from: string;
  to: string;
  locale: TLocale;
  now?: Date;
}

/**
 * Everything the "Rapporto di impatto" prints, from the same functions the console's pages
 * use (funnelFor, impactFor, provinceFigures): nothing is counted twice in two ways. Null when
 * the sportello does not exist. The caller has authorized the scope.
 */
export async function buildImpactReport(db: TDb, input: TImpactReportInput): Promise<TImpactReportModel | null> {
  const [funnel, impact, provinces] = await Promise.all([
    funnelFor(db, { scope: input.scope, from: input.from, to: input.to, by: 'none', locale: input.locale }),
    impactFor(db, { scope: input.scope, from: input.from, to: input.to }),
    provinceFigures(db),
  ]);
  if (!funnel || !impact) return null;
  return reportModel(funnel, impact, provinces, input);
}

/** The model from the figures; pure, so the report's wording is tested without a database. */
export function reportModel(funnel: TFunnelResult, impact: TImpactResult, provinces: readonly { code: string; sportelloId: string | null; accompanied: number }[], input: TImpactReportInput): TImpactReportModel {
  const { locale } = input;
  const w = WORDS[locale];
  const scopeName = funnel.scope.kind === 'sportello' ? funnel.scope.name : w.network;
  const count = (step: (typeof FUNNEL_STEPS)[number]) => funnel.total.steps.find((s) => s.step === step)?.count ?? 0;
  const sections = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)?.sections ?? [];
  const sectionTitle = (key: string) => (key === 'overall' ? w.overall : (sections.find((s) => s.key === key)?.title[locale] ?? key));
  const shown = provinces.filter((p) => funnel.scope.kind === 'network' || p.sportelloId === (funnel.scope as { sportelloId: string }).sportelloId);
  const classes = mapClasses(shown.map((p) => p.accompanied));
  const fills: Record<string, string> = {};
  for (const p of shown) {
    const k = classes.findIndex(([, high]) => p.accompanied > 0 && p.accompanied <= high);
    if (k >= 0) fills[p.code] = CLASS_COLOURS[k]!;
  }
  const ratings = impact.satisfaction.rating;
  const distribution = impact.satisfaction.distribution;
  return {
    title: w.title,
    scopeName,
    periodLine: w.period(romeDay(funnel.period.from, locale), romeDay(funnel.period.to, locale)),
    generatedLine: w.generated(DateTime.fromJSDate(input.now ?? new Date(), { zone: 'Europe/Rome' }).setLocale(locale === 'it' ? 'it-IT' : 'en-GB').toFormat(locale === 'it' ? "d LLLL yyyy 'alle' HH:mm" : "d LLLL yyyy 'at' HH:mm")),
    keyFigures: [
      { label: w.keys.ascolto, value: fmt(count('ascolto'), locale) },
      { label: w.keys.plan, value: fmt(count('plan'), locale) },
      { label: w.keys.goals, value: fmt(impact.goals.reduce((sum, g) => sum + g.reached, 0), locale) },
      { label: w.keys.hours, value: fmt(impact.hours.hoursLogged, locale) },
    ],
    funnel: {
      heading: w.funnelHeading,
      intro: w.funnelIntro,
      steps: funnel.total.steps.map((s) => ({
        label: w.steps[s.step],
        count: s.count,
        countText: fmt(s.count, locale),
        note: w.stepNote(percent(s.conversion, locale), s.medianDaysFromPrevious === null ? null : w.days(s.medianDaysFromPrevious)),
      })),
    },
    impact: {
      heading: w.impactHeading,
      intro: w.impactIntro(impact.checkups.compared),
      rows: impact.checkups.sections
        .filter((s) => s.kind !== 'dimension')
        .map((s) => ({
          label: sectionTitle(s.section),
          median: s.change.isSuppressed ? null : s.change.median,
          q1: s.change.isSuppressed ? null : s.change.q1,
          q3: s.change.isSuppressed ? null : s.change.q3,
          text: spreadText(s.change, locale),
        })),
      axisLabels: w.axis,
      privacyNote: w.privacy,
    },
    goals: {
      heading: w.goalsHeading,
      rows: impact.goals.filter((g) => g.reached > 0).map((g) => ({ label: g.kind in UNIT_LABELS ? UNIT_LABELS[g.kind as keyof typeof UNIT_LABELS][locale] : g.kind, value: g.reached, text: w.goalText(g.reached, g.set) })),
      empty: w.goalsEmpty,
    },
    hours: { heading: w.hoursHeading, line: w.hoursLine(impact.hours) },
    satisfaction: {
      heading: w.satisfactionHeading,
      counts: distribution && distribution.length === 5 ? (distribution as [number, number, number, number, number]) : [0, 0, 0, 0, 0],
      line: w.satisfactionLine(impact.satisfaction.mean, ratings.isSuppressed ? null : ratings.n, impact.satisfaction.meetingsHeld),
    },
    map: {
      heading: w.mapHeading,
      intro: w.mapIntro,
      fills,
      legend: classes.map(([low, high], k) => ({ label: w.range(low, high), color: CLASS_COLOURS[k]! })),
      note: w.mapNote(funnel.scope.kind === 'sportello'),
    },
    footer: `${w.footer} · ${scopeName}`,
  };
}
