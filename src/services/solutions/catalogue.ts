import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, plan, planAction, planActionOutcome, providerTie, solution, solutionPricePart, solutionReview, sportello, trapLink, trapWarning, user, type TPortability, type TSolutionWords } from '../../db/schema/index.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import type { TPricePart, TPricePartKind } from '../../shared/solution-cost.js';
import { tieToProvider } from './provider-match.js';

export type TPriceRow = {
  kind: TPricePartKind;
  amount: number | null;
  percent: number | null;
  introMonths: number | null;
  introAmount: number | null;
  label: string | null;
  sourceText: string;
  sourceUrl: string | null;
  asOf: string;
  isExample: boolean;
};

export interface TSolutionSummary {
  id: string;
  slug: string;
  name: string;
  provider: string;
  summary: string;
  areas: string[];
  sectors: string[];
  dataLocation: 'eu' | 'non_eu' | 'unknown';
  hoursPerWeek: number;
  minimumMonths: number;
  /** Distinct businesses whose plan has an action using it. */
  usedBy: number;
  rating: { average: number | null; count: number };
  parts: TPriceRow[];
  status: 'proposed' | 'published';
  sportelloName: string | null;
}

export interface TSolutionView extends TSolutionSummary {
  whatItDoes: string;
  notFor: string;
  dataNote: string | null;
  noticeDays: number;
  exitCosts: string | null;
  portability: TPortability;
  alternatives: { slug: string; name: string; summary: string }[];
  /** The published "Attenzione a" warnings that link this solution. */
  warnings: { slug: string; title: string }[];
  outcomes: { went_well: number; mixed: number; went_badly: number };
  reviews: {
    id: string;
    authorId: string;
    authorName: string | null;
    role: 'angel' | 'entrepreneur';
    rating: number;
    text: string;
    /** The plan action it was used for. */
    usedFor: string | null;
    createdAt: string;
    tie: { providerName: string; what: string; kind: string } | null;
  }[];
  updatedAt: string;
}

/** The words in the reader's language, Italian when no English was written. */
export const wordsIn = (words: TSolutionWords | null | undefined, locale: TLocale): string => (words ? (locale === 'en' && words.en ? words.en : words.it) : '');

/** A stored price part as the pure cost function reads it. */
export function pricePartOf(row: Pick<TPriceRow, 'kind' | 'amount' | 'percent' | 'introMonths' | 'introAmount'>): TPricePart {
  if (row.kind === 'card_percent' || row.kind === 'online_percent') return { kind: row.kind, percent: row.percent ?? 0 };
  if (row.kind === 'monthly') return { kind: 'monthly', amount: row.amount ?? 0, ...(row.introMonths ? { introMonths: row.introMonths, introAmount: row.introAmount ?? 0 } : {}) };
  return { kind: row.kind, amount: row.amount ?? 0 };
}

export interface TSolutionListQuery {
  need?: string;
  sector?: string;
}

type TRow = typeof solution.$inferSelect & { sportelloName: string | null };

async function partsOf(db: TDb, ids: string[], locale: TLocale): Promise<Map<string, TPriceRow[]>> {
  const out = new Map<string, TPriceRow[]>();
  if (!ids.length) return out;
  const rows = await db.select().from(solutionPricePart).where(inArray(solutionPricePart.solutionId, ids)).orderBy(asc(solutionPricePart.position), asc(solutionPricePart.id));
  for (const r of rows) {
    const list = out.get(r.solutionId) ?? [];
    list.push({
      kind: r.kind as TPricePartKind,
      amount: r.amount,
      percent: r.percent,
      introMonths: r.introMonths,
      introAmount: r.introAmount,
      label: r.label ? wordsIn(r.label, locale) : null,
      sourceText: r.sourceText,
      sourceUrl: r.sourceUrl,
      asOf: r.asOf,
      isExample: r.isExample,
    });
    out.set(r.solutionId, list);
  }
  return out;
}

/** Reviews that count (not hidden): average and how many, by solution. */
async function ratingsOf(db: TDb, ids: string[]): Promise<Map<string, { sum: number; count: number }>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: solutionReview.solutionId, sum: sql<number>`sum(${solutionReview.rating})`.mapWith(Number), count: sql<number>`count(*)`.mapWith(Number) })
    .from(solutionReview)
    .where(and(inArray(solutionReview.solutionId, ids), isNull(solutionReview.hiddenAt)))
    .groupBy(solutionReview.solutionId);
  return new Map(rows.map((r) => [r.id, { sum: r.sum, count: r.count }]));
}

/** "Usata da N imprese": distinct businesses with a plan action using the solution. */
async function usageOf(db: TDb, ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db
    .select({ id: planAction.solutionId, n: sql<number>`count(distinct ${plan.businessId})`.mapWith(Number) })
    .from(planAction)
    .innerJoin(plan, eq(plan.id, planAction.planId))
    .where(inArray(planAction.solutionId, ids))
    .groupBy(planAction.solutionId);
  return new Map(rows.map((r) => [r.id!, r.n]));
}

function summaryOf(row: TRow, parts: TPriceRow[], rating: { sum: number; count: number } | undefined, usedBy: number, locale: TLocale): TSolutionSummary {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    provider: row.provider,
    summary: wordsIn(row.summary, locale),
    areas: row.areas,
    sectors: row.sectors,
    dataLocation: row.dataLocation as TSolutionSummary['dataLocation'],
    hoursPerWeek: row.hoursPerWeek,
    minimumMonths: row.minimumMonths,
    usedBy,
    rating: { average: rating && rating.count ? Math.round((rating.sum / rating.count) * 10) / 10 : null, count: rating?.count ?? 0 },
    parts,
    status: row.status as TSolutionSummary['status'],
    sportelloName: row.sportelloName,
  };
}

/**
 * How well a solution fits the need and sector asked: the need matched counts 2, a sector named
 * 1, "any sector" 0.5. Nothing else — no column of a solution says who paid (docs/solutions.md).
 */
export function fitScore(s: { areas: readonly string[]; sectors: readonly string[] }, q: TSolutionListQuery): number {
  const need = q.need && s.areas.includes(q.need) ? 2 : 0;
  const sector = q.sector ? (s.sectors.includes(q.sector) ? 1 : s.sectors.length === 0 ? 0.5 : 0) : 0;
  return need + sector;
}

/**
 * The reviews' weight in the order: their average pulled towards 3 by two imaginary middling
 * reviews, so one enthusiastic review does not beat ten good ones.
 * @example reviewScore({ sum: 5, count: 1 }) // 3.67
 */
export function reviewScore(r: { sum: number; count: number } | undefined): number {
  return Math.round((((r?.sum ?? 0) + 6) / ((r?.count ?? 0) + 2)) * 100) / 100;
}

/**
 * The published catalogue, filtered by need (an area) and sector (a sector named, or "any").
 * Ordered by fit, then reviews, then how many businesses used it, then name: never by anything paid.
 */
export async function listPublishedSolutions(db: TDb, q: TSolutionListQuery, locale: TLocale): Promise<{ items: TSolutionSummary[]; total: number }> {
  const filters = [eq(solution.status, 'published')];
  if (q.need) filters.push(sql`${solution.areas} @> array[${q.need}]::text[]`);
  if (q.sector) filters.push(sql`(cardinality(${solution.sectors}) = 0 or ${solution.sectors} @> array[${q.sector}]::text[])`);
  const rows = await db
    .select({ row: solution, sportelloName: sportello.name })
    .from(solution)
    .leftJoin(sportello, eq(sportello.id, solution.sportelloId))
    .where(and(...filters))
    .limit(500);
  const ids = rows.map((r) => r.row.id);
  const [parts, ratings, usage] = await Promise.all([partsOf(db, ids, locale), ratingsOf(db, ids), usageOf(db, ids)]);
  const ranked = rows
    .map((r) => ({ r, fit: fitScore(r.row, q), score: reviewScore(ratings.get(r.row.id)), used: usage.get(r.row.id) ?? 0 }))
    .sort((a, b) => b.fit - a.fit || b.score - a.score || b.used - a.used || a.r.row.name.localeCompare(b.r.row.name, 'it') || a.r.row.id.localeCompare(b.r.row.id));
  const items = ranked.map(({ r, used }) => summaryOf({ ...r.row, sportelloName: r.sportelloName }, parts.get(r.row.id) ?? [], ratings.get(r.row.id), used, locale));
  return { items, total: items.length };
}

async function loadRow(db: TDb, where: ReturnType<typeof eq>): Promise<TRow | null> {
  const [found] = await db.select({ row: solution, sportelloName: sportello.name }).from(solution).leftJoin(sportello, eq(sportello.id, solution.sportelloId)).where(where).limit(1);
  return found ? { ...found.row, sportelloName: found.sportelloName } : null;
}

export const loadSolutionById = (db: TDb, id: string) => loadRow(db, eq(solution.id, id));
export const loadSolutionBySlug = (db: TDb, slug: string) => loadRow(db, eq(solution.slug, slug));

/** A solution's whole page, from its row (the caller has checked it may be read). */
export async function solutionView(db: TDb, row: TRow, locale: TLocale): Promise<TSolutionView> {
  const [parts, ratings, usage, outcomeRows, reviewRows, alternatives, warnings] = await Promise.all([
    partsOf(db, [row.id], locale),
    ratingsOf(db, [row.id]),
    usageOf(db, [row.id]),
    db
      .select({ outcome: planActionOutcome.outcome, n: sql<number>`count(*)`.mapWith(Number) })
      .from(planActionOutcome)
      .where(eq(planActionOutcome.solutionId, row.id))
      .groupBy(planActionOutcome.outcome),
    db
      .select({ review: solutionReview, authorName: user.name, usedFor: planAction.title, tie: { providerName: providerTie.providerName, what: providerTie.what, kind: providerTie.kind } })
      .from(solutionReview)
      .innerJoin(user, eq(user.id, solutionReview.authorId))
      .leftJoin(planAction, eq(planAction.id, solutionReview.planActionId))
      // The tie kept with the review; else one its author declared later to the same provider.
      .leftJoin(
        providerTie,
        or(
          eq(providerTie.id, solutionReview.tieId),
          and(isNull(solutionReview.tieId), eq(providerTie.userId, solutionReview.authorId), tieToProvider(row.provider)),
        ),
      )
      .where(and(eq(solutionReview.solutionId, row.id), isNull(solutionReview.hiddenAt)))
      .orderBy(desc(solutionReview.createdAt), asc(solutionReview.id))
      .limit(100),
    row.alternativeSlugs.length
      ? db
          .select({ slug: solution.slug, name: solution.name, summary: solution.summary })
          .from(solution)
          .where(and(inArray(solution.slug, row.alternativeSlugs), eq(solution.status, 'published')))
          .orderBy(asc(solution.name))
      : Promise.resolve([]),
    db
      .select({ slug: trapWarning.slug, title: trapWarning.title })
      .from(trapLink)
      .innerJoin(trapWarning, eq(trapWarning.id, trapLink.trapId))
      .where(and(eq(trapLink.targetKind, 'solution'), eq(trapLink.targetKey, row.slug), eq(trapWarning.status, 'published')))
      .orderBy(asc(trapWarning.title)),
  ]);
  const outcomes = { went_well: 0, mixed: 0, went_badly: 0 };
  for (const o of outcomeRows) outcomes[o.outcome as keyof typeof outcomes] = o.n;
  return {
    ...summaryOf(row, parts.get(row.id) ?? [], ratings.get(row.id), usage.get(row.id) ?? 0, locale),
    whatItDoes: wordsIn(row.whatItDoes, locale),
    notFor: wordsIn(row.notFor, locale),
    dataNote: row.dataNote ? wordsIn(row.dataNote, locale) : null,
    noticeDays: row.noticeDays,
    exitCosts: row.exitCosts ? wordsIn(row.exitCosts, locale) : null,
    portability: row.portability,
    alternatives: alternatives.map((a) => ({ slug: a.slug, name: a.name, summary: wordsIn(a.summary, locale) })),
    warnings,
    outcomes,
    reviews: reviewRows.map((r) => ({
      id: r.review.id,
      authorId: r.review.authorId,
      // An entrepreneur's review names the role, not the person.
      authorName: r.review.role === 'angel' ? r.authorName : null,
      role: r.review.role as 'angel' | 'entrepreneur',
      rating: r.review.rating,
      text: r.review.text,
      usedFor: r.usedFor,
      createdAt: r.review.createdAt.toISOString(),
      tie: r.tie?.providerName ? { providerName: r.tie.providerName, what: r.tie.what!, kind: r.tie.kind! } : null,
    })),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A published solution's page by its address; anything else is `resource.not_found`. */
export async function getPublishedSolution(db: TDb, slug: string, locale: TLocale): Promise<TSolutionView> {
  const row = await loadSolutionBySlug(db, slug);
  if (!row || row.status !== 'published') throw new AppError('resource.not_found', 404);
  return solutionView(db, row, locale);
}

/** Two or three published solutions by id, in the order asked; unknown ones are left out. */
export async function solutionsToCompare(db: TDb, ids: string[], locale: TLocale): Promise<TSolutionSummary[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ row: solution, sportelloName: sportello.name })
    .from(solution)
    .leftJoin(sportello, eq(sportello.id, solution.sportelloId))
    .where(and(inArray(solution.id, ids), eq(solution.status, 'published')));
  const [parts, ratings, usage] = await Promise.all([partsOf(db, ids, locale), ratingsOf(db, ids), usageOf(db, ids)]);
  const byId = new Map(rows.map((r) => [r.row.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [summaryOf({ ...r.row, sportelloName: r.sportelloName }, parts.get(id) ?? [], ratings.get(id), usage.get(id) ?? 0, locale)] : [];
  });
}

/** Every published solution page for the sitemap, with the day it last changed. */
export async function listSolutionsForSitemap(db: TDb): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.select({ slug: solution.slug, updatedAt: solution.updatedAt }).from(solution).where(eq(solution.status, 'published')).orderBy(desc(solution.updatedAt), asc(solution.slug));
}

/** The provider ties a person declared, shown on their profile and their reviews. */
export async function tiesOf(db: TDb, userId: string) {
  const rows = await db.select().from(providerTie).where(eq(providerTie.userId, userId)).orderBy(asc(providerTie.declaredAt));
  return rows.map((t) => ({ id: t.id, providerName: t.providerName, what: t.what, kind: t.kind as 'owns' | 'works_for' | 'earns_from', declaredAt: t.declaredAt.toISOString() }));
}

/** A solution's sportello and the reviewed business's: whose coordinators moderate a review. */
export async function reviewModerators(db: TDb, reviewId: string) {
  const [row] = await db
    .select({ review: solutionReview, solutionSportello: solution.sportelloId, businessSportello: business.sportelloId })
    .from(solutionReview)
    .innerJoin(solution, eq(solution.id, solutionReview.solutionId))
    .innerJoin(business, eq(business.id, solutionReview.businessId))
    .where(eq(solutionReview.id, reviewId))
    .limit(1);
  if (!row) return null;
  return { review: row.review, moderatorSportelloIds: [row.solutionSportello, row.businessSportello].filter((id): id is string => id !== null) };
}
