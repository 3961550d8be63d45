import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { planAction, planGoal, planHistory, planReading, planSyncedChange } from '../../db/schema/index.js';
import { diffEntity } from '../../domain/plans/history.js';
import { applyOfflineChange, type TPatch, type TSyncResult } from '../../domain/plans/sync.js';
import type { TAction, TGoal } from '../../domain/plans/types.js';
import { validateAction, validateGoal } from '../../domain/plans/validate.js';
import { AppError } from '../../shared/errors.js';
import { actionOf, goalOf } from './plans.js';
import { romeToday } from '../../domain/plans/calendar.js';
import { lessonLinkProblems } from '../library/lesson-links.js';
import { callLinkProblems } from '../funding/plan-call-links.js';

export interface TSyncChange {
  clientChangeId: string;
  entity: 'action' | 'goal';
  entityId: string;
  baseVersion: number;
  base?: Record<string, unknown>;
  patch: Record<string, unknown>;
  madeAt: string;
}

export type TSyncOutcome = { clientChangeId: string } & (
  | { kind: 'applied' | 'merged' | 'unchanged'; entity: TAction | TGoal }
  | { kind: 'conflict'; server: TAction | TGoal; client: TAction | TGoal; fields: string[] }
  | { kind: 'refused'; errors: { field: string; message: string }[] }
);

/**
 * Applies the changes a phone made offline, in the order they were made. Each is
 * applied, merged with what the server got meanwhile, or reported as a conflict with
 * both versions (nothing is lost; the person chooses). A change already applied (same
 * client change id) is not applied again.
 */
export async function syncChanges(db: TDb, planId: string, changes: TSyncChange[], by: string, now = new Date()): Promise<TSyncOutcome[]> {
  const outcomes: TSyncOutcome[] = [];
  for (const change of changes) outcomes.push(await syncOne(db, planId, change, by, now));
  return outcomes;
}

async function syncOne(db: TDb, planId: string, change: TSyncChange, by: string, now: Date): Promise<TSyncOutcome> {
  return db.transaction(async (tx) => {
    const [done] = await tx.select().from(planSyncedChange).where(eq(planSyncedChange.clientChangeId, change.clientChangeId));
    if (done) {
      if (done.planId !== planId) throw new AppError('resource.not_found', 404);
      return { ...(done.result as TSyncOutcome), kind: 'unchanged' } as TSyncOutcome;
    }
    const offline = { entityId: change.entityId, baseVersion: change.baseVersion, base: change.base, patch: change.patch, clientId: by, madeAt: change.madeAt };
    let result: TSyncResult<TAction> | TSyncResult<TGoal>;
    if (change.entity === 'action') {
      const [row] = await tx.select().from(planAction).where(eq(planAction.id, change.entityId)).for('update');
      if (!row || row.planId !== planId) throw new AppError('resource.not_found', 404);
      const server = actionOf(row);
      result = applyOfflineChange(server, { ...offline, base: offline.base as TPatch<TAction> | undefined, patch: offline.patch as TPatch<TAction> });
      if (result.kind === 'applied' || result.kind === 'merged') {
        const problems = validateAction(result.entity, { today: romeToday(now), isCreation: false });
        if (problems.length === 0 && result.entity.linkedLessonId !== server.linkedLessonId) problems.push(...(await lessonLinkProblems(tx, result.entity.linkedLessonId)));
        if (problems.length === 0 && result.entity.linkedCallId !== server.linkedCallId) problems.push(...(await callLinkProblems(tx, planId, result.entity.linkedCallId)));
        if (problems.length) return { clientChangeId: change.clientChangeId, kind: 'refused', errors: problems.map((p) => ({ field: p.field, message: p.code })) };
        const a = result.entity;
        await tx.update(planAction).set({ title: a.title, owner: a.owner, dueDate: a.dueDate, status: a.status, linkedLessonId: a.linkedLessonId, linkedCallId: a.linkedCallId, version: a.version, updatedAt: now }).where(eq(planAction.id, a.id));
        await tx.insert(planHistory).values({ planId, entityKind: 'action', entityId: a.id, changes: diffEntity(server, a), by, at: now });
      }
    } else {
      const [row] = await tx.select().from(planGoal).where(eq(planGoal.id, change.entityId)).for('update');
      if (!row || row.planId !== planId) throw new AppError('resource.not_found', 404);
      const server = goalOf(row);
      result = applyOfflineChange(server, { ...offline, base: offline.base as TPatch<TGoal> | undefined, patch: offline.patch as TPatch<TGoal> });
      if (result.kind === 'applied' || result.kind === 'merged') {
        const problems = validateGoal(result.entity, { today: romeToday(now), isCreation: false });
        if (problems.length) return { clientChangeId: change.clientChangeId, kind: 'refused', errors: problems.map((p) => ({ field: p.field, message: p.code })) };
        const g = result.entity;
        const i = g.indicator;
        await tx
          .update(planGoal)
          .set({ title: g.title, status: g.status, indicatorName: i.name, unit: i.unit, baseline: i.baseline, target: i.target, current: i.current, byDate: i.byDate, version: g.version, updatedAt: now })
          .where(eq(planGoal.id, g.id));
        if (i.current !== server.indicator.current) await tx.insert(planReading).values({ goalId: g.id, value: i.current, at: now, by });
        await tx.insert(planHistory).values({ planId, entityKind: 'goal', entityId: g.id, changes: diffEntity(server, g), by, at: now });
      }
    }
    const outcome = { clientChangeId: change.clientChangeId, ...result } as TSyncOutcome;
    // A conflict is not applied, so it is not remembered: sent again, it is judged again.
    if (result.kind !== 'conflict') await tx.insert(planSyncedChange).values({ clientChangeId: change.clientChangeId, planId, result: outcome });
    return outcome;
  });
}
