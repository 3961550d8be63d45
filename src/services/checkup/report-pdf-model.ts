import { CHECKUP_AREAS, DMA_DIMENSIONS, getQuestionnaire, type TSectionKey } from '../../domain/checkup/questionnaire.js';
import { lessonPagePath } from '../../shared/library-pages.js';
import type { TLocale } from '../../shared/locale.js';
import type { TCheckupReport } from './checkup-report.js';
import type { TReportPdfModel } from './render-report-pdf.js';

const WORDS = {
  it: {
    title: 'Il tuo check-up',
    round: (n: number) => (n === 1 ? 'primo check-up' : `check-up n. ${n}`),
    levelLabel: 'Il tuo livello digitale',
    overall: (score: number, before: number | null) =>
      before === null ? `Punteggio digitale: ${score} su 100` : `Punteggio digitale: ${score} su 100 (la volta scorsa ${before}, ${signed(score - before)})`,
    digital: 'Maturità digitale',
    business: 'La tua impresa',
    now: 'Oggi',
    before: 'La volta scorsa',
    table: 'I numeri',
    columns: ['Area', 'Oggi', 'Prima', 'Cambio'] as [string, string, string, string],
    priorities: 'Da dove partire',
    lessons: 'Lezioni per cominciare',
    peers: 'Imprese simili',
    peersText: (n: number, median: number, region: string | null) => `${n} imprese del tuo settore${region ? ` in ${region}` : ''} hanno in media ${median} su 100. Nessuna è riconoscibile.`,
    noPeers: 'Non ci sono ancora abbastanza imprese simili per un confronto: ne servono almeno 5.',
    next: 'Il prossimo passo',
    nextText: 'Incontra un angel vicino a te. La prima chiacchierata è gratis e senza impegno: racconti, ascolta, decidete insieme.',
    footer: 'Affianco: persone esperte al fianco delle piccole imprese.',
  },
  en: {
    title: 'Your check-up',
    round: (n: number) => (n === 1 ? 'first check-up' : `check-up no. ${n}`),
    levelLabel: 'Your digital level',
    overall: (score: number, before: number | null) =>
      before === null ? `Digital score: ${score} out of 100` : `Digital score: ${score} out of 100 (last time ${before}, ${signed(score - before)})`,
    digital: 'Digital maturity',
    business: 'Your business',
    now: 'Today',
    before: 'Last time',
    table: 'The numbers',
    columns: ['Area', 'Today', 'Before', 'Change'] as [string, string, string, string],
    priorities: 'Where to start',
    lessons: 'Lessons to begin with',
    peers: 'Similar businesses',
    peersText: (n: number, median: number, region: string | null) => `${n} businesses in your sector${region ? ` in ${region}` : ''} score ${median} out of 100 on average. None can be recognised.`,
    noPeers: 'There are not yet enough similar businesses to compare: at least 5 are needed.',
    next: 'The next step',
    nextText: 'Meet an angel near you. The first chat is free and with no commitment: you talk, they listen, you decide together.',
    footer: 'Affianco: experts beside small businesses.',
  },
} as const;

function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

const show = (v: number | null | undefined) => (v === null || v === undefined ? '–' : String(v));

/**
 * The report in the reader's language, laid out for the PDF; lesson addresses are absolute on
 * `baseUrl` (paper cannot follow a relative link).
 *
 * @example reportPdfModel(report, 'it', 'https://affianco.example').priorities[0]?.lessons?.[0]?.address
 */
export function reportPdfModel(report: TCheckupReport, locale: TLocale, baseUrl = ''): TReportPdfModel {
  const w = WORDS[locale];
  const questionnaire = getQuestionnaire(report.checkup.version);
  const title = (key: TSectionKey) => questionnaire?.sections.find((s) => s.key === key)?.title[locale] ?? key;
  const scoreOf = (key: TSectionKey, result: TCheckupReport['result'] | undefined) =>
    result ? ((result.areas as Record<string, number | null>)[key] ?? (result.dimensions as Record<string, number | null>)[key] ?? null) : null;
  const previous = report.previous?.result;
  const date = new Intl.DateTimeFormat(locale === 'it' ? 'it-IT' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date(report.checkup.submittedAt));
  const radar = (heading: string, keys: readonly TSectionKey[]) => ({
    heading,
    labels: keys.map(title),
    values: keys.map((k) => scoreOf(k, report.result)),
    ...(previous ? { previous: keys.map((k) => scoreOf(k, previous)) } : {}),
  });

  return {
    title: w.title,
    businessName: report.business.name,
    dateLine: `${date} · ${w.round(report.checkup.round)}`,
    levelLabel: w.levelLabel,
    levelName: report.result.level.name[locale],
    overallLine: w.overall(report.result.overall, previous?.overall ?? null),
    radars: [radar(w.digital, DMA_DIMENSIONS), radar(w.business, CHECKUP_AREAS)],
    legend: { now: w.now, before: w.before },
    tableHeading: w.table,
    tableColumns: w.columns,
    rows: [...CHECKUP_AREAS, ...DMA_DIMENSIONS].map((key) => {
      const now = scoreOf(key, report.result);
      const before = scoreOf(key, previous);
      return { label: title(key), score: show(now), previous: show(before), change: now !== null && before !== null ? signed(now - before) : '–' };
    }),
    prioritiesHeading: w.priorities,
    priorities: report.result.priorities.map((p) => ({
      title: title(p.section as TSectionKey),
      score: show(p.score),
      reason: p.reason[locale],
      lessons: (report.priorityLessons.find((x) => x.section === p.section)?.lessons ?? []).map((l) => ({ title: l.title, address: `${baseUrl.replace(/\/$/, '')}${lessonPagePath(l.slug, l.language)}` })),
    })),
    lessonsLabel: w.lessons,
    peersHeading: w.peers,
    peersText: report.peers ? w.peersText(report.peers.n, report.peers.overallMedian, report.peerGroup.regionName) : w.noPeers,
    nextStepHeading: w.next,
    nextStepText: w.nextText,
    footer: w.footer,
  };
}
