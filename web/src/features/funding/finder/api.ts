import { api } from '../../../lib/api-client';

export type TVerdict = 'eligible' | 'to_verify' | 'not_eligible';
export type TKind = 'grant' | 'loan' | 'tax_credit' | 'equity' | 'guarantee' | 'contribution_relief';
export const KINDS: readonly TKind[] = ['grant', 'loan', 'tax_credit', 'equity', 'guarantee', 'contribution_relief'];
export type TFact = 'employees' | 'annualTurnoverEur' | 'balanceSheetEur' | 'comuneIstat' | 'atecoCode' | 'foundedOn' | 'legalForm';

export type TFinderItem = {
  callId: string;
  slug: string;
  title: string;
  verdict: TVerdict;
  status: 'open' | 'upcoming' | 'closed' | 'unknown';
  reasons: { code: string; ok: boolean | null; text: string }[];
  missing: TFact[];
  closing: 'date' | 'rolling' | 'unknown';
  opensDay: string | null;
  closesDay: string | null;
  closingSoon: boolean;
  kinds: TKind[];
  amounts: { spendingMin: number | null; spendingMax: number | null; grantMin: number | null; grantMax: number | null };
  grantingBody: string | null;
  isFollowed?: boolean;
};

export type TAttribution = { source: string; licence: string; licenceUrl: string; snapshotDate: string | null };

export type TFinderResult = {
  today: string;
  total: number;
  page: number;
  pageSize: number;
  counts: Record<TVerdict, number>;
  items: TFinderItem[];
  attribution: TAttribution;
};

export type TFacts = { atecoCode: string | null; employees: number | null; annualTurnoverEur: number | null; balanceSheetEur: number | null; foundedOn: string | null; legalForm: string | null };

export type TBusinessFinderResult = TFinderResult & {
  business: { id: string; name: string; comuneIstat: string; regionCode: string | null; needs: string[]; facts: TFacts };
  following: { callId: string; slug: string; title: string; closing: string; closesDay: string | null }[];
};

/** The filters the page offers; empty strings are "any". */
export type TFilters = { kind: '' | TKind; minAmount: string; closingWithin: string; territory: '' | 'region' | 'national'; verdict: '' | TVerdict; recent: boolean; page: number };

export const NO_FILTERS: TFilters = { kind: '', minAmount: '', closingWithin: '', territory: '', verdict: '', recent: false, page: 1 };

export const PAGE_SIZE = 10;

/**
 * The query string of the filters (only those set).
 * @example filterQuery({ ...NO_FILTERS, kind: 'loan' }); // 'kind=loan&page=1&pageSize=10'
 */
export function filterQuery(filters: TFilters): string {
  const q = new URLSearchParams();
  if (filters.kind) q.set('kind', filters.kind);
  if (/^\d+$/.test(filters.minAmount)) q.set('minAmount', filters.minAmount);
  if (/^\d+$/.test(filters.closingWithin)) q.set('closingWithin', filters.closingWithin);
  if (filters.territory) q.set('territory', filters.territory);
  if (filters.verdict) q.set('verdict', filters.verdict);
  if (filters.recent) q.set('recent', 'true');
  q.set('page', String(filters.page));
  q.set('pageSize', String(PAGE_SIZE));
  return q.toString();
}

export const businessFundingPath = (businessId: string, filters: TFilters) => `/api/businesses/${encodeURIComponent(businessId)}/funding?${filterQuery(filters)}`;

export type TTryInput = { comune: string; ateco: string; size: string };

export const tryPath = (input: TTryInput, filters: TFilters) => {
  const q = new URLSearchParams({ comune: input.comune });
  if (input.ateco) q.set('ateco', input.ateco);
  if (input.size) q.set('size', input.size);
  return `/api/funding/try?${q.toString()}&${filterQuery(filters)}`;
};

export const followCall = (businessId: string, callId: string) => api.put<void>(`/api/businesses/${encodeURIComponent(businessId)}/funding/follows/${encodeURIComponent(callId)}`);
export const unfollowCall = (businessId: string, callId: string) => api.delete(`/api/businesses/${encodeURIComponent(businessId)}/funding/follows/${encodeURIComponent(callId)}`);

export type TFactsBody = Partial<Record<'atecoCode' | 'annualTurnoverEur' | 'balanceSheetEur' | 'foundedOn' | 'legalForm', string | number | null>>;
export const saveFacts = (businessId: string, body: TFactsBody) => api.patch<TFacts>(`/api/businesses/${encodeURIComponent(businessId)}/funding-facts`, body);

/** The call's public page (drawn by the server). */
export const callPagePath = (slug: string) => `/bandi/${encodeURIComponent(slug)}`;
