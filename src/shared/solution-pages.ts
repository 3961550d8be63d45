import { MAX_COMPARED, type TVolumes } from './solution-cost.js';
import type { TLocale } from './locale.js';

/** Addresses under /soluzioni that are other pages, never a solution. */
const NOT_SOLUTIONS = new Set(['confronta', 'proponi', 'gestisci', 'modifica']);

/** The catalogue's list page. */
export const CATALOGUE_PAGE = /^\/soluzioni\/?$/;
/** The side-by-side comparison. */
export const COMPARE_PAGE = /^\/soluzioni\/confronta\/?$/;

/**
 * The solution an address names, if it is a solution's page (/soluzioni/{slug}).
 * @example solutionAt('/soluzioni/prenotazioni-online-semplici') // { slug: 'prenotazioni-online-semplici' }
 */
export function solutionAt(pathname: string): { slug: string } | null {
  const match = /^\/soluzioni\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(pathname);
  if (!match || NOT_SOLUTIONS.has(match[1]!)) return null;
  return { slug: match[1]! };
}

export const solutionPagePath = (slug: string) => `/soluzioni/${slug}`;

/** The API answer a solution's page is drawn with: the server and the browser's first render ask the same. */
export const solutionApiPath = (slug: string, lang: TLocale) => `/api/solutions/${slug}?lang=${lang}`;

/** What the signed-in reader may do on a solution's page (reviews, editing, moderation): private to them. */
export const solutionMinePath = (slug: string) => `/api/solutions/${slug}/mine`;

export type TCatalogueQuery = { need?: string; sector?: string };

export function readCatalogueQuery(params: URLSearchParams): TCatalogueQuery {
  const need = params.get('need')?.trim();
  const sector = params.get('sector')?.trim();
  return { ...(need ? { need } : {}), ...(sector ? { sector } : {}) };
}

/** @example catalogueApiPath({ need: 'ecommerce' }, 'it') // '/api/solutions?lang=it&need=ecommerce' */
export function catalogueApiPath(q: TCatalogueQuery, lang: TLocale): string {
  const params = new URLSearchParams({ lang });
  if (q.need) params.set('need', q.need);
  if (q.sector) params.set('sector', q.sector);
  return `/api/solutions?${params.toString()}`;
}

/** The ids asked for comparison, as given (more than MAX_COMPARED is refused by the API). */
export const readCompareIds = (params: URLSearchParams) => params.getAll('id').filter(Boolean).slice(0, MAX_COMPARED + 1);

export function compareApiPath(ids: readonly string[], lang: TLocale): string {
  const params = new URLSearchParams({ lang });
  for (const id of ids) params.append('id', id);
  return `/api/solutions/compare?${params.toString()}`;
}

/** Volumes a small shop might have: the form starts here until the person writes their own. */
export const DEFAULT_VOLUMES: TVolumes = { monthlyTakings: 8000, cardShare: 0.5, averageCardPayment: 25, ordersPerMonth: 20, averageOrder: 40, bookingsPerMonth: 60 };

/** The form's fields, in the address (GET, so the page recomputes on the server without JavaScript). */
export const VOLUME_FIELDS = ['takings', 'cardPercent', 'cardAverage', 'orders', 'orderAverage', 'bookings'] as const;
export type TVolumeField = (typeof VOLUME_FIELDS)[number];

const num = (value: string | null, fallback: number, max: number) => {
  if (value === null || value.trim() === '') return fallback;
  const n = Number(value.replace(',', '.'));
  return Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
};

/**
 * The volumes written in the address's form fields; a field left empty, negative or not a
 * number keeps the default.
 * @example readVolumes(new URLSearchParams('takings=12000&cardPercent=70')).cardShare // 0.7
 */
export function readVolumes(params: URLSearchParams): TVolumes {
  const d = DEFAULT_VOLUMES;
  return {
    monthlyTakings: num(params.get('takings'), d.monthlyTakings, 10_000_000),
    cardShare: num(params.get('cardPercent'), d.cardShare * 100, 100) / 100,
    averageCardPayment: num(params.get('cardAverage'), d.averageCardPayment, 100_000),
    ordersPerMonth: num(params.get('orders'), d.ordersPerMonth, 1_000_000),
    averageOrder: num(params.get('orderAverage'), d.averageOrder, 100_000),
    bookingsPerMonth: num(params.get('bookings'), d.bookingsPerMonth, 1_000_000),
  };
}

/** The form's values for these volumes (the inverse of readVolumes). */
export function volumeFieldValues(v: TVolumes): Record<TVolumeField, string> {
  return {
    takings: String(v.monthlyTakings),
    cardPercent: String(Math.round(v.cardShare * 1000) / 10),
    cardAverage: String(v.averageCardPayment),
    orders: String(v.ordersPerMonth),
    orderAverage: String(v.averageOrder),
    bookings: String(v.bookingsPerMonth),
  };
}
