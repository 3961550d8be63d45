import type { TLocale } from './locale.js';

/** Addresses under /bandi that are other pages, never a call (the finder's and the coordinators'). */
const NOT_CALLS = new Set(['tutti', 'nuovo', 'importa', 'gestisci', 'per-te']);

/**
 * The call an address names, if it is a call's page (/bandi/{slug}).
 *
 * @example callAt('/bandi/voucher-digitale-1579') // { slug: 'voucher-digitale-1579' }
 */
export function callAt(pathname: string): { slug: string } | null {
  const match = /^\/bandi\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (!match || NOT_CALLS.has(match[1]!)) return null;
  return { slug: match[1]! };
}

export const callPagePath = (slug: string) => `/bandi/${slug}`;

/**
 * The API answer a call's page is drawn with, in the page's language: the server and the
 * browser's first render ask the very same address.
 * @example callApiPath('voucher-digitale-1579', 'it') // '/api/funding/calls/voucher-digitale-1579?lang=it'
 */
export const callApiPath = (slug: string, lang: TLocale) => `/api/funding/calls/${slug}?lang=${lang}`;
