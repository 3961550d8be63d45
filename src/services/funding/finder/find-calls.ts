import { and, asc, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { business, comune, fundingCall, fundingFollow, province } from '../../../db/schema/index.js';
import { checkEligibility } from '../../../domain/funding/check-eligibility.js';
import { pageOf, sizeClassesToAsk, sizeFactsOf, type TSizeChoice } from '../../../domain/funding/finder.js';
import { rankCallsForBusiness, type TRankedCall } from '../../../domain/funding/rank-calls.js';
import type { TBusiness, TCallAmounts, TCallStatus, TClosingKind, TFundingKind, TReason, TVerdict } from '../../../domain/funding/types.js';
import type { TArea } from '../../../shared/areas.js';
import type { TBusinessFact } from '../../../shared/funding-messages.js';
import { AppError, messageFor } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import { fundingFactsOf } from '../business-facts.js';
import { businessNeeds } from './business-needs.js';
import { loadCandidateCalls, type TCandidateQuery } from './load-candidates.js';
import { incentiviAttribution, type TIncentiviAttribution } from '../attribution.js';

/** The filters "Bandi per te" and the try offer. */
export interface TFinderFilters {
  kind?: TFundingKind;
  minAmount?: number;
  closingWithinDays?: number;
  territory?: 'region' | 'national';
  verdict?: TVerdict;
  includeRecent?: boolean;
  page: number;
  pageSize: number;
}

export interface TFinderItem {
  callId: string;
  slug: string;
  title: string;
  verdict: TVerdict;
  status: TCallStatus;
  reasons: TReason[];
  missing: TBusinessFact[];
  closing: TClosingKind;
  opensDay: string | null;
  closesDay: string | null;
  closingSoon: boolean;
  kinds: TFundingKind[];
  areas: TArea[];
  amounts: TCallAmounts;
  grantingBody: string | null;
  /** How many of the business's needs the call serves. */
  fit: number;
  /** Followed by the signed-in person for this business; absent in the try. */
  isFollowed?: boolean;
}

export interface TFinderResult {
  today: string;
  total: number;
  page: number;
  pageSize: number;
  counts: Record<TVerdict, number>;
  items: TFinderItem[];
  attribution: TIncentiviAttribution;
}

export interface TFollowedCall {
  callId: string;
  slug: string;
  title: string;
  closing: TClosingKind;
  closesDay: string | null;
}

/** The business's facts as the finder uses them, with what is still unknown. */
export interface TFinderBusiness {
  id: string;
  name: string;
  comuneIstat: string;
  regionCode: string | null;
  needs: TArea[];
  facts: { atecoCode: string | null; employees: number | null; annualTurnoverEur: number | null; balanceSheetEur: number | null; foundedOn: string | null; legalForm: string | null };
}

function present(ranked: TRankedCall, slug: string): TFinderItem {
  const { call, eligibility } = ranked;
  return {
    callId: call.id,
    slug,
    title: call.title,
    verdict: eligibility.verdict,
    status: eligibility.status,
    reasons: eligibility.reasons,
    missing: eligibility.missing,
    closing: call.closing,
    opensDay: call.opensDay,
    closesDay: call.closesDay,
    closingSoon: ranked.closesSoon,
    kinds: call.kinds,
    areas: call.areas,
    amounts: call.amounts,
    grantingBody: call.grantingBody,
    fit: ranked.fit,
  };
}

/**
 * The region of a comune, through its province (never from the code's digits alone); null
 * for a comune the geography does not hold.
 */
async function regionOfComuneIn(db: TDb, comuneIstat: string): Promise<string | null> {
  const [row] = await db.select({ regionCode: province.regionCode }).from(comune).innerJoin(province, eq(province.code, comune.provinceCode)).where(eq(comune.istat, comuneIstat));
  return row?.regionCode ?? null;
}

/** Checks, ranks, filters by verdict and cuts one page: what both entry points share. */
async function findFor(db: TDb, subject: TBusiness, query: TCandidateQuery, needs: readonly TArea[], filters: TFinderFilters, locale: TLocale): Promise<TFinderResult> {
  const candidates = await loadCandidateCalls(db, query);
  const slugs = new Map(candidates.map((c) => [c.call.id, c.slug]));
  const checks = candidates.map(({ call }) => ({ call, eligibility: checkEligibility(subject, call, query.today, locale) }));
  const ranked = rankCallsForBusiness(checks, { needs, today: query.today });
  const counts: Record<TVerdict, number> = { eligible: 0, to_verify: 0, not_eligible: 0 };
  for (const r of ranked) counts[r.eligibility.verdict] += 1;
  const kept = filters.verdict ? ranked.filter((r) => r.eligibility.verdict === filters.verdict) : ranked;
  return {
    today: query.today,
    total: kept.length,
    page: filters.page,
    pageSize: filters.pageSize,
    counts,
    items: pageOf(kept, filters.page, filters.pageSize).map((r) => present(r, slugs.get(r.call.id)!)),
    attribution: await incentiviAttribution(db),
  };
}

function candidateQuery(subject: TBusiness, sportelloId: string | null, today: string, filters: TFinderFilters): TCandidateQuery {
  return {
    today,
    regionCode: subject.regionCode ?? null,
    sizes: sizeClassesToAsk(subject),
    atecoCode: subject.atecoCode ?? null,
    sportelloId,
    includeRecent: filters.includeRecent,
    kind: filters.kind,
    minAmount: filters.minAmount,
    closingWithinDays: filters.closingWithinDays,
    territory: filters.territory,
  };
}

/**
 * A business as the finder sees it: its funding facts, the region of its comune, its needs;
 * `resource.not_found` when there is none. The route authorizes on `sportelloId`.
 * @example const subject = await loadFinderBusiness(db, id);
 */
export async function loadFinderBusiness(db: TDb, businessId: string): Promise<TFinderBusiness & { sportelloId: string | null }> {
  const [row] = await db.select().from(business).where(eq(business.id, businessId));
  if (!row) throw new AppError('resource.not_found', 404);
  return {
    id: row.id,
    name: row.name,
    sportelloId: row.sportelloId,
    comuneIstat: row.comuneIstat,
    regionCode: await regionOfComuneIn(db, row.comuneIstat),
    needs: await businessNeeds(db, row.id),
    facts: {
      atecoCode: row.atecoCode ?? row.atecoDivision,
      employees: row.employees,
      annualTurnoverEur: row.annualTurnoverEur,
      balanceSheetEur: row.balanceSheetEur,
      foundedOn: row.foundedOn,
      legalForm: row.legalForm,
    },
  };
}

/**
 * "Bandi per te": the calls for one business, checked and ranked (eligible first, then to
 * verify, then not eligible; by fit to its needs, then deadline), with the calls the person
 * follows for it.
 *
 * @example const result = await findCallsForBusiness(db, subject, userId, { page: 1, pageSize: 20 }, '2025-07-12', 'it');
 */
export async function findCallsForBusiness(
  db: TDb,
  subject: TFinderBusiness & { sportelloId: string | null },
  userId: string,
  filters: TFinderFilters,
  today: string,
  locale: TLocale,
): Promise<TFinderResult & { business: TFinderBusiness; following: TFollowedCall[] }> {
  const facts = fundingFactsOf({ ...subject.facts, atecoDivision: null, comuneIstat: subject.comuneIstat, regionCode: subject.regionCode });
  const result = await findFor(db, facts, candidateQuery(facts, subject.sportelloId, today, filters), subject.needs, filters, locale);
  const following = await followedCalls(db, subject.id, userId);
  const followed = new Set(following.map((f) => f.callId));
  const { sportelloId: _sportelloId, ...shown } = subject;
  return { ...result, items: result.items.map((item) => ({ ...item, isFollowed: followed.has(item.callId) })), business: shown, following };
}

/** What a visitor tells the try: where, what sector, how big. */
export interface TTryInput {
  comuneIstat: string;
  atecoCode: string | null;
  size: TSizeChoice | null;
}

/**
 * The try for visitors: the same check on the few facts a form asks, nothing stored.
 * `geo.comune_not_found` (422, on `comune`) for a code the geography does not know.
 *
 * @example await tryFindCalls(db, { comuneIstat: '058091', atecoCode: '56', size: 'micro' }, { page: 1, pageSize: 20 }, '2025-07-12', 'it');
 */
export async function tryFindCalls(db: TDb, input: TTryInput, filters: TFinderFilters, today: string, locale: TLocale): Promise<TFinderResult> {
  const regionCode = await regionOfComuneIn(db, input.comuneIstat);
  if (!regionCode) throw new AppError('geo.comune_not_found', 422, [{ field: 'comune', message: messageFor('geo.comune_not_found', locale) }]);
  const subject: TBusiness = { comuneIstat: input.comuneIstat, regionCode, atecoCode: input.atecoCode, ...(input.size === null ? {} : sizeFactsOf(input.size)) };
  return findFor(db, subject, candidateQuery(subject, null, today, filters), [], filters, locale);
}

/**
 * The calls a person follows for a business, nearest closing first.
 * @example await followedCalls(db, businessId, userId); // [{ callId, slug, title, closing, closesDay }]
 */
export async function followedCalls(db: TDb, businessId: string, userId: string): Promise<TFollowedCall[]> {
  const rows = await db
    .select({ callId: fundingCall.id, slug: fundingCall.slug, title: fundingCall.title, closing: fundingCall.closing, closesDay: fundingCall.closesDay })
    .from(fundingFollow)
    .innerJoin(fundingCall, eq(fundingCall.id, fundingFollow.callId))
    .where(and(eq(fundingFollow.businessId, businessId), eq(fundingFollow.userId, userId)))
    .orderBy(asc(fundingCall.closesDay), asc(fundingCall.title));
  return rows.map((r) => ({ ...r, closing: r.closing as TClosingKind }));
}
