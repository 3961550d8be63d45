/**
 * One generated business (with its path through ascolto, check-up, meeting and plan) or one
 * angel, from the seed and its number alone: pure, so the same seed always gives the same rows.
 */
import { AREAS, type TArea } from '../../shared/areas.js';
import { DONT_KNOW, type TAnswers, type TQuestionnaire } from '../checkup/questionnaire.js';
import { scoreCheckup, type TCheckupResult } from '../checkup/score.js';
import {
  DIVISION_PICKER,
  SECTOR_PICKER,
  drawBusinessName,
  drawEmployees,
  drawFoundedOn,
  drawLegalForm,
  drawPersonName,
  drawPhone,
  drawTurnover,
} from './italy.js';
import { TRandom, TWeighted } from './random.js';

export const GENERATED_EMAIL_DOMAIN = 'generato.affianco.test';
export const STREAM = { business: 1, angel: 2, sportello: 3, pool: 4 } as const;

const DAY_MS = 86_400_000;

/** The shares of the funnel (docs/generate.md). */
export const FUNNEL = {
  intake: 0.2,
  checkupAfterIntake: 0.6,
  checkupSubmitted: 0.85,
  t1AfterT0: 0.3,
  assignedAfterCheckup: 0.75,
  meetingAfterAssignment: 0.9,
} as const;

export interface TGeneratedIntake {
  id: string;
  at: number;
  status: 'new' | 'in_progress' | 'closed';
  text: string;
  proposedAreas: { area: TArea; score: number; evidence: string[] }[];
  chosenAreas: TArea[];
  phone: string;
}

export interface TGeneratedCheckup {
  id: string;
  round: number;
  poolIndex: number;
  isSubmitted: boolean;
  at: number;
}

export interface TGeneratedGoal {
  id: string;
  title: string;
  indicatorName: string;
  unit: string;
  baseline: number;
  target: number;
  current: number;
  byDate: string;
  status: 'active' | 'reached' | 'dropped';
  actions: { id: string; title: string; owner: 'entrepreneur' | 'angel'; dueDate: string; status: 'todo' | 'doing' | 'done' | 'blocked' }[];
}

export interface TGeneratedBusiness {
  index: number;
  id: string;
  ownerId: string;
  ownerName: string;
  email: string;
  comuneIndex: number;
  name: string;
  atecoDivision: string;
  atecoCode: string;
  employees: number;
  annualTurnoverEur: number;
  balanceSheetEur: number;
  foundedOn: string;
  legalForm: string;
  createdAt: number;
  intake: TGeneratedIntake | null;
  checkups: TGeneratedCheckup[];
  /** Set when an angel follows the business: `draw` in [0,1) chooses which one, the service knows who is free. */
  assignment: { id: string; at: number; draw: number } | null;
  meeting: {
    id: string;
    at: number;
    mode: 'in_person' | 'phone' | 'video';
    status: 'booked' | 'held' | 'not_held' | 'cancelled';
    nextStep: 'start_plan' | 'no_plan' | 'later' | null;
    feedbackRating: number | null;
    note: string;
  } | null;
  plan: { id: string; at: number; goals: TGeneratedGoal[] } | null;
}

export interface TGeneratedAngel {
  index: number;
  userId: string;
  name: string;
  email: string;
  comuneIndex: number;
  status: 'applied' | 'qualified' | 'rejected';
  isPaused: boolean;
  skills: TArea[];
  sectors: string[];
  radiusKm: number;
  modes: string[];
  languages: string[];
  capacity: number;
  presentation: string;
  createdAt: number;
  availability: { weekday: number; startMinute: number; endMinute: number }[];
}

export interface TGenerateContext {
  seed: number;
  /** Nothing is dated after this instant except booked meetings. */
  asOf: number;
  /** Picks a comune index by population. */
  comunePicker: TWeighted<number>;
  comuneNames: readonly string[];
  /** Region code of each comune, for an angel's languages. */
  comuneRegions: readonly string[];
  poolSize: number;
}

const AREA_TEXT: Record<TArea, string> = {
  strategy: 'Non so bene dove voglio portare la mia attività nei prossimi anni.',
  marketing: 'Vorrei trovare nuovi clienti e capire se i miei prezzi sono giusti.',
  communication: 'Nessuno ci trova su internet e i social non li curo.',
  ecommerce: 'Vorrei vendere anche online ma non so da dove partire.',
  organisation: 'Il magazzino e i turni sono un caos, perdo tempo ogni giorno.',
  finance: 'A fine mese non so mai quanto ho guadagnato davvero.',
  innovation: 'Vorrei proporre qualcosa di nuovo ma non ho idee chiare.',
  market_research: 'Non so cosa fanno i concorrenti e cosa cercano i clienti.',
  people: 'Faccio fatica a trovare e tenere collaboratori bravi.',
  data_tools: 'Tengo tutto su carta e fogli sparsi, vorrei un gestionale semplice.',
  automation_ai: 'Ho sentito parlare di intelligenza artificiale, mi può aiutare?',
  green: 'Le bollette sono troppo alte, vorrei consumare meno energia.',
};

const GOALS: Record<TArea, { title: string; indicator: string; unit: string; baseline: [number, number]; gain: number }> = {
  strategy: { title: 'Scrivere un piano di un anno', indicator: 'Obiettivi scritti', unit: 'obiettivi', baseline: [0, 1], gain: 4 },
  marketing: { title: 'Trovare nuovi clienti', indicator: 'Clienti nuovi al mese', unit: 'clienti', baseline: [2, 20], gain: 0.4 },
  communication: { title: 'Farsi trovare su internet', indicator: 'Recensioni su Google', unit: 'recensioni', baseline: [0, 30], gain: 1 },
  ecommerce: { title: 'Vendere anche online', indicator: 'Ordini online al mese', unit: 'ordini', baseline: [0, 5], gain: 3 },
  organisation: { title: 'Mettere ordine nel magazzino', indicator: 'Ore perse a settimana', unit: 'ore', baseline: [4, 12], gain: -0.5 },
  finance: { title: 'Sapere quanto guadagno', indicator: 'Margine medio', unit: '%', baseline: [5, 25], gain: 0.3 },
  innovation: { title: 'Lanciare un prodotto nuovo', indicator: 'Prodotti nuovi', unit: 'prodotti', baseline: [0, 1], gain: 2 },
  market_research: { title: 'Conoscere i concorrenti', indicator: 'Concorrenti studiati', unit: 'concorrenti', baseline: [0, 2], gain: 4 },
  people: { title: 'Tenere i collaboratori', indicator: 'Persone andate via in un anno', unit: 'persone', baseline: [1, 4], gain: -0.5 },
  data_tools: { title: 'Usare un gestionale', indicator: 'Processi sul gestionale', unit: 'processi', baseline: [0, 1], gain: 3 },
  automation_ai: { title: 'Automatizzare le risposte ai clienti', indicator: 'Ore risparmiate a settimana', unit: 'ore', baseline: [0, 1], gain: 4 },
  green: { title: 'Ridurre la bolletta', indicator: 'Spesa energia al mese', unit: '€', baseline: [300, 2000], gain: -0.2 },
};

const ACTIONS = [
  'Parlarne con il commercialista',
  'Chiedere tre preventivi',
  'Scrivere la lista delle cose da fare',
  'Guardare la lezione Metodo Pop',
  'Provare per un mese e misurare',
  'Fare il punto con l’angelo',
  'Chiedere ai clienti cosa ne pensano',
  'Preparare la domanda per il bando',
] as const;

const PRESENTATIONS = [
  'Ho guidato per vent’anni una piccola impresa: so cosa vuol dire far quadrare i conti.',
  'Aiuto le botteghe a farsi trovare online, con calma e parole semplici.',
  'Ex direttore commerciale, ora in pensione: metto a disposizione il mio tempo.',
  'Consulente di organizzazione, mi piace mettere ordine dove c’è confusione.',
  'Lavoro nel digitale e voglio restituire qualcosa al mio territorio.',
] as const;

const INTAKE_STATUS = new TWeighted([['new', 40], ['in_progress', 35], ['closed', 25]] as const);
const MEETING_PAST_STATUS = new TWeighted([['held', 82], ['not_held', 8], ['cancelled', 10]] as const);
const MEETING_MODE = new TWeighted([['in_person', 55], ['video', 30], ['phone', 15]] as const);
const NEXT_STEP = new TWeighted([['start_plan', 55], ['later', 30], ['no_plan', 15]] as const);
const RATING = new TWeighted([[5, 45], [4, 35], [3, 12], [2, 5], [1, 3]] as const);
const GOAL_STATUS = new TWeighted([['active', 73], ['reached', 20], ['dropped', 7]] as const);
const ACTION_STATUS = new TWeighted([['todo', 40], ['doing', 25], ['done', 30], ['blocked', 5]] as const);
const CAPACITY = new TWeighted([[1, 5], [2, 12], [3, 20], [4, 18], [5, 18], [6, 8], [8, 8], [10, 8], [15, 3]] as const);
const RADIUS = new TWeighted([[10, 10], [20, 20], [30, 25], [50, 25], [80, 12], [150, 8]] as const);
const MODES = new TWeighted([[['in_person', 'remote'], 60], [['in_person'], 25], [['remote'], 15]] as const);
const ANGEL_STATUS = new TWeighted([['qualified', 88], ['applied', 9], ['rejected', 3]] as const);
const WINDOWS = [
  [9 * 60, 13 * 60],
  [14 * 60, 18 * 60],
  [17 * 60, 20 * 60],
] as const;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function drawAreas(random: TRandom): TArea[] {
  return random.sample(AREAS, random.int(1, 3));
}

export function generateBusiness(ctx: TGenerateContext, index: number): TGeneratedBusiness {
  const random = TRandom.forEntity(ctx.seed, STREAM.business, index);
  const id = random.uuid();
  const ownerId = random.uuid();
  const ownerName = drawPersonName(random);
  const comuneIndex = ctx.comunePicker.pick(random);
  const sector = SECTOR_PICKER.pick(random);
  const employees = drawEmployees(random);
  const annualTurnoverEur = drawTurnover(random, sector, employees);
  const asOfYear = new Date(ctx.asOf).getUTCFullYear();
  const hasIntake = random.chance(FUNNEL.intake);
  const intakeAt = ctx.asOf - Math.floor(random.next() * 540 * DAY_MS);
  const createdAt = hasIntake ? intakeAt + random.int(0, 3) * DAY_MS : ctx.asOf - Math.floor(random.next() * 720 * DAY_MS);
  const b: TGeneratedBusiness = {
    index,
    id,
    ownerId,
    ownerName,
    email: `impresa-${index}@${GENERATED_EMAIL_DOMAIN}`,
    comuneIndex,
    name: drawBusinessName(random, sector, ownerName, ctx.comuneNames[comuneIndex]!),
    atecoDivision: sector.division,
    atecoCode: random.pick(sector.codes),
    employees,
    annualTurnoverEur,
    balanceSheetEur: Math.round((annualTurnoverEur * (0.4 + 0.6 * random.next())) / 100) * 100,
    foundedOn: drawFoundedOn(random, asOfYear),
    legalForm: drawLegalForm(random, sector.division, employees),
    createdAt: Math.min(createdAt, ctx.asOf),
    intake: null,
    checkups: [],
    assignment: null,
    meeting: null,
    plan: null,
  };
  if (!hasIntake) return b;

  const chosen = drawAreas(random);
  const extra = random.chance(0.4) ? AREAS.find((a) => !chosen.includes(a) && random.chance(0.2)) : undefined;
  const proposed = [...chosen, ...(extra ? [extra] : [])];
  b.intake = {
    id: random.uuid(),
    at: intakeAt,
    status: INTAKE_STATUS.pick(random),
    text: chosen.map((a) => AREA_TEXT[a]).join(' '),
    proposedAreas: proposed.map((area, k) => ({ area, score: Math.round((0.9 - k * 0.15) * 100) / 100, evidence: [AREA_TEXT[area].split(' ').slice(0, 4).join(' ')] })),
    chosenAreas: chosen,
    phone: drawPhone(random),
  };

  let last = intakeAt;
  const cap = (ms: number) => Math.min(ms, ctx.asOf);
  if (random.chance(FUNNEL.checkupAfterIntake)) {
    const at = cap(intakeAt + random.int(1, 20) * DAY_MS);
    const isSubmitted = random.chance(FUNNEL.checkupSubmitted);
    b.checkups.push({ id: random.uuid(), round: 1, poolIndex: random.int(0, ctx.poolSize - 1), isSubmitted, at });
    last = at;
    const t1At = at + random.int(90, 300) * DAY_MS;
    if (isSubmitted && random.chance(FUNNEL.t1AfterT0) && t1At < ctx.asOf) b.checkups.push({ id: random.uuid(), round: 2, poolIndex: b.checkups[0]!.poolIndex, isSubmitted: true, at: t1At });
  }
  const isAssigned = b.checkups[0]?.isSubmitted ? random.chance(FUNNEL.assignedAfterCheckup) : random.chance(0.15);
  if (!isAssigned) return b;
  const assignedAt = cap(last + random.int(1, 10) * DAY_MS);
  b.assignment = { id: random.uuid(), at: assignedAt, draw: random.next() };
  if (!random.chance(FUNNEL.meetingAfterAssignment)) return b;

  const meetingAt = assignedAt + random.int(2, 14) * DAY_MS + random.int(8, 16) * 3_600_000;
  const isFuture = meetingAt > ctx.asOf;
  const status = isFuture ? 'booked' : MEETING_PAST_STATUS.pick(random);
  const nextStep = status === 'held' ? NEXT_STEP.pick(random) : null;
  b.meeting = {
    id: random.uuid(),
    at: meetingAt,
    mode: MEETING_MODE.pick(random),
    status,
    nextStep,
    feedbackRating: status === 'held' && random.chance(0.7) ? RATING.pick(random) : null,
    note: AREA_TEXT[chosen[0]!],
  };
  if (nextStep !== 'start_plan') return b;

  const planAt = cap(meetingAt + random.int(1, 7) * DAY_MS);
  const goals: TGeneratedGoal[] = random.sample(chosen, random.int(1, chosen.length)).map((area) => {
    const g = GOALS[area];
    const baseline = random.int(g.baseline[0], g.baseline[1]);
    const change = g.gain >= 0 ? Math.max(1, Math.round(baseline * g.gain + g.gain * 2)) : -Math.max(1, Math.round(baseline * -g.gain));
    const target = baseline + change;
    const status = GOAL_STATUS.pick(random);
    const current = status === 'reached' ? target : Math.round(baseline + change * random.next() * 0.8);
    return {
      id: random.uuid(),
      title: g.title,
      indicatorName: g.indicator,
      unit: g.unit,
      baseline,
      target,
      current,
      byDate: isoDate(planAt + random.int(60, 365) * DAY_MS),
      status,
      actions: Array.from({ length: random.int(1, 3) }, () => ({
        id: random.uuid(),
        title: random.pick(ACTIONS),
        owner: random.chance(0.7) ? ('entrepreneur' as const) : ('angel' as const),
        dueDate: isoDate(planAt + random.int(7, 120) * DAY_MS),
        status: status === 'reached' ? ('done' as const) : ACTION_STATUS.pick(random),
      })),
    };
  });
  b.plan = { id: random.uuid(), at: planAt, goals };
  return b;
}

export function generateAngel(ctx: TGenerateContext, index: number): TGeneratedAngel {
  const random = TRandom.forEntity(ctx.seed, STREAM.angel, index);
  const userId = random.uuid();
  const name = drawPersonName(random);
  const comuneIndex = ctx.comunePicker.pick(random);
  const sectors = new Set<string>();
  const sectorCount = random.int(1, 4);
  for (let k = 0; k < sectorCount * 3 && sectors.size < sectorCount; k++) sectors.add(DIVISION_PICKER.pick(random));
  const languages = ['it'];
  if (random.chance(0.25)) languages.push('en');
  if (ctx.comuneRegions[comuneIndex] === '04' && random.chance(0.5)) languages.push('de');
  const days = random.sample([1, 2, 3, 4, 5, 6], random.int(1, 3)).sort((x, y) => x - y);
  return {
    index,
    userId,
    name,
    email: `angelo-${index}@${GENERATED_EMAIL_DOMAIN}`,
    comuneIndex,
    status: ANGEL_STATUS.pick(random),
    isPaused: random.chance(0.05),
    skills: random.sample(AREAS, random.int(2, 4)),
    sectors: [...sectors],
    radiusKm: RADIUS.pick(random),
    modes: [...MODES.pick(random)],
    languages,
    capacity: CAPACITY.pick(random),
    presentation: random.pick(PRESENTATIONS),
    createdAt: ctx.asOf - Math.floor(random.next() * 600 * DAY_MS),
    availability: days.map((weekday) => {
      const [startMinute, endMinute] = random.pick(WINDOWS);
      return { weekday, startMinute, endMinute };
    }),
  };
}

export interface TPooledCheckup {
  t0: { answers: TAnswers; result: TCheckupResult };
  /** The same business later (T1): a little more mature on average. */
  t1: { answers: TAnswers; result: TCheckupResult };
  /** A draft: the first third answered, no result. */
  draft: TAnswers;
}

function drawAnswers(random: TRandom, questionnaire: TQuestionnaire, maturity: number): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const q of questionnaire.questions) {
    if (random.chance(0.06)) {
      answers[q.id] = DONT_KNOW;
      continue;
    }
    const last = q.options.length - 1;
    const k = Math.max(0, Math.min(last, Math.round(maturity * last + random.normal() * 0.9)));
    answers[q.id] = q.options[k]!.id;
  }
  return answers;
}

/**
 * A pool of answer sets with their scores, computed once: each generated check-up points at
 * one, so a million check-ups cost `size` scorings.
 */
export function buildCheckupPool(seed: number, size: number, questionnaire: TQuestionnaire): TPooledCheckup[] {
  return Array.from({ length: size }, (_, i) => {
    const random = TRandom.forEntity(seed, STREAM.pool, i);
    const maturity = Math.min(0.95, Math.max(0.05, 0.4 + 0.18 * random.normal()));
    const t0 = drawAnswers(random, questionnaire, maturity);
    const t1 = drawAnswers(random, questionnaire, Math.min(1, maturity + 0.05 + 0.2 * random.next()));
    const draft = Object.fromEntries(Object.entries(t0).slice(0, Math.ceil(questionnaire.questions.length / 3)));
    return { t0: { answers: t0, result: scoreCheckup(questionnaire, t0) }, t1: { answers: t1, result: scoreCheckup(questionnaire, t1) }, draft };
  });
}
