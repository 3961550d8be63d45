import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../../domain/checkup/questionnaire.js';
import { AREA_LABELS } from '../../domain/matching/describe-match.js';
import type { TExportColumn } from '../export/table.js';
import type { TFunnelResult, TImpactResult, TSpread } from '../../domain/insights/types.js';
import type { TLocale } from '../../shared/locale.js';

const WORDS = {
  it: {
    from: 'Dal', to: 'Al', group: 'Gruppo', step: 'Passo', count: 'Imprese', conversion: 'Dal passo prima (%)', share: 'Sui contatti (%)', median: 'Giorni dal passo prima (mediana)', reached: 'Arrivate al passo comunque',
    total: 'Totale', none: 'Nessuno', part: 'Parte', item: 'Voce', n: 'Quante', q1: 'Primo quartile', q3: 'Terzo quartile', value: 'Valore', fewer: 'meno di 5',
    overall: 'Maturità digitale complessiva', checkups: 'Variazione T0 → T1 (punti)', goalsReached: 'Obiettivi raggiunti', goalsSet: 'Obiettivi fissati', hours: 'Ore', satisfaction: 'Soddisfazione',
    hoursLogged: 'Ore registrate', plansWithHours: 'Piani con ore', engagements: 'Incarichi «noleggia un manager»', engagementHours: 'Ore degli incarichi', engagementHoursPackaged: 'Ore previste degli incarichi',
    rating: 'Valutazione 1–5', ratingMean: 'Valutazione media', meetingsHeld: 'Incontri svolti', stars: 'Valutazioni pari a',
    steps: { contact: 'Contatto', ascolto: 'Ascolto', checkup: 'Check-up', firstMeeting: 'Primo incontro', plan: 'Piano', goalReached: 'Obiettivo raggiunto' },
  },
  en: {
    from: 'From', to: 'To', group: 'Group', step: 'Step', count: 'Businesses', conversion: 'From the step before (%)', share: 'Of contacts (%)', median: 'Days from the step before (median)', reached: 'Reached the step at all',
    total: 'Total', none: 'None', part: 'Part', item: 'Item', n: 'How many', q1: 'First quartile', q3: 'Third quartile', value: 'Value', fewer: 'fewer than 5',
    overall: 'Overall digital maturity', checkups: 'Change T0 → T1 (points)', goalsReached: 'Goals reached', goalsSet: 'Goals set', hours: 'Hours', satisfaction: 'Satisfaction',
    hoursLogged: 'Hours logged', plansWithHours: 'Plans with hours', engagements: '“Rent a manager” engagements', engagementHours: 'Engagements’ hours', engagementHoursPackaged: 'Engagements’ planned hours',
    rating: 'Rating 1–5', ratingMean: 'Mean rating', meetingsHeld: 'Meetings held', stars: 'Ratings equal to',
    steps: { contact: 'Contact', ascolto: 'Ascolto', checkup: 'Check-up', firstMeeting: 'First meeting', plan: 'Plan', goalReached: 'Goal reached' },
  },
} as const;

/** One line of the funnel's file: a step of the total or of a group. */
export interface TFunnelLine {
  from: string;
  to: string;
  group: string;
  step: string;
  count: number;
  conversion: number | null;
  share: number | null;
  median: number | null;
  reached: number;
}

const percent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/**
 * The funnel as the page's tables show it: the total's steps, then each group's.
 *
 * @example funnelLines(funnel, 'it')[0] // { group: 'Totale', step: 'Contatto', count: 12, ... }
 */
export function funnelLines(f: TFunnelResult, locale: TLocale): TFunnelLine[] {
  const w = WORDS[locale];
  const name = (key: string | null, label: string | null) => {
    if (key === null) return w.none;
    if (f.by === 'area') return (AREA_LABELS as Record<string, { it: string; en: string }>)[key]?.[locale] ?? key;
    return label ?? key;
  };
  const groups = [{ group: w.total, steps: f.total.steps }, ...f.groups.map((g) => ({ group: name(g.key, g.label), steps: g.steps }))];
  return groups.flatMap(({ group, steps }) =>
    steps.map((s) => ({ from: f.period.from, to: f.period.to, group, step: w.steps[s.step], count: s.count, conversion: percent(s.conversion), share: percent(s.shareOfContacts), median: s.medianDaysFromPrevious, reached: s.reached })),
  );
}

/** The funnel's columns; the group is personal when it names angels. */
export function funnelColumns(locale: TLocale, by: TFunnelResult['by']): TExportColumn<TFunnelLine>[] {
  const w = WORDS[locale];
  return [
    { header: w.from, value: (l) => l.from, width: 11 },
    { header: w.to, value: (l) => l.to, width: 11 },
    { header: w.group, value: (l) => l.group, width: 28, personal: by === 'angel' },
    { header: w.step, value: (l) => l.step, width: 20 },
    { header: w.count, value: (l) => l.count },
    { header: w.conversion, value: (l) => l.conversion },
    { header: w.share, value: (l) => l.share },
    { header: w.median, value: (l) => l.median },
    { header: w.reached, value: (l) => l.reached },
  ];
}

/** One line of the impact's file. Suppressed groups say "meno di 5" and carry no figure. */
export interface TImpactLine {
  from: string;
  to: string;
  part: string;
  item: string;
  n: number | string | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  value: number | null;
}

/**
 * The impact as one table: the T0 → T1 sections, goals by kind, hours, satisfaction.
 *
 * @example impactLines(impact, 'it')[12] // { part: 'Variazione T0 → T1 (punti)', item: 'Maturità digitale complessiva', n: 7, median: 10, ... }
 */
export function impactLines(i: TImpactResult, locale: TLocale): TImpactLine[] {
  const w = WORDS[locale];
  const sectionLabel = (key: string) => (key === 'overall' ? w.overall : (getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)?.sections.find((x) => x.key === key)?.title[locale] ?? key));
  const base = { from: i.period.from, to: i.period.to };
  const spread = (s: TSpread) => (s.isSuppressed ? { n: w.fewer, median: null, q1: null, q3: null } : { n: s.n, median: s.median, q1: s.q1, q3: s.q3 });
  const figure = (part: string, item: string, value: number | null) => ({ ...base, part, item, n: null, median: null, q1: null, q3: null, value });
  const s = i.satisfaction;
  return [
    ...i.checkups.sections.map((c) => ({ ...base, part: w.checkups, item: sectionLabel(c.section), ...spread(c.change), value: null })),
    ...i.goals.flatMap((g) => [figure(w.goalsReached, g.kind, g.reached), figure(w.goalsSet, g.kind, g.set)]),
    figure(w.hours, w.hoursLogged, i.hours.hoursLogged),
    figure(w.hours, w.plansWithHours, i.hours.plansWithHours),
    figure(w.hours, w.engagements, i.hours.engagements),
    figure(w.hours, w.engagementHours, i.hours.engagementHours),
    figure(w.hours, w.engagementHoursPackaged, i.hours.engagementHoursPackaged),
    figure(w.satisfaction, w.meetingsHeld, s.meetingsHeld),
    { ...base, part: w.satisfaction, item: w.rating, ...spread(s.rating), value: null },
    figure(w.satisfaction, w.ratingMean, s.mean),
    ...(s.distribution ?? []).map((n, k) => figure(w.satisfaction, `${w.stars} ${k + 1}`, n)),
  ];
}

export function impactColumns(locale: TLocale): TExportColumn<TImpactLine>[] {
  const w = WORDS[locale];
  return [
    { header: w.from, value: (l) => l.from, width: 11 },
    { header: w.to, value: (l) => l.to, width: 11 },
    { header: w.part, value: (l) => l.part, width: 26 },
    { header: w.item, value: (l) => l.item, width: 36 },
    { header: w.n, value: (l) => l.n },
    { header: w.median, value: (l) => l.median },
    { header: w.q1, value: (l) => l.q1 },
    { header: w.q3, value: (l) => l.q3 },
    { header: w.value, value: (l) => l.value },
  ];
}
