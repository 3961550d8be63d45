import { isLanguage, type TLanguage } from '../i18n/languages';

/**
 * A reading page that starts without the app (ADR 024): `offline` lists the app's files the
 * service worker keeps so that the page, and the library, open with no signal.
 */
export type TLightPage = { offline: string[] };

/** What the server drew a page with: its language, the API answers the page read, and whether it starts light. */
export type TServerRender = { lang: TLanguage; answers: Record<string, unknown>; light?: TLightPage };

/** The id of the `<script type="application/json">` the server writes them in (src/server/page-render.ts). */
export const SERVER_RENDER_ID = 'affianco-rendered';

let hydrating = false;

/**
 * The answers a server-drawn page came with, read once from the page; `null` for the plain shell
 * (and for the copy the service worker keeps, which is always the plain shell).
 * @example const rendered = readServerRender(); if (rendered) hydrateRoot(root, app);
 */
export function readServerRender(): TServerRender | null {
  const node = document.getElementById(SERVER_RENDER_ID);
  if (!node?.textContent) return null;
  try {
    const data = JSON.parse(node.textContent) as Partial<TServerRender>;
    if (!isLanguage(data.lang) || typeof data.answers !== 'object' || data.answers === null) return null;
    hydrating = true;
    const offline = Array.isArray(data.light?.offline) ? data.light.offline.filter((f): f is string => typeof f === 'string') : null;
    return { lang: data.lang, answers: data.answers, ...(offline ? { light: { offline } } : {}) };
  } catch {
    return null;
  }
}

/**
 * True on the server, and in the browser when the page's first render must match the server's
 * HTML: what only the device knows (changes waiting to be sent) comes in just after it.
 * @example useState(() => (drawsLikeServer() ? emptyOutbox() : readOutbox(id)))
 */
export function drawsLikeServer(): boolean {
  return typeof window === 'undefined' || hydrating;
}
