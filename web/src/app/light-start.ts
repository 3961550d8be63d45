import { rememberLesson } from '../features/library/reading/saved-lessons';
import type { TLightPage } from '../lib/server-render';
import { registerServiceWorker } from '../lib/service-worker';

/** What a tap or a key can land on that the app may need to handle. */
const CONTROLS = 'a[href],button,input,select,textarea,summary,label,[tabindex],[role="button"]';

/** The lesson a lesson page was drawn with (its API answer), for keeping it offline. */
type TDrawnLesson = { slug: string; title: string; language: string; video?: { poster?: string | null } | null };

function drawnLesson(answers: Record<string, unknown>): { api: string; lesson: TDrawnLesson } | null {
  for (const [api, value] of Object.entries(answers)) {
    const lesson = value as TDrawnLesson | null;
    if (api.startsWith('/api/lessons/') && lesson && typeof lesson.title === 'string' && typeof lesson.slug === 'string') return { api, lesson };
  }
  return null;
}

/** A control the browser handles well without the app: a link, a form's submit button, a field, a disclosure. */
function worksWithoutApp(control: Element): boolean {
  if (control.closest('a[href]')) return true;
  if (control.closest('summary, label')) return true;
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement || control instanceof HTMLSelectElement) {
    return !(control instanceof HTMLInputElement && (control.type === 'button' || control.type === 'reset'));
  }
  if (control instanceof HTMLButtonElement) return control.type === 'submit' && control.form !== null && control.form.hasAttribute('action');
  return false;
}

/**
 * A reading page the server drew (a lesson, the library) as it starts without the app (ADR 024):
 * it is already readable, its links are links and its buttons small forms, so the page loads
 * only this file. It keeps the lesson for reading offline, and loads the app (`loadApp`, then the boot it gives) when
 * the reader reaches for a control, types, or loses the signal; a tap on a control that needs
 * the app (the language switch, "copia il link", a video's play button) waits for it, then is
 * passed on.
 * @example startLight(rendered.light, rendered.answers, () => import('./boot').then((m) => () => m.boot(rendered)));
 */
export function startLight(page: TLightPage, answers: Record<string, unknown>, loadApp: () => Promise<() => Promise<void>>): void {
  registerServiceWorker(answers, page.offline);
  const drawn = drawnLesson(answers);
  if (drawn) {
    const path = window.location.pathname.replace(/\/$/, '');
    rememberLesson({ path, title: drawn.lesson.title, api: drawn.api, poster: drawn.lesson.video?.poster ?? null });
  }

  let running = false;
  let starting: Promise<void> | null = null;
  // The browser is posting one of the page's forms itself: the app must not take over a page
  // being left, since its first navigation could cut the post short.
  let leaving = false;
  const start = (): Promise<void> => {
    if (leaving) return Promise.resolve();
    starting ??= loadApp().then(
      (boot) => {
        if (leaving) {
          starting = null;
          return;
        }
        return boot().then(() => {
          running = true;
        });
      },
      () => {
        // No app code (offline before it was kept): the page stays as drawn; a later tap tries again.
        starting = null;
      },
    );
    return starting;
  };
  // Bubbling to the window: by then the app, if it runs the page, has handled the submit.
  window.addEventListener('submit', (event) => {
    if (!running && !event.defaultPrevented) leaving = true;
  });
  // Back on this page from the browser's memory: the post is over, the app may come.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) leaving = false;
  });
  // The phone's own copy, opened with no signal: the app comes from the worker's cache, and says so.
  if (document.documentElement.hasAttribute('data-kept-copy') || !navigator.onLine) {
    void start();
    return;
  }
  const onIntent = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(CONTROLS)) void start();
  };
  document.addEventListener('pointerdown', onIntent, { capture: true, passive: true });
  document.addEventListener('focusin', onIntent, { capture: true });
  document.addEventListener('keydown', () => void start(), { capture: true, once: true });
  window.addEventListener('offline', () => void start(), { once: true });
  document.addEventListener(
    'click',
    (event) => {
      if (running || !(event.target instanceof Element)) return;
      const control = event.target.closest(CONTROLS);
      if (!control || worksWithoutApp(control)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      void start().then(() => {
        if (running && control.isConnected && control instanceof HTMLElement) control.click();
      });
    },
    { capture: true },
  );
}
