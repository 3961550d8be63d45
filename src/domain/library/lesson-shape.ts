import type { TLocale } from '../../shared/locale.js';

/**
 * The shape that makes a lesson "pop" (issue 12): an everyday example first, one idea,
 * the big companies' method in plain words, and a step to try in 30 minutes or less.
 * Each is a level-two heading of the body, in this order.
 */
export const LESSON_PARTS = ['example', 'idea', 'method', 'try_now'] as const;
export type TLessonPart = (typeof LESSON_PARTS)[number];

export const LESSON_PART_HEADINGS: Record<TLocale, Record<TLessonPart, string>> = {
  it: { example: 'Un esempio', idea: "L'idea", method: 'Il metodo', try_now: 'Prova subito' },
  en: { example: 'An example', idea: 'The idea', method: 'The method', try_now: 'Try it now' },
};

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’`]/g, "'").trim().toLowerCase();
}

/**
 * The parts a lesson body lacks, or has out of order, judged from its `## ` headings.
 *
 * @example missingLessonParts('## Un esempio\n…\n## Prova subito\n…', 'it'); // ['idea', 'method']
 */
export function missingLessonParts(markdown: string, locale: TLocale): TLessonPart[] {
  const headings = [...markdown.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((m) => fold(m[1]!));
  const wanted = LESSON_PART_HEADINGS[locale];
  let from = 0;
  const missing: TLessonPart[] = [];
  for (const part of LESSON_PARTS) {
    const at = headings.indexOf(fold(wanted[part]), from);
    if (at === -1) missing.push(part);
    else from = at + 1;
  }
  return missing;
}

/** Minutes to read at 180 words a minute, a slow reader's pace; at least one. */
export function minutesToRead(words: number): number {
  return Math.max(1, Math.round(words / 180));
}
