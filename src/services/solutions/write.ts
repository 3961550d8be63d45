import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { plan, planAction, planActionOutcome, providerTie, solution, solutionPricePart, solutionReview, type TPortability, type TSolutionWords } from '../../db/schema/index.js';
import { pricePartsProblems, PERCENT_KINDS, type TPricePartInput } from '../../domain/solutions/validate.js';
import { AppError, type TFieldError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { solutionFieldMessage, type TSolutionFieldProblem } from '../../shared/solution-messages.js';
import { tieToProvider } from './provider-match.js';

export interface TSolutionInput {
  slug: string;
  name: string;
  provider: string;
  summary: TSolutionWords;
  whatItDoes: TSolutionWords;
  notFor: TSolutionWords;
  areas: string[];
  sectors: string[];
  dataLocation: 'eu' | 'non_eu' | 'unknown';
  dataNote?: TSolutionWords | null;
  hoursPerWeek: number;
  minimumMonths: number;
  noticeDays: number;
  exitCosts?: TSolutionWords | null;
  portability: TPortability;
  alternativeSlugs: string[];
  sportelloId: string | null;
  status: 'proposed' | 'published';
  parts: (TPricePartInput & { label?: TSolutionWords | null; sourceText: string; sourceUrl?: string | null; asOf: string; isExample: boolean })[];
}

const fieldsOf = (problems: { field: string; problem: TSolutionFieldProblem }[], locale: TLocale): TFieldError[] =>
  problems.map((p) => ({ field: p.field, message: solutionFieldMessage(p.problem, locale) }));

const isUniqueViolation = (err: unknown, constraint: string) => {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const pg = e.code ? e : e.cause;
  return pg?.code === '23505' && pg.constraint === constraint;
};

async function checkInput(db: Pick<TDb, 'select'>, input: TSolutionInput, locale: TLocale, selfSlug?: string) {
  const problems = pricePartsProblems(input.parts);
  const others = input.alternativeSlugs.filter((s) => s !== selfSlug);
  if (others.length) {
    const found = await db.select({ slug: solution.slug }).from(solution).where(inArray(solution.slug, others));
    input.alternativeSlugs.forEach((s, i) => {
      if (s === selfSlug || !found.some((f) => f.slug === s)) problems.push({ field: `alternativeSlugs.${i}`, problem: 'unknown_alternative' });
    });
  }
  if (problems.length) throw new AppError('solutions.invalid', 422, fieldsOf(problems, locale));
}

const columnsOf = (input: TSolutionInput) => ({
  slug: input.slug,
  name: input.name,
  provider: input.provider,
  summary: input.summary,
  whatItDoes: input.whatItDoes,
  notFor: input.notFor,
  areas: input.areas,
  sectors: input.sectors,
  dataLocation: input.dataLocation,
  dataNote: input.dataNote ?? null,
  hoursPerWeek: input.hoursPerWeek,
  minimumMonths: input.minimumMonths,
  noticeDays: input.noticeDays,
  exitCosts: input.exitCosts ?? null,
  portability: input.portability,
  alternativeSlugs: input.alternativeSlugs,
  sportelloId: input.sportelloId,
  status: input.status,
});

const partRows = (solutionId: string, parts: TSolutionInput['parts']) =>
  parts.map((p, i) => {
    const isPercent = PERCENT_KINDS.includes(p.kind);
    return {
      solutionId,
      position: i,
      kind: p.kind,
      amount: isPercent ? null : (p.amount ?? 0),
      percent: isPercent ? (p.percent ?? 0) : null,
      introMonths: p.kind === 'monthly' ? (p.introMonths ?? null) : null,
      introAmount: p.kind === 'monthly' && p.introMonths ? (p.introAmount ?? 0) : null,
      label: p.label ?? null,
      sourceText: p.sourceText,
      sourceUrl: p.sourceUrl ?? null,
      asOf: p.asOf,
      isExample: p.isExample,
    };
  });

/**
 * Adds a solution with its price parts, all or nothing. A proposal (an angel's) stays out of the
 * public catalogue until a coordinator publishes it.
 */
export async function createSolution(db: TDb, input: TSolutionInput, by: string, locale: TLocale, now = new Date()) {
  await checkInput(db, input, locale);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(solution)
        .values({ ...columnsOf(input), authorId: by, publishedBy: input.status === 'published' ? by : null, publishedAt: input.status === 'published' ? now : null, createdAt: now, updatedAt: now })
        .returning();
      if (input.parts.length) await tx.insert(solutionPricePart).values(partRows(row!.id, input.parts));
      return row!;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'solution_slug_idx')) throw new AppError('solutions.slug_taken', 409, fieldsOf([{ field: 'slug', problem: 'slug_taken' }], locale));
    throw err;
  }
}

/** Replaces a solution's fields and price parts with those sent, all or nothing. */
export async function updateSolution(db: TDb, id: string, input: TSolutionInput, by: string, wasPublished: boolean, locale: TLocale, now = new Date()) {
  await checkInput(db, input, locale, input.slug);
  try {
    return await db.transaction(async (tx) => {
      const publishing = input.status === 'published' && !wasPublished;
      const [row] = await tx
        .update(solution)
        .set({ ...columnsOf(input), updatedAt: now, ...(publishing ? { publishedBy: by, publishedAt: now } : {}), ...(input.status === 'proposed' ? { publishedAt: null, publishedBy: null } : {}) })
        .where(eq(solution.id, id))
        .returning();
      await tx.delete(solutionPricePart).where(eq(solutionPricePart.solutionId, id));
      if (input.parts.length) await tx.insert(solutionPricePart).values(partRows(id, input.parts));
      return row!;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'solution_slug_idx')) throw new AppError('solutions.slug_taken', 409, fieldsOf([{ field: 'slug', problem: 'slug_taken' }], locale));
    throw err;
  }
}

/** The plan actions of a business's plan that use a solution. */
async function actionsUsing(db: Pick<TDb, 'select'>, businessId: string, solutionId: string) {
  return db
    .select({ id: planAction.id })
    .from(planAction)
    .innerJoin(plan, eq(plan.id, planAction.planId))
    .where(and(eq(plan.businessId, businessId), eq(planAction.solutionId, solutionId)));
}

export interface TReviewInput {
  businessId: string;
  planActionId?: string | null;
  rating: number;
  text: string;
  /** "Lavori per questo fornitore o ci guadagni?" — asked on every review form. */
  tiedToProvider: boolean;
  /** The declaration, when tied and not declared yet: it is kept and shown. */
  tie?: { what: string; kind: 'owns' | 'works_for' | 'earns_from' } | null;
}

/**
 * A review by someone who used the solution with a business (the caller checked they may speak
 * for it). Refused, with the field: the solution not used in the business's plan; a tie to the
 * provider not declared; one's own solution; a second review for the same business.
 */
export async function addReview(
  db: TDb,
  input: { solutionId: string; provider: string; role: 'angel' | 'entrepreneur'; authorId: string } & TReviewInput,
  locale: TLocale,
  now = new Date(),
) {
  const used = await actionsUsing(db, input.businessId, input.solutionId);
  if (!used.length) throw new AppError('solutions.not_used', 422, fieldsOf([{ field: 'businessId', problem: 'not_used' }], locale));
  const planActionId = input.planActionId && used.some((a) => a.id === input.planActionId) ? input.planActionId : used[0]!.id;
  const [declared] = await db
    .select()
    .from(providerTie)
    .where(and(eq(providerTie.userId, input.authorId), tieToProvider(input.provider)))
    .limit(1);
  const kind = declared?.kind ?? input.tie?.kind;
  if (kind === 'owns') throw new AppError('solutions.own_solution', 422, fieldsOf([{ field: 'tiedToProvider', problem: 'own' }], locale));
  if (input.tiedToProvider && !declared && !input.tie?.what.trim()) throw new AppError('solutions.tie_undeclared', 422, fieldsOf([{ field: 'tie.what', problem: 'tie' }], locale));
  try {
    return await db.transaction(async (tx) => {
      let tieId = declared?.id ?? null;
      if (!declared && input.tiedToProvider && input.tie) {
        const [tie] = await tx.insert(providerTie).values({ userId: input.authorId, providerName: input.provider, what: input.tie.what.trim(), kind: input.tie.kind, declaredAt: now }).returning();
        tieId = tie!.id;
      }
      const [row] = await tx
        .insert(solutionReview)
        .values({ solutionId: input.solutionId, authorId: input.authorId, role: input.role, businessId: input.businessId, planActionId, rating: input.rating, text: input.text, tieId, createdAt: now, updatedAt: now })
        .returning();
      return row!;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'solution_review_once_idx')) throw new AppError('solutions.review_exists', 409, fieldsOf([{ field: 'solutionId', problem: 'exists' }], locale));
    throw err;
  }
}

export async function updateReview(db: TDb, reviewId: string, patch: { rating?: number; text?: string }, now = new Date()) {
  const [row] = await db
    .update(solutionReview)
    .set({ ...patch, updatedAt: now })
    .where(eq(solutionReview.id, reviewId))
    .returning();
  return row!;
}

export async function hideReview(db: TDb, reviewId: string, reason: string, by: string, now = new Date()) {
  const [row] = await db.update(solutionReview).set({ hiddenAt: now, hiddenBy: by, hiddenReason: reason }).where(eq(solutionReview.id, reviewId)).returning();
  return row!;
}

/** Declares (or restates) a tie to a provider; shown on one's reviews and profile. */
export async function declareTie(db: TDb, userId: string, input: { providerName: string; what: string; kind: 'owns' | 'works_for' | 'earns_from' }, now = new Date()) {
  return db.transaction(async (tx) => {
    const values = { what: input.what.trim(), kind: input.kind, declaredAt: now };
    const same = and(eq(providerTie.userId, userId), tieToProvider(input.providerName.trim()));
    const [updated] = await tx.update(providerTie).set(values).where(same).returning();
    if (updated) return updated;
    const [row] = await tx.insert(providerTie).values({ userId, providerName: input.providerName.trim(), ...values }).returning();
    return row!;
  });
}

/** Points a plan action at a solution (null unlinks it); the action must be of this plan. */
export async function linkActionToSolution(db: TDb, planId: string, actionId: string, solutionId: string | null, now = new Date()) {
  const [row] = await db
    .update(planAction)
    .set({ solutionId, updatedAt: now, version: sql`${planAction.version} + 1` })
    .where(and(eq(planAction.id, actionId), eq(planAction.planId, planId)))
    .returning({ id: planAction.id, solutionId: planAction.solutionId, status: planAction.status, version: planAction.version });
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/** "Com'è andata?": one tap on a done action using a solution; the last answer counts. */
export async function recordOutcome(db: TDb, planId: string, actionId: string, input: { outcome: 'went_well' | 'mixed' | 'went_badly'; note?: string | null }, by: string, locale: TLocale, now = new Date()) {
  const [action] = await db.select().from(planAction).where(and(eq(planAction.id, actionId), eq(planAction.planId, planId))).limit(1);
  if (!action) throw new AppError('resource.not_found', 404);
  if (!action.solutionId) throw new AppError('solutions.not_used', 422, fieldsOf([{ field: 'actionId', problem: 'not_used' }], locale));
  const values = { actionId, solutionId: action.solutionId, outcome: input.outcome, note: input.note?.trim() || null, answeredBy: by, answeredAt: now };
  const [row] = await db.insert(planActionOutcome).values(values).onConflictDoUpdate({ target: planActionOutcome.actionId, set: values }).returning();
  return row!;
}

/** The solutions a plan's actions point to, and how each went: for the plan page's picker and its one tap. */
export async function planSolutionLinks(db: TDb, planId: string) {
  return db
    .select({ actionId: planAction.id, solutionId: planAction.solutionId, slug: solution.slug, name: solution.name, status: planAction.status, outcome: planActionOutcome.outcome })
    .from(planAction)
    .innerJoin(solution, eq(solution.id, planAction.solutionId))
    .leftJoin(planActionOutcome, eq(planActionOutcome.actionId, planAction.id))
    .where(eq(planAction.planId, planId));
}
