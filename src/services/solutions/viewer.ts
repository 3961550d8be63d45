import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, plan, planAction, providerTie, solution, solutionPricePart, solutionReview, sportello, user, type TSolutionWords } from '../../db/schema/index.js';
import type { TActor } from '../../domain/network/actor.js';
import { can } from '../../policy/index.js';
import type { TSolutionInput } from './write.js';
import { tieToProvider } from './provider-match.js';

type TSolutionRow = typeof solution.$inferSelect;

/** A solution as the policy reads it. */
export const solutionResourceOf = (row: Pick<TSolutionRow, 'sportelloId' | 'status' | 'authorId'>) => ({
  type: 'solution' as const,
  sportelloId: row.sportelloId,
  status: row.status as 'proposed' | 'published',
  authorId: row.authorId,
});

export interface TViewerPart {
  /** May change (and publish) this solution. */
  canEdit: boolean;
  /** The businesses this person may review the solution for, with the plan actions that used it. */
  uses: { businessId: string; businessName: string; actions: { id: string; title: string }[]; myReviewId: string | null }[];
  /** This person's own reviews of the solution, hidden ones too (they may still change them). */
  myReviews: { id: string; businessId: string; rating: number; text: string; isHidden: boolean }[];
  /** The tie this person declared to the solution's provider, if any: shown and required on the form. */
  tie: { providerName: string; what: string; kind: 'owns' | 'works_for' | 'earns_from' } | null;
  /** Reviews this person may hide (visible ones), and those already hidden with the reason kept. */
  moderation: { canHide: string[]; hidden: { id: string; text: string; reason: string; hiddenAt: string }[] };
}

/**
 * What one signed-in person may do on a published solution's page: review it for the businesses
 * whose plan used it (as their angel or their people), change their own reviews, edit it,
 * hide reviews. The page shows only what this answer allows; the writes check again.
 * @example const part = await viewerPart(db, actor, row);
 */
export async function viewerPart(db: TDb, actor: TActor, row: TSolutionRow): Promise<TViewerPart> {
  const candidates = [...new Set([...actor.businessIds, ...actor.assignedBusinessIds])];
  const isModerator = actor.isAdmin || actor.memberships.some((m) => m.role === 'coordinator');
  const [useRows, reviewRows, tieRows] = await Promise.all([
    candidates.length
      ? db
          .select({ businessId: business.id, businessName: business.name, sportelloId: business.sportelloId, actionId: planAction.id, actionTitle: planAction.title })
          .from(planAction)
          .innerJoin(plan, eq(plan.id, planAction.planId))
          .innerJoin(business, eq(business.id, plan.businessId))
          .where(and(eq(planAction.solutionId, row.id), inArray(plan.businessId, candidates)))
          .orderBy(asc(business.name), asc(planAction.title))
      : Promise.resolve([]),
    db
      .select({ review: solutionReview, businessSportello: business.sportelloId })
      .from(solutionReview)
      .innerJoin(business, eq(business.id, solutionReview.businessId))
      .where(and(eq(solutionReview.solutionId, row.id), isModerator ? undefined : eq(solutionReview.authorId, actor.userId)))
      .orderBy(desc(solutionReview.createdAt))
      .limit(500),
    db
      .select()
      .from(providerTie)
      .where(and(eq(providerTie.userId, actor.userId), tieToProvider(row.provider)))
      .limit(1),
  ]);
  const mine = reviewRows.filter((r) => r.review.authorId === actor.userId);
  const uses = new Map<string, TViewerPart['uses'][number]>();
  for (const u of useRows) {
    if (!can(actor, 'solution.review', { type: 'business', businessId: u.businessId, sportelloId: u.sportelloId })) continue;
    const entry = uses.get(u.businessId) ?? { businessId: u.businessId, businessName: u.businessName, actions: [], myReviewId: mine.find((r) => r.review.businessId === u.businessId)?.review.id ?? null };
    entry.actions.push({ id: u.actionId, title: u.actionTitle });
    uses.set(u.businessId, entry);
  }
  const canHide: string[] = [];
  const hidden: TViewerPart['moderation']['hidden'] = [];
  for (const r of reviewRows) {
    const moderatorSportelloIds = [row.sportelloId, r.businessSportello].filter((id): id is string => id !== null);
    if (!can(actor, 'solution.moderate', { type: 'solution_review', authorId: r.review.authorId, moderatorSportelloIds })) continue;
    if (r.review.hiddenAt) hidden.push({ id: r.review.id, text: r.review.text, reason: r.review.hiddenReason ?? '', hiddenAt: r.review.hiddenAt.toISOString() });
    else canHide.push(r.review.id);
  }
  const tie = tieRows[0];
  return {
    canEdit: can(actor, 'solution.edit', solutionResourceOf(row)),
    uses: [...uses.values()],
    myReviews: mine.map((r) => ({ id: r.review.id, businessId: r.review.businessId, rating: r.review.rating, text: r.review.text, isHidden: r.review.hiddenAt !== null })),
    tie: tie ? { providerName: tie.providerName, what: tie.what, kind: tie.kind as 'owns' | 'works_for' | 'earns_from' } : null,
    moderation: { canHide, hidden },
  };
}

export interface TManageList {
  /** Where this person may write: the national catalogue (id null) or a sportello's; `canPublish` there. */
  scopes: { id: string | null; name: string | null; canPublish: boolean }[];
  /** Proposals waiting first ("da pubblicare"), then the rest this person manages or wrote. */
  items: { id: string; slug: string; name: string; provider: string; status: 'proposed' | 'published'; sportelloName: string | null; authorName: string | null; updatedAt: string; canEdit: boolean }[];
}

/**
 * The solutions a person looks after: those of the catalogues they manage (a coordinator's
 * sportello, the national one for the network admin) and their own proposals, waiting ones first.
 * @example const { scopes, items } = await manageList(db, actor);
 */
export async function manageList(db: TDb, actor: TActor): Promise<TManageList> {
  const desks = [...new Set(actor.memberships.map((m) => m.sportelloId))];
  const names = desks.length ? await db.select({ id: sportello.id, name: sportello.name }).from(sportello).where(inArray(sportello.id, desks)).orderBy(asc(sportello.name)) : [];
  const scopes: TManageList['scopes'] = [];
  if (can(actor, 'solution.propose', { type: 'solution_scope', sportelloId: null })) scopes.push({ id: null, name: null, canPublish: can(actor, 'solution.publish', { type: 'solution_scope', sportelloId: null }) });
  for (const d of names) {
    if (can(actor, 'solution.propose', { type: 'solution_scope', sportelloId: d.id })) scopes.push({ id: d.id, name: d.name, canPublish: can(actor, 'solution.publish', { type: 'solution_scope', sportelloId: d.id }) });
  }
  const managed = scopes.filter((s) => s.canPublish);
  const managedDesks = managed.flatMap((s) => (s.id ? [s.id] : []));
  const filters: SQL[] = [eq(solution.authorId, actor.userId)];
  if (managedDesks.length) filters.push(inArray(solution.sportelloId, managedDesks));
  if (managed.some((s) => s.id === null)) filters.push(sql`${solution.sportelloId} is null`);
  const rows = await db
    .select({ row: solution, sportelloName: sportello.name, authorName: user.name })
    .from(solution)
    .leftJoin(sportello, eq(sportello.id, solution.sportelloId))
    .leftJoin(user, eq(user.id, solution.authorId))
    .where(or(...filters))
    .orderBy(sql`case when ${solution.status} = 'proposed' then 0 else 1 end`, desc(solution.updatedAt), asc(solution.id))
    .limit(300);
  return {
    scopes,
    items: rows.map((r) => ({
      id: r.row.id,
      slug: r.row.slug,
      name: r.row.name,
      provider: r.row.provider,
      status: r.row.status as 'proposed' | 'published',
      sportelloName: r.sportelloName,
      authorName: r.authorName,
      updatedAt: r.row.updatedAt.toISOString(),
      canEdit: can(actor, 'solution.edit', solutionResourceOf(r.row)),
    })),
  };
}

/** A solution as the editor sends it back (both languages, every price part): for /soluzioni/modifica. */
export async function solutionInputOf(db: TDb, row: TSolutionRow): Promise<TSolutionInput> {
  const parts = await db.select().from(solutionPricePart).where(eq(solutionPricePart.solutionId, row.id)).orderBy(asc(solutionPricePart.position), asc(solutionPricePart.id));
  const words = (w: TSolutionWords | null) => (w ? { it: w.it, en: w.en ?? null } : null);
  return {
    slug: row.slug,
    name: row.name,
    provider: row.provider,
    summary: words(row.summary)!,
    whatItDoes: words(row.whatItDoes)!,
    notFor: words(row.notFor)!,
    areas: row.areas,
    sectors: row.sectors,
    dataLocation: row.dataLocation as TSolutionInput['dataLocation'],
    dataNote: words(row.dataNote),
    hoursPerWeek: row.hoursPerWeek,
    minimumMonths: row.minimumMonths,
    noticeDays: row.noticeDays,
    exitCosts: words(row.exitCosts),
    portability: row.portability,
    alternativeSlugs: row.alternativeSlugs,
    sportelloId: row.sportelloId,
    status: row.status as TSolutionInput['status'],
    parts: parts.map((p) => ({
      kind: p.kind as TSolutionInput['parts'][number]['kind'],
      amount: p.amount,
      percent: p.percent,
      introMonths: p.introMonths,
      introAmount: p.introAmount,
      label: words(p.label),
      sourceText: p.sourceText,
      sourceUrl: p.sourceUrl,
      asOf: p.asOf,
      isExample: p.isExample,
    })),
  };
}
