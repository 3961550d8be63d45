import { and, asc, eq, isNull, or } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingCall, fundingRule } from '../../db/schema/index.js';
import type { TCuratedRule } from '../../domain/funding/types.js';
import { AppError } from '../../shared/errors.js';

type TRuleRow = typeof fundingRule.$inferSelect;

/** A curated rule as the API shows it: national (`sportelloId` null) or one sportello's reading. */
export interface TCuratedRuleView {
  id: string;
  callId: string;
  sportelloId: string | null;
  rule: TCuratedRule;
  sourceUrl: string;
  createdAt: string;
}

function present(row: TRuleRow): TCuratedRuleView {
  return { id: row.id, callId: row.callId, sportelloId: row.sportelloId, rule: row.rule as TCuratedRule, sourceUrl: row.sourceUrl, createdAt: row.createdAt.toISOString() };
}

/**
 * The call curated rules are written on, with who it belongs to (null: the national catalogue).
 * @example const call = await callForRules(db, callId); // { id, sportelloId: null }
 */
export async function callForRules(db: TDb, callId: string): Promise<{ id: string; sportelloId: string | null; link: string | null }> {
  const [row] = await db.select({ id: fundingCall.id, sportelloId: fundingCall.sportelloId, call: fundingCall.call }).from(fundingCall).where(eq(fundingCall.id, callId));
  if (!row) throw new AppError('resource.not_found', 404);
  return { id: row.id, sportelloId: row.sportelloId, link: (row.call as { link?: string | null }).link ?? null };
}

/**
 * A call's curated rules in one scope: the national ones, and a sportello's own when named.
 * @example const rules = await listCuratedRules(db, callId, sportelloId);
 */
export async function listCuratedRules(db: TDb, callId: string, sportelloId: string | null): Promise<TCuratedRuleView[]> {
  const scope = sportelloId ? or(isNull(fundingRule.sportelloId), eq(fundingRule.sportelloId, sportelloId)) : isNull(fundingRule.sportelloId);
  const rows = await db.select().from(fundingRule).where(and(eq(fundingRule.callId, callId), scope)).orderBy(asc(fundingRule.createdAt));
  return rows.map(present);
}

/**
 * Adds a curated rule (its `sourceUrl` is where the bando says it).
 * @example await addCuratedRule(db, { callId, sportelloId: null, rule: { fact: 'maxEmployees', value: 249, sourceUrl }, by });
 */
export async function addCuratedRule(db: TDb, options: { callId: string; sportelloId: string | null; rule: TCuratedRule; by: string }): Promise<TCuratedRuleView> {
  const [row] = await db
    .insert(fundingRule)
    .values({ callId: options.callId, sportelloId: options.sportelloId, rule: options.rule, sourceUrl: options.rule.sourceUrl, createdBy: options.by })
    .returning();
  return present(row!);
}

/**
 * One rule of a call, to check who may remove it; not found when it is not that call's.
 * @example const rule = await getCuratedRule(db, callId, ruleId);
 */
export async function getCuratedRule(db: TDb, callId: string, ruleId: string): Promise<TCuratedRuleView> {
  const [row] = await db.select().from(fundingRule).where(and(eq(fundingRule.id, ruleId), eq(fundingRule.callId, callId)));
  if (!row) throw new AppError('resource.not_found', 404);
  return present(row);
}

/** Removes a rule. @example await deleteCuratedRule(db, ruleId); */
export async function deleteCuratedRule(db: TDb, ruleId: string): Promise<void> {
  await db.delete(fundingRule).where(eq(fundingRule.id, ruleId));
}
