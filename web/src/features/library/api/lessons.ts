import { api } from '../../../lib/api-client';

/** A lesson the angel (or a coordinator) suggested to a business, as GET …/lesson-suggestions gives it. */
export type TLessonSuggestion = {
  id: string;
  lesson: { slug: string; language: 'it' | 'en'; title: string; summary: string; minutes: number };
  note: string | null;
  suggestedBy: { id: string; name: string } | null;
  createdAt: string;
};
export type TLessonSuggestions = { items: TLessonSuggestion[]; abilities: { suggest: boolean; dismiss: boolean } };

/** The list of a business's suggested lessons, not hidden, newest first. */
export const lessonSuggestionsPath = (businessId: string) => `/api/businesses/${encodeURIComponent(businessId)}/lesson-suggestions`;

/**
 * The entrepreneur hides a suggested lesson from their page.
 * @example await dismissLessonSuggestion(businessId, suggestion.id);
 */
export function dismissLessonSuggestion(businessId: string, suggestionId: string) {
  return api.delete<{ ok: true }>(`${lessonSuggestionsPath(businessId)}/${encodeURIComponent(suggestionId)}`);
}

export { lessonPagePath } from '../../../../../src/shared/library-pages';

/**
 * Suggestions grouped by who made them, in the order of each person's newest one, so the page
 * can say "Lezioni che ti ha suggerito Marco".
 * @example groupBySuggester(items)[0]?.name // 'Marco'
 */
export function groupBySuggester(items: TLessonSuggestion[]): { key: string; name: string | null; items: TLessonSuggestion[] }[] {
  const groups = new Map<string, { key: string; name: string | null; items: TLessonSuggestion[] }>();
  for (const item of items) {
    const key = item.suggestedBy?.id ?? '';
    const group = groups.get(key) ?? { key, name: item.suggestedBy?.name || null, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}
