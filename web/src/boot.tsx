import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/router';
import { storedLanguage, switchLanguage } from './i18n';
import { settleEarly, settleWith } from './lib/early-fetch';
import type { TServerRender } from './lib/server-render';
import { whenTakenOver } from './lib/taken-over';

/**
 * Starts the app on this page: takes over the page the server drew (`rendered`), or draws it.
 * Resolves once the app's first render is on screen.
 * @example await (await import('./boot')).boot(readServerRender());
 */
export function boot(rendered: TServerRender | null): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  if (rendered) {
    // The server drew this page (src/server/page-render.ts): it is on screen already.
    // The app takes it over with the same language, page code and answers, so that its first
    // render matches the HTML to the letter.
    settleWith(rendered.answers);
    const ready = Promise.all([switchLanguage(rendered.lang), preloadPage(window.location.pathname)]);
    void ready.catch(() => undefined).then(() => {
      // In a transition, so that React hands the main thread back every few milliseconds while it
      // takes the page over: a tap meanwhile is not kept waiting behind one long task.
      startTransition(() => {
        hydrateRoot(root, app, {
          // A mismatch is drawn again by the browser, which is right but slow: leave a trace.
          onRecoverableError: (error, info) => console.error('affianco: the page differed from the server’s', error, (info as { componentStack?: string }).componentStack),
        });
      });
    });
  } else {
    // A visitor who chose English gets it from the first paint; the page they open is drawn
    // whole, with its data (on the way since /early-requests.js), not after a spinner. Each wait
    // is capped, so that a slow line shows the spinner rather than a blank screen.
    // The first render is a transition: React works in slices of a few milliseconds instead of
    // one long task (a page with its data at 4x CPU took 300–500 ms in one piece, Lighthouse's
    // "total blocking time"); the page still appears in one commit, with its data.
    const render = () => startTransition(() => createRoot(root).render(app));
    Promise.all([switchLanguage(storedLanguage()).catch(() => undefined), preloadPage(window.location.pathname, 400), settleEarly(400)]).then(render, render);
  }
  return whenTakenOver();
}
