import { eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, fundingCall, plan, planAction } from '../../db/schema/index.js';
import { closesSoon } from '../../domain/funding/rank-calls.js';
import { romeDayOf } from '../../domain/funding/rome-day.js';
import type { TFieldProblem } from '../../domain/plans/validate.js';
import { AppError } from '../../shared/errors.js';
import { statusOn, type TPublicCallStatus } from './call-pages.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** A call an action of the plan links to, as the plan page shows it: title, deadline, where to read it. */
export interface TPlanCall {
  id: string;
  slug: string;
  title: string;
  closesDay: string | null;
  /** 'date' | 'rolling' | 'unknown' (TClosingKind). */
  closing: string;
  /** The closing day is 0 to 14 days away. */
  closesSoon: boolean;
  status: TPublicCallStatus;
}

/**
 * The sportello of the business whose plan this is (null for a business no sportello follows).
 * @example await planSportelloId(db, planId) // 'a1b2…'
 */
export async function planSportelloId(db: TDb | TTx, planId: string): Promise<string | null> {
  const [row] = await db.select({ sportelloId: business.sportelloId }).from(plan).innerJoin(business, eq(business.id, plan.businessId)).where(eq(plan.id, planId));
  if (!row) throw new AppError('resource.not_found', 404);
  return row.sportelloId;
}

/**
 * The field problem of an action's call, if any: the call must exist and be either national
 * (the catalogue) or the own call of the plan's business's sportello; another sportello's own
 * call is refused the same way as a missing one (it is not this plan's to see).
 *
 * @example await callLinkProblems(db, planId, '00000000-0000-4000-8000-000000000000') // [{ field: 'linkedCallId', code: 'unknown_call' }]
 */
export async function callLinkProblems(db: TDb | TTx, planId: string, callId: string | null | undefined): Promise<TFieldProblem[]> {
  if (!callId) return [];
  const [call] = await db.select({ sportelloId: fundingCall.sportelloId }).from(fundingCall).where(eq(fundingCall.id, callId));
  if (!call) return [{ field: 'linkedCallId', code: 'unknown_call' }];
  if (call.sportelloId !== null && call.sportelloId !== (await planSportelloId(db, planId))) return [{ field: 'linkedCallId', code: 'unknown_call' }];
  return [];
}

/**
 * The calls a plan's actions link to, with where each stands on `today` (a Rome day), in one query.
 * @example await planCalls(db, planId, '2026-12-03') // [{ slug: 'fondo-di-garanzia-…', closesDay: '2026-12-31', closesSoon: false, status: 'open', … }]
 */
export async function planCalls(db: TDb, planId: string, today: Date | string = new Date()): Promise<TPlanCall[]> {
  const day = romeDayOf(today);
  const linked = db.select({ id: planAction.linkedCallId }).from(planAction).where(eq(planAction.planId, planId));
  const rows = await db
    .select({ id: fundingCall.id, slug: fundingCall.slug, title: fundingCall.title, opensDay: fundingCall.opensDay, closesDay: fundingCall.closesDay, closing: fundingCall.closing })
    .from(fundingCall)
    .where(inArray(fundingCall.id, linked))
    .orderBy(fundingCall.slug);
  return rows.map((r) => {
    const closing = r.closing as 'date' | 'rolling' | 'unknown';
    return { id: r.id, slug: r.slug, title: r.title, closesDay: r.closesDay, closing, closesSoon: closesSoon({ closing, closesDay: r.closesDay }, day), status: statusOn({ opensDay: r.opensDay, closesDay: r.closesDay, closing }, day) };
  });
}
