import { isArea, type TArea } from './areas.js';

/** The lesson levels and kinds a library page filters by (as the API names them). */
export const LIBRARY_LEVELS = ['first_steps', 'on_the_way', 'advanced'] as const;
export const LIBRARY_KINDS = ['text', 'video', 'template'] as const;
export type TLibraryLevel = (typeof LIBRARY_LEVELS)[number];
export type TLibraryKind = (typeof LIBRARY_KINDS)[number];
export type TLibraryLanguage = 'it' | 'en';

/** What /lezioni is asked for, read from its address (`?q=…&area=…&livello=…&tipo=…&lingua=…`). */
export type TLibraryQuery = { q: string; area: TArea | null; level: TLibraryLevel | null; kind: TLibraryKind | null; language: TLibraryLanguage };

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null => (value !== null && (values as readonly string[]).includes(value) ? (value as T) : null);

/**
 * The library's query from the page address; unknown filter values are dropped (a stale link
 * still shows lessons instead of an error).
 *
 * @example readLibraryQuery(new URLSearchParams('q=latte&tipo=video')) // { q: 'latte', kind: 'video', … }
 */
export function readLibraryQuery(params: URLSearchParams): TLibraryQuery {
  const area = params.get('area');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    area: area !== null && isArea(area) ? area : null,
    level: oneOf(LIBRARY_LEVELS, params.get('livello')),
    kind: oneOf(LIBRARY_KINDS, params.get('tipo')),
    language: params.get('lingua') === 'en' ? 'en' : 'it',
  };
}

/**
 * The API address the library page reads its list from: the server draws /lezioni with this
 * answer and the browser's first render looks for it under the very same address.
 *
 * @example libraryApiPath({ q: 'latte', area: null, level: null, kind: 'video', language: 'it' }) // '/api/lessons?q=latte&language=it&limit=50&kind=video'
 */
export function libraryApiPath(query: TLibraryQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  params.set('language', query.language);
  // The whole library fits one page (two dozen lessons per language today).
  params.set('limit', '50');
  if (query.area) params.set('area', query.area);
  if (query.level) params.set('level', query.level);
  if (query.kind) params.set('kind', query.kind);
  return `/api/lessons?${params.toString()}`;
}

/**
 * A lesson's page. Italian lessons live at /lezioni/{slug}, English ones at /lezioni/en/{slug}:
 * translations often share a slug, so the language is part of the address (ADR 023).
 *
 * @example lessonPagePath('vendi-il-tuo-latte', 'en') // '/lezioni/en/vendi-il-tuo-latte'
 */
export const lessonPagePath = (slug: string, language: TLibraryLanguage) => (language === 'en' ? `/lezioni/en/${slug}` : `/lezioni/${slug}`);

/**
 * The API answer a lesson page is drawn with.
 * @example lessonApiPath('vendi-il-tuo-latte', 'it') // '/api/lessons/vendi-il-tuo-latte?language=it'
 */
export const lessonApiPath = (slug: string, language: TLibraryLanguage) => `/api/lessons/${slug}?language=${language}`;

/** Addresses under /lezioni that are other pages, never a lesson (the editor's and the reader's lists). */
const NOT_LESSONS = new Set(['scrivi', 'modifica', 'revisione', 'mie', 'en']);

/**
 * The lesson an address names, if it is a lesson page.
 *
 * @example lessonAt('/lezioni/en/vendi-il-tuo-latte') // { slug: 'vendi-il-tuo-latte', language: 'en' }
 */
export function lessonAt(pathname: string): { slug: string; language: TLibraryLanguage } | null {
  const match = /^\/lezioni\/(?:(en)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (!match || NOT_LESSONS.has(match[2]!)) return null;
  return { slug: match[2]!, language: match[1] === 'en' ? 'en' : 'it' };
}
