import { isArea, type TArea } from './areas.js';
import { isSectorChoice } from './plain-sectors.js';
import { isRegionCode } from './regions.js';

export const COMMUNITY_TABS = ['latest', 'unanswered', 'solved', 'mine'] as const;
export type TCommunityTab = (typeof COMMUNITY_TABS)[number];

/** What /comunita is asked for, read from its address (`?vista=…&area=…&settore=…&regione=…&q=…&pagina=…`). */
export type TCommunityQuery = { tab: TCommunityTab; area: TArea | null; sector: string | null; region: string | null; q: string; page: number };

/**
 * The list's query from the page address; unknown values are dropped, as the library does.
 *
 * @example readCommunityQuery(new URLSearchParams('vista=unanswered&area=marketing')).tab // 'unanswered'
 */
export function readCommunityQuery(params: URLSearchParams): TCommunityQuery {
  const tab = params.get('vista');
  const area = params.get('area');
  const sector = params.get('settore');
  const region = params.get('regione');
  const page = Number(params.get('pagina') ?? '1');
  return {
    tab: tab !== null && (COMMUNITY_TABS as readonly string[]).includes(tab) ? (tab as TCommunityTab) : 'latest',
    area: area !== null && isArea(area) ? area : null,
    sector: isSectorChoice(sector) ? sector : null,
    region: isRegionCode(region) ? region : null,
    q: (params.get('q') ?? '').trim().slice(0, 200),
    page: Number.isInteger(page) && page >= 1 && page <= 500 ? page : 1,
  };
}

/** The page's own address for a query: what the GET form sends without JavaScript, too. */
export function communityPagePath(query: TCommunityQuery): string {
  const params = new URLSearchParams();
  if (query.tab !== 'latest') params.set('vista', query.tab);
  if (query.area) params.set('area', query.area);
  if (query.sector) params.set('settore', query.sector);
  if (query.region) params.set('regione', query.region);
  if (query.q) params.set('q', query.q);
  if (query.page > 1) params.set('pagina', String(query.page));
  const search = params.toString();
  return search ? `/comunita?${search}` : '/comunita';
}

/**
 * The API address the list is drawn with, on the server and in the browser alike.
 *
 * @example communityApiPath(readCommunityQuery(new URLSearchParams('q=google'))) // '/api/community/threads?tab=latest&q=google&page=1'
 */
export function communityApiPath(query: TCommunityQuery): string {
  const params = new URLSearchParams({ tab: query.tab });
  if (query.area) params.set('area', query.area);
  if (query.sector) params.set('sector', query.sector);
  if (query.region) params.set('region', query.region);
  if (query.q) params.set('q', query.q);
  params.set('page', String(query.page));
  return `/api/community/threads?${params.toString()}`;
}

export const threadPagePath = (slug: string) => `/comunita/${slug}`;
export const threadApiPath = (slug: string) => `/api/community/threads/${slug}`;
/** Where the thread page's reply form posts when the app has not started (a phone with JavaScript off or still loading it). */
export const replyFormPath = (slug: string) => `/comunita/${slug}/rispondi`;

/**
 * The key, among a drawn page's answers, of a reply the server refused: the text as typed and
 * the reason, so the page comes back with both next to the field.
 */
export const REPLY_ECHO = 'form:reply';
export type TReplyEcho = { body: string; quotePostId: string | null; error: string };

export const lessonThreadsApiPath = (lessonSlug: string) => `/api/community/lessons/${lessonSlug}/threads`;

/** Addresses under /comunita that are other pages, never a thread. */
const NOT_THREADS = new Set(['nuova', 'moderazione']);

/**
 * The thread an address names, if it is a thread page.
 *
 * @example threadAt('/comunita/come-mi-faccio-trovare-a1b2c') // { slug: 'come-mi-faccio-trovare-a1b2c' }
 */
export function threadAt(pathname: string): { slug: string } | null {
  const match = /^\/comunita\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (!match || NOT_THREADS.has(match[1]!)) return null;
  return { slug: match[1]! };
}

export const COMMUNITY_PAGE = /^\/comunita\/?$/;
