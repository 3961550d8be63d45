import { markdownToProse } from '../../../domain/library/gulpease.js';
import { minutesToRead } from '../../../domain/library/lesson-shape.js';
import { analyseReadability, type TLessonLevel } from '../../../domain/library/readability.js';
import { renderMarkdown } from '../render-markdown.js';

/** What an author writes; the rest of a lesson is computed from it. */
export interface TLessonText {
  title: string;
  summary: string;
  bodyMarkdown: string;
  areas: string[];
  level: TLessonLevel;
}

/**
 * The columns computed once on save: the safe HTML (raw HTML shown as text, only safe links),
 * the prose for search, the minutes to read and the Gulpease index.
 *
 * @example const derived = deriveLesson({ title, summary, bodyMarkdown, areas: ['marketing'], level: 'first_steps' });
 */
export function deriveLesson(text: TLessonText) {
  const report = analyseReadability(text.bodyMarkdown, text.level);
  return {
    bodyHtml: renderMarkdown(text.bodyMarkdown),
    bodyText: markdownToProse(text.bodyMarkdown),
    minutes: minutesToRead(report.words),
    // A body with no words has no index; the column wants a number, and 0 never passes a floor.
    gulpease: report.gulpease ?? 0,
  };
}
