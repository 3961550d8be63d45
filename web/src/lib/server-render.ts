import { isLanguage, type TLanguage } from '../i18n';

/** What the server drew a page with: its language and the API answers the page read. */
export type TServerRender = { lang: TLanguage; answers: Record<string, unknown> };

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
    return { lang: data.lang, answers: data.answers };
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
