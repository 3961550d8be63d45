import { missingLessonParts } from '../../../domain/library/lesson-shape.js';
import { analyseReadability, type TLessonLevel } from '../../../domain/library/readability.js';
import type { TLocale } from '../../../shared/locale.js';
import { renderMarkdown } from '../render-markdown.js';

/**
 * The body as readers will see it, rendered by the same code as on save, with the index the
 * server computes (the editor computes it too; this says they agree). Nothing is stored.
 *
 * @example const { html } = previewLesson('## Un esempio\nLa bottega…', 'first_steps', 'it');
 */
export function previewLesson(bodyMarkdown: string, level: TLessonLevel, language: TLocale) {
  const report = analyseReadability(bodyMarkdown, level);
  return {
    html: renderMarkdown(bodyMarkdown),
    gulpease: report.gulpease,
    floor: report.floor,
    isPublishable: report.isPublishable,
    missingParts: missingLessonParts(bodyMarkdown, language),
    hasRawHtml: /<\/?[a-z][^>]*>/i.test(bodyMarkdown),
  };
}
