import { api } from '../../lib/api-client';

/** A lesson as the picker offers it. */
export type TPickedLesson = { slug: string; title: string; summary: string; minutes: number };

/**
 * Published lessons for a few words, best first (GET /api/lessons), in the reader's language.
 * @example const { results } = await searchLessonsToPick('mappe google', 'it');
 */
export function searchLessonsToPick(q: string, lang: string, signal?: AbortSignal, limit = 6) {
  const params = new URLSearchParams({ q, language: lang === 'en' ? 'en' : 'it', limit: String(limit) });
  return api.get<{ results: TPickedLesson[] }>(`/api/lessons?${params.toString()}`, signal);
}

/** A pasted web address (a template elsewhere) rather than words to search. */
export const looksLikeAddress = (text: string) => /^https?:\/\//i.test(text.trim());
