import type { TArea } from '../../../../../src/shared/areas';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../lib/api-client';
import type { TAuthoredLesson, TLessonLanguage, TLessonLevel, TLessonText } from '../api/authoring';

/** What the form holds; `body` is the Markdown of the lesson. */
export type TLessonForm = { title: string; summary: string; body: string; areas: TArea[]; level: TLessonLevel; language: TLessonLanguage; scope: string };

/** The national library in the scope select (a sportello is its id). */
export const NATIONAL = 'national';

/**
 * The form filled from a lesson the server sent.
 * @example setForm(formFromLesson(lesson));
 */
export function formFromLesson(lesson: TAuthoredLesson): TLessonForm {
  return { title: lesson.title, summary: lesson.summary, body: lesson.bodyMarkdown, areas: lesson.areas, level: lesson.level, language: lesson.language, scope: lesson.sportelloId ?? NATIONAL };
}

/**
 * What the API takes from the form (trimmed title and summary).
 * @example await saveLesson(id, version, textOf(form));
 */
export function textOf(form: TLessonForm): TLessonText {
  return { title: form.title.trim(), summary: form.summary.trim(), bodyMarkdown: form.body, areas: form.areas, level: form.level };
}

/**
 * Whether the form differs from the lesson as last saved (a new lesson always does).
 * @example if (isDirty(form, lesson)) await save();
 */
export function isDirty(form: TLessonForm, lesson: TAuthoredLesson | null): boolean {
  if (!lesson) return true;
  const a = textOf(form);
  return a.title !== lesson.title || a.summary !== lesson.summary || a.bodyMarkdown !== lesson.bodyMarkdown || a.level !== lesson.level || a.areas.join() !== lesson.areas.join();
}

/**
 * The checks the server makes too, said before the round trip; the server's word is final.
 * @example const errors = checkForm(form, t); // { summary: 'Il riassunto sta in due righe. …' }
 */
export function checkForm(form: TLessonForm, t: TFunction): Record<string, string> {
  const found: Record<string, string> = {};
  if (form.title.trim().length < 3) found.title = t('libraryEditor.fields.title.required');
  const summary = form.summary.trim();
  if (summary.length < 10) found.summary = t('libraryEditor.fields.summary.required');
  else if (summary.split(/\r?\n/).length > 2) found.summary = t('libraryEditor.fields.summary.twoLines');
  if (form.areas.length < 1 || form.areas.length > 3) found.areas = t('libraryEditor.fields.areas.required');
  return found;
}

// The API names fields as its schema does; the form names them as the page does.
const FIELD_OF: Record<string, string> = { bodyMarkdown: 'body', sportelloId: 'scope', translationOf: 'scope' };

/**
 * The server's field errors, keyed by the form's field names.
 * @example formErrorsOf(error).body // 'Indice Gulpease 48: …'
 */
export function formErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    const name = FIELD_OF[field] ?? (field.startsWith('areas') ? 'areas' : field);
    if (!(name in out)) out[name] = message;
  }
  return out;
}
