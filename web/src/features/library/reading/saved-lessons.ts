// Lessons opened on this device, for reading with no signal (web/public/sw.js keeps their pages).

/** How many opened lessons the phone keeps; the worker keeps the same number of pages. */
export const SAVED_LESSONS_MAX = 30;
const KEY = 'affianco.lessons.saved';

export type TSavedLesson = { path: string; title: string; at: number };

/**
 * The lessons kept on this phone, the last opened first.
 * @example savedLessons().map((l) => l.title)
 */
export function savedLessons(): TSavedLesson[] {
  try {
    const list = JSON.parse(window.localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? (list as TSavedLesson[]).filter((l) => typeof l?.path === 'string' && typeof l.title === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Remembers an opened lesson and asks the service worker to keep its page, its answer and its
 * poster (the worker fetches them itself: a page opened inside the app never went through it as
 * a page). The oldest beyond SAVED_LESSONS_MAX are forgotten, here and in the worker.
 * @example rememberLesson({ path: '/lezioni/vendi-il-tuo-latte', title: 'Vendi il tuo latte', api: '/api/lessons/…', poster: null }, () => import('./library-page'))
 */
export function rememberLesson(lesson: { path: string; title: string; api: string; poster: string | null }, warm?: () => Promise<unknown>): void {
  const list = [{ path: lesson.path, title: lesson.title, at: Date.now() }, ...savedLessons().filter((l) => l.path !== lesson.path)].slice(0, SAVED_LESSONS_MAX);
  try {
    window.localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // storage full or blocked: the worker may still keep the page
  }
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.ready
    .then((reg) => {
      reg.active?.postMessage({ type: 'keep-lesson', page: lesson.path, api: lesson.api, poster: lesson.poster, keep: list.map((l) => l.path) });
      // Code the reader will need with no signal (the library's list of saved lessons), fetched
      // now that the worker can keep it.
      return warm?.();
    })
    .catch(() => undefined);
}
