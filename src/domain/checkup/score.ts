import {
  CHECKUP_AREAS,
  DMA_DIMENSIONS,
  DONT_KNOW,
  listSectionQuestions,
  maxPoints,
  SECTION_KEYS,
  type TAnswers,
  type TCheckupArea,
  type TDmaDimension,
  type TQuestionnaire,
  type TSectionKey,
  type TText,
} from './questionnaire.js';

/**
 * Scoring of a check-up (docs/checkup-scoring.md has the method in full).
 *
 * - A section's score, 0–100, is the weighted mean of points/maxPoints over the questions that
 *   count in it (its own at full weight, those that also feed it at weight × share).
 * - "Non so" counts as an answer worth 0 points: not knowing whether your data has a copy
 *   means you cannot count on it. It stays in the mean at full weight.
 * - Unanswered questions (and answers that are not an option of the question) are left out;
 *   a section with no answer at all is null.
 * - Scores are whole numbers. `overall` is the mean of the six DMA dimensions as shown (a null
 *   dimension counts 0), rounded; the level comes from `overall` with the DMA's four bands.
 */

export type TLevelKey = 'basic' | 'average' | 'moderately_advanced' | 'advanced';

export interface TLevel {
  step: 1 | 2 | 3 | 4;
  key: TLevelKey;
  name: TText;
}

/** The DMA's four levels of overall digital maturity, with our pop names. `max` is inclusive. */
export const LEVELS: readonly (TLevel & { min: number; max: number })[] = [
  { step: 1, key: 'basic', min: 0, max: 25, name: { it: 'Ai blocchi di partenza', en: 'At the starting blocks' } },
  { step: 2, key: 'average', min: 26, max: 50, name: { it: 'In cammino', en: 'On the way' } },
  { step: 3, key: 'moderately_advanced', min: 51, max: 70, name: { it: 'A buon ritmo', en: 'Going at a good pace' } },
  { step: 4, key: 'advanced', min: 71, max: 100, name: { it: 'Apripista', en: 'Trailblazer' } },
];

export interface TPriority {
  section: TSectionKey;
  score: number;
  reason: TText;
}

export interface TCheckupResult {
  /** The questionnaire version the answers belong to. */
  version: string;
  /** Business fundamentals, 0–100 or null. */
  areas: Record<TCheckupArea, number | null>;
  /** The six DMA dimensions, 0–100 or null. */
  dimensions: Record<TDmaDimension, number | null>;
  /** Mean of the six dimensions, 0–100: the DMA-comparable figure. */
  overall: number;
  level: TLevel;
  /** Up to three weakest sections, weakest first. */
  priorities: TPriority[];
  /** Questions answered with one of their options. */
  answered: number;
  /** Questions answered "non so". */
  dontKnow: number;
  /** Questions in the questionnaire: answered + dontKnow + unanswered. */
  total: number;
}

/** How many priorities a result lists. */
export const PRIORITY_COUNT = 3;

/** Whole number, with a nudge so that 62.4999999 from float sums still rounds like 62.5. */
function roundScore(value: number): number {
  return Math.round(value + 1e-9);
}

/**
 * The level of an overall score, by the DMA's bands: 0–25 basic, 26–50 average,
 * 51–70 moderately advanced, 71–100 advanced. Scores are rounded to whole numbers first.
 *
 * @example levelForScore(51).key // 'moderately_advanced'
 */
export function levelForScore(score: number): TLevel {
  const whole = Math.min(100, Math.max(0, roundScore(score)));
  const found = LEVELS.find((l) => whole >= l.min && whole <= l.max) ?? LEVELS[0]!;
  return { step: found.step, key: found.key, name: found.name };
}

/**
 * Scores one check-up against the questionnaire version it was taken on. Never throws:
 * unknown questions and options are ignored here (validateAnswers reports them).
 *
 * @example
 *   const q = getQuestionnaire('2026-11-v1')!;
 *   scoreCheckup(q, { 'com-website': 'b', 'com-maps': 'dont_know' }).areas.communication // 13
 */
export function scoreCheckup(q: TQuestionnaire, answers: TAnswers): TCheckupResult {
  const ratioOf = new Map<string, number>();
  let answered = 0;
  let dontKnow = 0;
  for (const question of q.questions) {
    const value: unknown = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (value === DONT_KNOW) {
      dontKnow++;
      ratioOf.set(question.id, 0);
      continue;
    }
    const option = question.options.find((o) => o.id === value);
    const max = maxPoints(question);
    if (!option || max <= 0) continue;
    answered++;
    ratioOf.set(question.id, option.points / max);
  }

  const scores = {} as Record<TSectionKey, number | null>;
  for (const key of SECTION_KEYS) {
    let sum = 0;
    let weights = 0;
    for (const { question, weight } of listSectionQuestions(q, key)) {
      const ratio = ratioOf.get(question.id);
      if (ratio === undefined) continue;
      sum += weight * ratio;
      weights += weight;
    }
    scores[key] = weights > 0 ? roundScore((100 * sum) / weights) : null;
  }

  const areas = Object.fromEntries(CHECKUP_AREAS.map((k) => [k, scores[k]])) as Record<TCheckupArea, number | null>;
  const dimensions = Object.fromEntries(DMA_DIMENSIONS.map((k) => [k, scores[k]])) as Record<TDmaDimension, number | null>;
  const overall = roundScore(DMA_DIMENSIONS.reduce((s, k) => s + (dimensions[k] ?? 0), 0) / DMA_DIMENSIONS.length);

  return {
    version: q.version,
    areas,
    dimensions,
    overall,
    level: levelForScore(overall),
    priorities: pickPriorities(q, scores),
    answered,
    dontKnow,
    total: q.questions.length,
  };
}

/**
 * The three weakest sections. Null sections (nothing answered) and sections at 100 (nothing
 * left to improve) are never priorities. Ties on the shown score go to the section that
 * comes first in SECTION_KEYS: fundamentals before DMA dimensions, then table order.
 */
function pickPriorities(q: TQuestionnaire, scores: Record<TSectionKey, number | null>): TPriority[] {
  const candidates: { section: TSectionKey; score: number; order: number }[] = [];
  SECTION_KEYS.forEach((section, order) => {
    const score = scores[section];
    if (score !== null && score < 100) candidates.push({ section, score, order });
  });
  candidates.sort((a, b) => a.score - b.score || a.order - b.order);
  return candidates.slice(0, PRIORITY_COUNT).map(({ section, score }) => {
    const info = q.sections.find((s) => s.key === section);
    return { section, score, reason: info ? { ...info.priorityReason } : { it: '', en: '' } };
  });
}
