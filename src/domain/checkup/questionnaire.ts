import { z } from 'zod';
import { AREAS, type TArea } from '../../shared/areas.js';
import type { TLocale } from '../../shared/locale.js';
import { QUESTIONNAIRE_V1 } from './questionnaires/v1.js';

/**
 * The check-up questionnaire as versioned data (docs/checkup-scoring.md).
 *
 * A version is frozen once published: changing a word, an option or a point means a new
 * file in `questionnaires/` and a new entry in QUESTIONNAIRES. Stored check-ups keep the
 * version they were taken on and are never rescored with another one.
 */

/** Business fundamentals: the check-up's own areas (a subset of the needs taxonomy). */
export const CHECKUP_AREAS = ['strategy', 'marketing', 'communication', 'organisation', 'finance', 'innovation'] as const;

/** The six dimensions of the EU Digital Maturity Assessment (DMA) for SMEs, in the DMA's order. */
export const DMA_DIMENSIONS = [
  'digital_strategy',
  'digital_readiness',
  'human_centric',
  'data_management',
  'automation_ai',
  'green',
] as const;

/** Every section, fundamentals first: also the tie-break order of the priorities. */
export const SECTION_KEYS = [...CHECKUP_AREAS, ...DMA_DIMENSIONS] as const;

export type TCheckupArea = (typeof CHECKUP_AREAS)[number];
export type TDmaDimension = (typeof DMA_DIMENSIONS)[number];
export type TSectionKey = (typeof SECTION_KEYS)[number];
export type TSectionKind = 'area' | 'dimension';

/** The answer "non so": valid for every question. */
export const DONT_KNOW = 'dont_know';

export type TText = Readonly<Record<TLocale, string>>;

export interface TOption {
  /** 'a', 'b', ... unique within the question. */
  readonly id: string;
  readonly text: TText;
  /** 0..4, the first option 0, strictly rising: options go from least to most mature. */
  readonly points: number;
}

/** A question counted a second time in another section, with `share` of its weight. */
export interface TFeed {
  readonly target: TSectionKey;
  /** In (0, 1]: the question's weight in the target section relative to its own section's. */
  readonly share: number;
}

export interface TQuestion {
  /** Stable id, 'com-website'. Never reused for a different question. */
  readonly id: string;
  readonly section: TSectionKey;
  readonly text: TText;
  /** An everyday example, shown under the question. */
  readonly help?: TText;
  readonly options: readonly TOption[];
  /** Relative weight within its section; 1 when absent. */
  readonly weight?: number;
  readonly alsoFeeds?: readonly TFeed[];
}

export interface TSection {
  readonly key: TSectionKey;
  readonly kind: TSectionKind;
  /** Plain title for the section and the radar chart. */
  readonly title: TText;
  /** One line: why this matters. */
  readonly why: TText;
  /** A pop sentence shown when this section is one of the three priorities. */
  readonly priorityReason: TText;
  /** The areas of need (PRODUCT.md) this section speaks to: lessons and angels are tagged by them. */
  readonly needs: readonly TArea[];
}

export interface TQuestionnaire {
  /** 'YYYY-MM-vN', e.g. '2026-11-v1'. */
  readonly version: string;
  /** ISO date from which the version is offered. */
  readonly publishedOn: string;
  /** Label of the "non so" answer. */
  readonly dontKnow: TText;
  /** All twelve sections, in SECTION_KEYS order. */
  readonly sections: readonly TSection[];
  /** In the order they are asked. */
  readonly questions: readonly TQuestion[];
}

/** questionId → optionId, or DONT_KNOW. A missing key is an unanswered question. */
export type TAnswers = Readonly<Record<string, string>>;

const ZSectionKey = z.enum(SECTION_KEYS);
const ZText = z.strictObject({ it: z.string().trim().min(1), en: z.string().trim().min(1) });

const ZOption = z.strictObject({
  id: z.string().regex(/^[a-z]$/),
  text: ZText,
  points: z.int().min(0).max(4),
});

const ZQuestion = z
  .strictObject({
    id: z.string().regex(/^[a-z]{3}-[a-z0-9-]{2,40}$/),
    section: ZSectionKey,
    text: ZText,
    help: ZText.optional(),
    options: z.array(ZOption).min(3).max(5),
    weight: z.number().positive().max(5).optional(),
    alsoFeeds: z.array(z.strictObject({ target: ZSectionKey, share: z.number().gt(0).max(1) })).min(1).max(2).optional(),
  })
  .superRefine((q, ctx) => {
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: `${q.id}: option ids repeat` });
    if (q.options[0]?.points !== 0) ctx.addIssue({ code: 'custom', message: `${q.id}: the first option must be worth 0` });
    q.options.forEach((o, i) => {
      const before = q.options[i - 1];
      if (before && o.points <= before.points) ctx.addIssue({ code: 'custom', message: `${q.id}: points must rise option by option` });
    });
    const targets = (q.alsoFeeds ?? []).map((f) => f.target);
    if (targets.includes(q.section) || new Set(targets).size !== targets.length) {
      ctx.addIssue({ code: 'custom', message: `${q.id}: alsoFeeds must name other sections, once each` });
    }
  });

/**
 * The structure every questionnaire version must have; checked when the module loads, so a
 * broken version file stops the app at start rather than scoring wrongly.
 */
export const ZQuestionnaire = z
  .strictObject({
    version: z.string().regex(/^\d{4}-\d{2}-v\d+$/),
    publishedOn: z.iso.date(),
    dontKnow: ZText,
    sections: z.array(
      z.strictObject({
        key: ZSectionKey,
        kind: z.enum(['area', 'dimension']),
        title: ZText,
        why: ZText,
        priorityReason: ZText,
        needs: z.array(z.enum(AREAS)).min(1),
      }),
    ),
    questions: z.array(ZQuestion).min(1),
  })
  .superRefine((q, ctx) => {
    const keys = q.sections.map((s) => s.key);
    if (keys.join() !== SECTION_KEYS.join()) ctx.addIssue({ code: 'custom', message: 'sections must be exactly SECTION_KEYS, in order' });
    for (const s of q.sections) {
      const kind = (CHECKUP_AREAS as readonly string[]).includes(s.key) ? 'area' : 'dimension';
      if (s.kind !== kind) ctx.addIssue({ code: 'custom', message: `${s.key} is a ${kind}` });
    }
    const ids = q.questions.map((x) => x.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'question ids repeat' });
  });

/** Answers as they arrive from a client, before validateAnswers checks them against a version. */
export const ZAnswers = z
  .record(z.string().min(1).max(60), z.string().min(1).max(40))
  .refine((a) => Object.keys(a).length <= 200, { message: 'too_many' });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function register(list: readonly TQuestionnaire[]): Readonly<Record<string, TQuestionnaire>> {
  const out: Record<string, TQuestionnaire> = {};
  for (const q of list) {
    ZQuestionnaire.parse(q);
    if (Object.hasOwn(out, q.version)) throw new Error(`questionnaire ${q.version} registered twice`);
    out[q.version] = deepFreeze(q);
  }
  return Object.freeze(out);
}

/** Every published version, old ones included: a stored check-up is always read with its own. */
export const QUESTIONNAIRES: Readonly<Record<string, TQuestionnaire>> = register([QUESTIONNAIRE_V1]);

/** The version new check-ups are started on. */
export const CURRENT_QUESTIONNAIRE_VERSION = QUESTIONNAIRE_V1.version;

/**
 * The questionnaire of a version, or undefined when no such version was ever published.
 *
 * @example getQuestionnaire('2026-11-v1')?.questions.length // 31
 */
export function getQuestionnaire(version: string): TQuestionnaire | undefined {
  return Object.hasOwn(QUESTIONNAIRES, version) ? QUESTIONNAIRES[version] : undefined;
}

/**
 * The highest points a question can give: the points of its last option.
 *
 * @example maxPoints({ ...question, options: [{ id: 'a', points: 0 }, { id: 'b', points: 4 }] }) // 4
 */
export function maxPoints(question: TQuestion): number {
  return Math.max(0, ...question.options.map((o) => o.points));
}

/**
 * The questions that count in a section, with the weight each carries there: a question's
 * own section gets its full weight, a section it also feeds gets weight × share.
 *
 * @example listSectionQuestions(q, 'green').map((x) => x.question.id) // ['grn-energy', 'grn-paper', 'grn-devices']
 */
export function listSectionQuestions(q: TQuestionnaire, section: TSectionKey): { question: TQuestion; weight: number }[] {
  const out: { question: TQuestion; weight: number }[] = [];
  for (const question of q.questions) {
    const weight = question.weight ?? 1;
    if (question.section === section) out.push({ question, weight });
    const feed = question.alsoFeeds?.find((f) => f.target === section);
    if (feed) out.push({ question, weight: weight * feed.share });
  }
  return out;
}
