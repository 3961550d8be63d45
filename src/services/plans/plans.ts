import type { TDb } from '../../db/client.js';
import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import { business, checkup, meeting, plan, planAction, planGoal, planHistory, planReading, planSuggestionChoice, user } from '../../db/schema/index.js';
import { getEngagement, listLog } from './plan-work.js';
import type { TCheckupResult } from '../../domain/checkup/score.js';
import { diffEntity } from '../../domain/plans/history.js';
import { planProgress } from '../../domain/plans/progress.js';
import { isSuggestionSection, suggestFromCheckup } from '../../domain/plans/suggest.js';
import type { TAction, TActionStatus, TGoal, TOwner, TUnit } from '../../domain/plans/types.js';
import { validateAction, validateGoal, validateReading, type TFieldProblem } from '../../domain/plans/validate.js';
import { romeToday } from '../../domain/plans/calendar.js';
import { AppError } from '../../shared/errors.js';
import type { TLocale } from '../../shared/locale.js';
import { lessonLinkProblems, planLessonTitles } from '../library/lesson-links.js';
import { callLinkProblems, planCalls } from '../funding/plan-call-links.js';
import { planSolutionLinks } from '../solutions/write.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

function refuse(problems: TFieldProblem[]): never {
  throw new AppError('request.invalid', 422, problems.map((p) => ({ field: p.field, message: p.code })));
}

async function record(tx: TTx, planId: string, entityKind: 'goal' | 'action' | 'reading', entityId: string, changes: unknown, by: string) {
  await tx.insert(planHistory).values({ planId, entityKind, entityId, changes, by });
  await tx.update(plan).set({ version: sql`${plan.version} + 1`, updatedAt: new Date() }).where(eq(plan.id, planId));
}

type TGoalRow = typeof planGoal.$inferSelect;
type TActionRow = typeof planAction.$inferSelect;

/** A goal row in the domain's shape (indicator nested), for validation, progress and history. */
export function goalOf(row: TGoalRow): TGoal {
  return {
    id: row.id,
    planId: row.planId,
    title: row.title,
    indicator: { name: row.indicatorName, unit: row.unit as TUnit, baseline: row.baseline, target: row.target, current: row.current, byDate: row.byDate },
    status: row.status,
    version: row.version,
  };
}

export function actionOf(row: TActionRow): TAction {
  return { id: row.id, goalId: row.goalId, title: row.title, owner: row.owner, dueDate: row.dueDate, status: row.status, linkedLessonId: row.linkedLessonId, linkedCallId: row.linkedCallId, version: row.version };
}

export async function findPlanOfBusiness(db: TDb, businessId: string) {
  const [row] = await db.select().from(plan).where(eq(plan.businessId, businessId));
  return row ?? null;
}

export async function loadPlanRow(db: TDb, planId: string) {
  const [row] = await db.select().from(plan).where(eq(plan.id, planId));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/** Starts the plan of a business (after the first meeting); starting twice returns the same plan. */
export async function startPlan(db: TDb, businessId: string, by: string) {
  await db.insert(plan).values({ businessId, startedBy: by }).onConflictDoNothing();
  return (await findPlanOfBusiness(db, businessId))!;
}

/**
 * The whole plan as both sides see it: goals with their indicator over time, actions,
 * progress, and starting points from the latest check-up's priorities (offers, never forced).
 */
export async function getPlanView(db: TDb, planId: string, locale: TLocale, today: Date | string = new Date()) {
  const row = await loadPlanRow(db, planId);
  // The parts do not depend on one another: asked side by side, a big plan answers in the time
  // of its slowest query rather than the sum of nine.
  const [goals, actions, readings, [lastCheckup], submitted, [next], log, engagement, settled, [owner], lessons, calls, solutions] = await Promise.all([
    db.select().from(planGoal).where(eq(planGoal.planId, planId)).orderBy(asc(planGoal.createdAt)),
    db.select().from(planAction).where(eq(planAction.planId, planId)).orderBy(asc(planAction.createdAt)),
    db
      .select({ goalId: planReading.goalId, value: planReading.value, at: planReading.at })
      .from(planReading)
      .where(inArray(planReading.goalId, db.select({ id: planGoal.id }).from(planGoal).where(eq(planGoal.planId, planId))))
      .orderBy(asc(planReading.at)),
    db.select({ result: checkup.result }).from(checkup).where(eq(checkup.businessId, row.businessId)).orderBy(desc(checkup.round)).limit(1),
    db
      .select({ id: checkup.id, result: checkup.result, submittedAt: checkup.submittedAt })
      .from(checkup)
      .where(and(eq(checkup.businessId, row.businessId), eq(checkup.status, 'submitted')))
      .orderBy(asc(checkup.round)),
    db
      .select({ id: meeting.id, startsAt: meeting.startsAt, mode: meeting.mode })
      .from(meeting)
      .where(and(eq(meeting.businessId, row.businessId), eq(meeting.status, 'booked'), gt(meeting.startsAt, new Date())))
      .orderBy(asc(meeting.startsAt))
      .limit(1),
    listLog(db, planId),
    getEngagement(db, planId),
    db.select({ section: planSuggestionChoice.section }).from(planSuggestionChoice).where(eq(planSuggestionChoice.planId, planId)),
    // Whose plan it is: the page names the business in its heading and title.
    db.select({ id: business.id, name: business.name }).from(business).where(eq(business.id, row.businessId)),
    // The titles of the lessons actions link to: the page shows a title, never a slug.
    planLessonTitles(db, planId, locale),
    // The calls for funding actions link to, with their deadline on `today`.
    planCalls(db, planId, today),
    // The catalogue solutions actions point to, and how each went (issue 16).
    planSolutionLinks(db, planId),
  ]);
  const priorities = (lastCheckup?.result as TCheckupResult | null | undefined)?.priorities ?? [];
  const readingsByGoal = new Map<string, { value: number; at: string }[]>();
  for (const r of readings) {
    const list = readingsByGoal.get(r.goalId) ?? [];
    list.push({ value: r.value, at: r.at.toISOString() });
    readingsByGoal.set(r.goalId, list);
  }
  const brief = (c: (typeof submitted)[number] | undefined) => (c ? { id: c.id, overall: (c.result as TCheckupResult).overall, submittedAt: c.submittedAt!.toISOString() } : null);
  const latest = submitted.at(-1);
  // A re-take makes sense once the plan has run for a while (a checkpoint): three months after the last one.
  const isRetakeSuggested = Boolean(latest?.submittedAt && Date.now() - latest.submittedAt.getTime() > 90 * 86_400_000);
  return {
    engagement,
    log: log.map(({ entry, byName }) => ({ ...entry, nextSteps: entry.nextSteps as string[], byName, createdAt: entry.createdAt.toISOString(), stepsTurnedAt: entry.stepsTurnedAt?.toISOString() ?? null, planId: undefined, by: undefined })),
    nextMeeting: next ? { id: next.id, startsAt: next.startsAt.toISOString(), mode: next.mode } : null,
    checkups: { first: brief(submitted[0]), latest: brief(latest), isRetakeSuggested },
    plan: { id: row.id, businessId: row.businessId, version: row.version, createdAt: row.createdAt.toISOString() },
    business: { id: row.businessId, name: owner?.name ?? '' },
    goals: goals.map((g) => ({ ...goalOf(g), readings: readingsByGoal.get(g.id) ?? [] })),
    actions: actions.map(actionOf),
    lessons,
    calls,
    solutions,
    progress: planProgress(goals.map(goalOf), actions.map(actionOf)),
    // Offers the two already took or dropped are not made again, to either of them.
    suggestions: suggestFromCheckup(priorities as Parameters<typeof suggestFromCheckup>[0], locale).filter((x) => !settled.some((c) => c.section === x.section)),
  };
}

export interface TGoalInput {
  title: string;
  indicator: { name: string; unit: TUnit; baseline: number; target: number; current?: number; byDate: string };
  /** First actions, saved with the goal (a suggestion taken with the actions kept). */
  actions?: { title: string; owner: TOwner }[];
  /** The check-up section whose suggestion became this goal: it is not offered again. */
  fromSuggestion?: string;
}

/** A goal with its first actions, and the suggestion it came from marked as taken: all or nothing. */
export async function addGoal(db: TDb, planId: string, input: TGoalInput, by: string, now = new Date()) {
  const { actions = [], fromSuggestion, ...goal } = input;
  const candidate = { ...goal, indicator: { ...goal.indicator, current: goal.indicator.current ?? goal.indicator.baseline } };
  const today = romeToday(now);
  const problems = validateGoal(candidate, { today, isCreation: true });
  actions.forEach((a, n) => {
    for (const p of validateAction({ ...a, status: 'todo' }, { today, isCreation: true })) problems.push({ ...p, field: `actions.${n}.${p.field}` });
  });
  if (fromSuggestion !== undefined && !isSuggestionSection(fromSuggestion)) problems.push({ field: 'fromSuggestion', code: 'invalid' });
  if (problems.length) refuse(problems);
  return db.transaction(async (tx) => {
    const i = candidate.indicator;
    const [created] = await tx
      .insert(planGoal)
      .values({ planId, title: candidate.title, indicatorName: i.name, unit: i.unit, baseline: i.baseline, target: i.target, current: i.current, byDate: i.byDate })
      .returning();
    await tx.insert(planReading).values({ goalId: created!.id, value: i.current, at: now, by });
    await record(tx, planId, 'goal', created!.id, diffEntity({}, goalOf(created!)), by);
    for (const a of actions) {
      const [action] = await tx.insert(planAction).values({ planId, goalId: created!.id, title: a.title, owner: a.owner, status: 'todo' }).returning();
      await record(tx, planId, 'action', action!.id, diffEntity({}, actionOf(action!)), by);
    }
    if (fromSuggestion) await tx.insert(planSuggestionChoice).values({ planId, section: fromSuggestion, choice: 'taken', by }).onConflictDoUpdate({ target: [planSuggestionChoice.planId, planSuggestionChoice.section], set: { choice: 'taken', by, at: now } });
    return goalOf(created!);
  });
}

/** "No, grazie": a suggestion from the check-up the two do not want; neither side sees it again. */
export async function dropSuggestion(db: TDb, planId: string, section: string, by: string) {
  if (!isSuggestionSection(section)) throw new AppError('resource.not_found', 404);
  await db.insert(planSuggestionChoice).values({ planId, section, choice: 'dropped', by }).onConflictDoNothing();
}

/** Changes a goal made on `version`; an edit based on an older copy is refused, nothing half-saved. */
export async function updateGoal(db: TDb, planId: string, goalId: string, version: number, patch: Partial<Pick<TGoal, 'title' | 'status'>> & { indicator?: Partial<TGoal['indicator']> }, by: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(planGoal).where(eq(planGoal.id, goalId)).for('update');
    if (!row || row.planId !== planId) throw new AppError('resource.not_found', 404);
    if (row.version !== version) throw new AppError('plan.stale', 409, [{ field: 'version', message: String(row.version) }]);
    const before = goalOf(row);
    const after: TGoal = { ...before, ...patch, indicator: { ...before.indicator, ...patch.indicator }, version: before.version + 1 };
    const problems = validateGoal(after, { today: romeToday(now), isCreation: false });
    if (problems.length) refuse(problems);
    const [updated] = await tx
      .update(planGoal)
      .set({
        title: after.title,
        status: after.status,
        indicatorName: after.indicator.name,
        unit: after.indicator.unit,
        baseline: after.indicator.baseline,
        target: after.indicator.target,
        current: after.indicator.current,
        byDate: after.indicator.byDate,
        version: after.version,
        updatedAt: now,
      })
      .where(eq(planGoal.id, goalId))
      .returning();
    if (after.indicator.current !== before.indicator.current) await tx.insert(planReading).values({ goalId, value: after.indicator.current, at: now, by });
    await record(tx, planId, 'goal', goalId, diffEntity(before, after), by);
    return goalOf(updated!);
  });
}

/** A new value of a goal's indicator (its unit must be the indicator's own). */
export async function addReading(db: TDb, planId: string, goalId: string, input: { value: number; unit?: TUnit; at?: string }, by: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(planGoal).where(eq(planGoal.id, goalId)).for('update');
    if (!row || row.planId !== planId) throw new AppError('resource.not_found', 404);
    const reading = { goalId, value: input.value, unit: input.unit, at: input.at ?? now.toISOString() };
    const problems = validateReading(reading, { unit: row.unit as TUnit, now });
    if (problems.length) refuse(problems);
    await tx.insert(planReading).values({ goalId, value: input.value, at: new Date(reading.at), by });
    const [updated] = await tx.update(planGoal).set({ current: input.value, version: row.version + 1, updatedAt: now }).where(eq(planGoal.id, goalId)).returning();
    await record(tx, planId, 'reading', goalId, [{ field: 'indicator.current', from: row.current, to: input.value }], by);
    return goalOf(updated!);
  });
}

export interface TActionInput {
  goalId: string;
  title: string;
  owner: TOwner;
  dueDate?: string | null;
  linkedLessonId?: string | null;
  linkedCallId?: string | null;
}

export async function addAction(db: TDb, planId: string, input: TActionInput, by: string, now = new Date()) {
  const candidate = { ...input, dueDate: input.dueDate ?? null, status: 'todo' as TActionStatus, linkedLessonId: input.linkedLessonId ?? null, linkedCallId: input.linkedCallId ?? null };
  const problems = validateAction(candidate, { today: romeToday(now), isCreation: true });
  if (problems.length === 0) problems.push(...(await lessonLinkProblems(db, candidate.linkedLessonId)), ...(await callLinkProblems(db, planId, candidate.linkedCallId)));
  if (problems.length) refuse(problems);
  return db.transaction(async (tx) => {
    const [goal] = await tx.select({ planId: planGoal.planId }).from(planGoal).where(eq(planGoal.id, input.goalId));
    if (!goal || goal.planId !== planId) throw new AppError('request.invalid', 422, [{ field: 'goalId', message: 'unknown' }]);
    const [created] = await tx.insert(planAction).values({ planId, ...candidate }).returning();
    await record(tx, planId, 'action', created!.id, diffEntity({}, actionOf(created!)), by);
    return actionOf(created!);
  });
}

export async function updateAction(db: TDb, planId: string, actionId: string, version: number, patch: Partial<Pick<TAction, 'title' | 'owner' | 'dueDate' | 'status' | 'linkedLessonId' | 'linkedCallId'>>, by: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(planAction).where(eq(planAction.id, actionId)).for('update');
    if (!row || row.planId !== planId) throw new AppError('resource.not_found', 404);
    if (row.version !== version) throw new AppError('plan.stale', 409, [{ field: 'version', message: String(row.version) }]);
    const before = actionOf(row);
    const after: TAction = { ...before, ...patch, version: before.version + 1 };
    const problems = validateAction(after, { today: romeToday(now), isCreation: false });
    // Only a new link is checked: an action whose lesson was retired since can still be ticked off.
    if (problems.length === 0 && after.linkedLessonId !== before.linkedLessonId) problems.push(...(await lessonLinkProblems(tx, after.linkedLessonId)));
    if (problems.length === 0 && after.linkedCallId !== before.linkedCallId) problems.push(...(await callLinkProblems(tx, planId, after.linkedCallId)));
    if (problems.length) refuse(problems);
    const [updated] = await tx
      .update(planAction)
      .set({ title: after.title, owner: after.owner, dueDate: after.dueDate, status: after.status, linkedLessonId: after.linkedLessonId, linkedCallId: after.linkedCallId, version: after.version, updatedAt: now })
      .where(eq(planAction.id, actionId))
      .returning();
    await record(tx, planId, 'action', actionId, diffEntity(before, after), by);
    return actionOf(updated!);
  });
}

/** The plan's history, newest first, with who made each change. */
export async function listHistory(db: TDb, planId: string, limit = 200) {
  return db
    .select({ history: planHistory, byName: user.name })
    .from(planHistory)
    .leftJoin(user, eq(user.id, planHistory.by))
    .where(eq(planHistory.planId, planId))
    .orderBy(desc(planHistory.at))
    .limit(limit);
}
