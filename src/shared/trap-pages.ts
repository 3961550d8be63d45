/** Addresses under /attenzione that are other pages, never a warning (the editor's). */
const NOT_TRAPS = new Set(['gestisci', 'scrivi', 'modifica']);

/** The list of warnings, /attenzione. */
export const TRAPS_PAGE = /^\/attenzione\/?$/;

/**
 * The warning an address names, if it is a warning's page (/attenzione/{slug}).
 * @example trapAt('/attenzione/contratto-pos-48-mesi') // { slug: 'contratto-pos-48-mesi' }
 */
export function trapAt(pathname: string): { slug: string } | null {
  const match = /^\/attenzione\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (!match || NOT_TRAPS.has(match[1]!)) return null;
  return { slug: match[1]! };
}

export const trapPagePath = (slug: string) => `/attenzione/${slug}`;
/** The API answers the pages are drawn with: the server and the browser's first render ask the same. */
export const trapApiPath = (slug: string) => `/api/traps/${slug}`;
export const TRAPS_API_PATH = '/api/traps';
