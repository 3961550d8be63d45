import { LESSON_PART_HEADINGS, missingLessonParts } from '../../../domain/library/lesson-shape.js';
import { analyseReadability } from '../../../domain/library/readability.js';
import { AppError, type TFieldError } from '../../../shared/errors.js';
import { missingPartMessage, tooHardMessage } from '../../../shared/lesson-messages.js';
import { isLocale, type TLocale } from '../../../shared/locale.js';
import type { TLessonRow } from './load-lesson.js';

/**
 * Refuses publication, with the reasons next to the body field, when the lesson reads under
 * its level's floor or lacks a part of its shape; the lesson is left as it was.
 *
 * @example assertPublishable(row, 'it'); // throws AppError('lesson.too_hard', 422, [{ field: 'bodyMarkdown', … }])
 */
export function assertPublishable(row: Pick<TLessonRow, 'bodyMarkdown' | 'level' | 'language'>, locale: TLocale): void {
  const report = analyseReadability(row.bodyMarkdown, row.level);
  const shapeLocale: TLocale = isLocale(row.language) ? row.language : 'it';
  const missing = missingLessonParts(row.bodyMarkdown, shapeLocale);
  const fields: TFieldError[] = [];
  if (!report.isPublishable) fields.push({ field: 'bodyMarkdown', message: tooHardMessage(report.gulpease, report.floor, locale) });
  for (const part of missing) fields.push({ field: `parts.${part}`, message: missingPartMessage(LESSON_PART_HEADINGS[shapeLocale][part], locale) });
  if (!report.isPublishable) throw new AppError('lesson.too_hard', 422, fields);
  if (missing.length) throw new AppError('lesson.missing_parts', 422, fields);
}
