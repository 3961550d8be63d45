import { asc, desc, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { plan, planAction, planComment, planEngagement, planGoal, planHistory, planLogEntry, user } from '../../db/schema/index.js';
import { checkPackage, logHours, remainingHours } from '../../domain/plans/hours.js';
import type { TEngagement, TMeetingLogEntry, TOwner } from '../../domain/plans/types.js';
import { validateMeetingLogEntry } from '../../domain/plans/validate.js';
import { AppError } from '../../shared/errors.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

const bumpPlan = (tx: TTx, planId: string) => tx.update(plan).set({ version: sql`${plan.version} + 1`, updatedAt: new Date() }).where(eq(plan.id, planId));

function engagementOf(row: typeof planEngagement.$inferSelect): TEngagement {
  return { hoursPackage: row.hoursPackage, hoursUsed: row.hoursUsed, approvedExtraHours: row.approvedExtraHours, fundingCallId: row.fundingCallId };
}

export async function getEngagement(db: Pick<TDb, 'select'>, planId: string) {
  const [row] = await db.select().from(planEngagement).where(eq(planEngagement.planId, planId));
  if (!row) return null;
  const engagement = engagementOf(row);
  return { ...engagement, remaining: remainingHours(engagement) };
}

/**
 * Sets the package of hours (e.g. 20 h), optionally tied to a voucher or funding call; hours
 * already used stay. Once agreed, its hours change only by the coordinator (checkPackage).
 * Recorded in the plan's history. All or nothing.
 */
export async function setEngagement(db: TDb, planId: string, input: { hoursPackage: number; fundingCallId: string | null }, by: string, options: { isCoordinator: boolean }) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(planEngagement).where(eq(planEngagement.planId, planId)).for('update');
    const current = row ? engagementOf(row) : null;
    const problem = checkPackage(current, input.hoursPackage, options);
    if (problem === 'package_needs_coordinator') throw new AppError('plan.package_needs_coordinator', 403, [{ field: 'hoursPackage', message: problem }]);
    if (problem) throw new AppError('request.invalid', 422, [{ field: 'hoursPackage', message: problem }]);
    await tx
      .insert(planEngagement)
      .values({ planId, hoursPackage: input.hoursPackage, fundingCallId: input.fundingCallId })
      .onConflictDoUpdate({ target: planEngagement.planId, set: { hoursPackage: input.hoursPackage, fundingCallId: input.fundingCallId, updatedAt: new Date() } });
    const changes = [
      { field: 'hoursPackage', from: current?.hoursPackage ?? null, to: input.hoursPackage },
      { field: 'fundingCallId', from: current?.fundingCallId ?? null, to: input.fundingCallId },
    ].filter((c) => c.from !== c.to);
    if (changes.length) await tx.insert(planHistory).values({ planId, entityKind: 'engagement', entityId: planId, changes, by });
    await bumpPlan(tx, planId);
  });
  return getEngagement(db, planId);
}

/** The coordinator agrees to more hours than the package; recorded in the plan's history. */
export async function approveExtraHours(db: TDb, planId: string, extraHours: number, by: string) {
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(planEngagement).where(eq(planEngagement.planId, planId)).for('update');
    if (!row) throw new AppError('resource.not_found', 404);
    const to = row.approvedExtraHours + extraHours;
    await tx.update(planEngagement).set({ approvedExtraHours: to, updatedAt: new Date() }).where(eq(planEngagement.planId, planId));
    await tx.insert(planHistory).values({ planId, entityKind: 'engagement', entityId: planId, changes: [{ field: 'approvedExtraHours', from: row.approvedExtraHours, to }], by });
    await bumpPlan(tx, planId);
  });
  return getEngagement(db, planId);
}

/**
 * Writes a meeting into the log. Its hours count against the engagement: beyond the
 * package they need the coordinator (whose own entries pass). All or nothing.
 */
export async function addLogEntry(db: TDb, planId: string, input: TMeetingLogEntry, by: string, options: { isCoordinator: boolean; today: string }) {
  const problems = validateMeetingLogEntry(input, { today: options.today });
  if (problems.length) throw new AppError('request.invalid', 422, problems.map((p) => ({ field: p.field, message: p.code })));
  return db.transaction(async (tx) => {
    if (input.hours > 0) {
      const [row] = await tx.select().from(planEngagement).where(eq(planEngagement.planId, planId)).for('update');
      if (row) {
        const result = logHours(engagementOf(row), input.hours, { isApprovedByCoordinator: options.isCoordinator });
        if (!result.ok) {
          throw result.code === 'hours_exceed_package'
            ? new AppError('plan.hours_exceed_package', 409, [{ field: 'hours', message: result.code }])
            : new AppError('request.invalid', 422, [{ field: 'hours', message: result.code }]);
        }
        await tx.update(planEngagement).set({ hoursUsed: result.engagement.hoursUsed, approvedExtraHours: result.engagement.approvedExtraHours, updatedAt: new Date() }).where(eq(planEngagement.planId, planId));
      }
    }
    const [created] = await tx.insert(planLogEntry).values({ planId, ...input, by }).returning();
    await tx.insert(planHistory).values({ planId, entityKind: 'log', entityId: created!.id, changes: [{ field: 'date', from: null, to: input.date }], by });
    await bumpPlan(tx, planId);
    return created!;
  });
}

export async function listLog(db: TDb, planId: string) {
  return db
    .select({ entry: planLogEntry, byName: user.name })
    .from(planLogEntry)
    .leftJoin(user, eq(user.id, planLogEntry.by))
    .where(eq(planLogEntry.planId, planId))
    .orderBy(desc(planLogEntry.date), desc(planLogEntry.createdAt));
}

/** "Trasforma in azioni": a log entry's next steps become actions under a goal, in one go. */
export async function nextStepsToActions(db: TDb, planId: string, entryId: string, input: { goalId: string; owner: TOwner }, by: string) {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(planLogEntry).where(eq(planLogEntry.id, entryId)).for('update');
    if (!entry || entry.planId !== planId) throw new AppError('resource.not_found', 404);
    // A second tap (or the other person at the same time) would make the same actions twice.
    if (entry.stepsTurnedAt) throw new AppError('plan.steps_already_turned', 409);
    const [goal] = await tx.select({ planId: planGoal.planId }).from(planGoal).where(eq(planGoal.id, input.goalId));
    if (!goal || goal.planId !== planId) throw new AppError('request.invalid', 422, [{ field: 'goalId', message: 'unknown' }]);
    const steps = (entry.nextSteps as string[]).filter((s) => s.trim());
    if (steps.length === 0) return [];
    const created = await tx
      .insert(planAction)
      .values(steps.map((title) => ({ planId, goalId: input.goalId, title: title.slice(0, 160), owner: input.owner })))
      .returning();
    for (const a of created) await tx.insert(planHistory).values({ planId, entityKind: 'action', entityId: a.id, changes: [{ field: 'title', from: null, to: a.title }], by });
    await tx.update(planLogEntry).set({ stepsTurnedAt: new Date() }).where(eq(planLogEntry.id, entryId));
    await bumpPlan(tx, planId);
    return created;
  });
}

export async function listComments(db: TDb, planId: string) {
  return db
    .select({ id: planComment.id, targetKind: planComment.targetKind, targetId: planComment.targetId, body: planComment.body, byName: user.name, at: planComment.at })
    .from(planComment)
    .leftJoin(user, eq(user.id, planComment.by))
    .where(eq(planComment.planId, planId))
    .orderBy(asc(planComment.at));
}

/** A comment on a goal or an action of this plan (another plan's ids are refused). */
export async function addComment(db: TDb, planId: string, input: { targetKind: 'goal' | 'action'; targetId: string; body: string }, by: string) {
  const table = input.targetKind === 'goal' ? planGoal : planAction;
  const [target] = await db.select({ planId: table.planId }).from(table).where(eq(table.id, input.targetId));
  if (!target || target.planId !== planId) throw new AppError('request.invalid', 422, [{ field: 'targetId', message: 'unknown' }]);
  const [created] = await db.insert(planComment).values({ planId, ...input, by }).returning();
  return created!;
}
