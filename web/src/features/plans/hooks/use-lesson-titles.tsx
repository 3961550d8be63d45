import { createContext, useContext, useMemo, type ReactNode } from 'react';

const LessonTitlesContext = createContext<ReadonlyMap<string, string>>(new Map());

/**
 * The titles of the lessons the plan's actions link to, for every action line below. A context
 * rather than a prop: action lines are memoised, and only the few with a lesson read it.
 * @example <LessonTitles lessons={view.lessons}>…</LessonTitles>
 */
export function LessonTitles({ lessons = [], children }: { lessons?: { slug: string; title: string }[]; children: ReactNode }) {
  // A copy kept offline by an older app has no titles (`lessons` missing): links then read "Apri la lezione".
  // The plan is read again after every save: the map only changes when the titles do.
  const key = lessons.map((l) => `${l.slug}\u0000${l.title}`).join('\u0001');
  const titles = useMemo(() => new Map(lessons.map((l) => [l.slug, l.title])), [key]);
  return <LessonTitlesContext.Provider value={titles}>{children}</LessonTitlesContext.Provider>;
}

/**
 * A linked lesson's title, or undefined while unknown (an action added offline, a lesson retired).
 * @example const title = useLessonTitle('fatti-trovare-sulle-mappe');
 */
export function useLessonTitle(slug: string): string | undefined {
  return useContext(LessonTitlesContext).get(slug);
}
