import { computeGulpease, wordsOf } from './gulpease.js';
import { findWordsToAvoid, type TWordToAvoidHit } from './plain-words.js';

/** A lesson's level: primi passi, in cammino, avanzato. */
export const LESSON_LEVELS = ['first_steps', 'on_the_way', 'advanced'] as const;
export type TLessonLevel = (typeof LESSON_LEVELS)[number];

/**
 * The Gulpease a lesson needs to be published: 60 for first steps (readable with a
 * lower-secondary education, PRODUCT.md's voice), 50 otherwise.
 */
export const GULPEASE_FLOOR: Record<TLessonLevel, number> = { first_steps: 60, on_the_way: 50, advanced: 50 };

/** A sentence longer than this loses a reader with little schooling (docs/readability.md). */
export const LONG_SENTENCE_WORDS = 25;
/** A word of this many letters or more is a long word ("internazionalizzazione" has 22). */
export const LONG_WORD_LETTERS = 13;

export interface TReadabilityReport {
  gulpease: number | null;
  floor: number;
  isPublishable: boolean;
  words: number;
  sentences: number;
  longSentences: { text: string; words: number }[];
  longWords: string[];
  wordsToAvoid: TWordToAvoidHit[];
  /** Why publication is refused, as stable codes; empty when publishable. */
  problems: ('readability.too_hard' | 'readability.empty')[];
}

/**
 * What an author sees while writing: the index, the floor for the level, the
 * sentences and words that pull it down, and the words to say more plainly.
 *
 * @example analyseReadability('# Vendi il tuo latte\nIl latte costa poco...', 'first_steps').isPublishable
 */
export function analyseReadability(markdown: string, level: TLessonLevel): TReadabilityReport {
  const g = computeGulpease(markdown);
  const floor = GULPEASE_FLOOR[level];
  const longSentences = g.sentenceList.filter((s) => s.words > LONG_SENTENCE_WORDS).map((s) => ({ text: s.text, words: s.words }));
  const longWords = [...new Set(g.sentenceList.flatMap((s) => wordsOf(s.text)).filter((w) => /^\p{L}+$/u.test(w) && [...w].length >= LONG_WORD_LETTERS).map((w) => w.toLowerCase()))];
  const problems: TReadabilityReport['problems'] = [];
  if (g.index === null) problems.push('readability.empty');
  else if (g.index < floor) problems.push('readability.too_hard');
  return {
    gulpease: g.index,
    floor,
    isPublishable: problems.length === 0,
    words: g.words,
    sentences: g.sentences,
    longSentences,
    longWords,
    wordsToAvoid: findWordsToAvoid(markdown),
    problems,
  };
}
