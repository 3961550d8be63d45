import { createHash } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingCall, fundingRule } from '../../db/schema/index.js';
import { atecoDigits } from '../../domain/funding/normalize-ateco.js';
import type { TCall, TCuratedRule } from '../../domain/funding/types.js';
import { slugify } from '../../shared/slug.js';

type TCallRow = typeof fundingCall.$inferSelect;
type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];
type TDbOrTx = TDb | TTx;

/** Where a batch of calls comes from, stamped on each row. */
export interface TSaveContext {
  importId?: string | null;
  /** A sportello's own calls name it; the national catalogue leaves it null. */
  sportelloId?: string | null;
  createdBy?: string | null;
}

export interface TSaveCounts {
  added: number;
  changed: number;
  unchanged: number;
  /** Row ids by the call's source id, in the order given. */
  ids: Map<string, string>;
}

/**
 * The key a call is unique by within its source. A sportello's own ids are only unique inside
 * that sportello, so they carry its id.
 * @example externalIdOf(call, null); // '1579' for the portal's ID_Incentivo
 */
export function externalIdOf(call: Pick<TCall, 'id' | 'source'>, sportelloId: string | null | undefined): string {
  return call.source === 'sportello' && sportelloId ? `${sportelloId}/${call.id}` : call.id;
}

/**
 * The public address: the title in words, then what makes it unique ("voucher-digitale-1579").
 * @example slugOfCall({ title: 'Voucher digitale', source: 'incentivi' }, '1579'); // 'voucher-digitale-1579'
 */
export function slugOfCall(call: Pick<TCall, 'title' | 'source'>, externalId: string): string {
  const words = slugify(call.title, 60).replace(/-+$/, '') || 'bando';
  const tail = call.source === 'incentivi' ? slugify(externalId, 20) : `s${createHash('sha256').update(externalId).digest('hex').slice(0, 8)}`;
  return `${words}-${tail}`;
}

/** Hash of what the source said: an import tells changed from unchanged by it. */
export function contentHashOf(call: TCall): string {
  const { raw, curatedRules: _rules, ...normalised } = call;
  return createHash('sha256')
    .update(JSON.stringify(raw ?? normalised))
    .digest('hex');
}

/** The row's columns for a call (the finder filters on them; the whole call is in `call`). */
export function rowOfCall(call: TCall, context: TSaveContext = {}) {
  const { raw, curatedRules: _rules, ...normalised } = call;
  const externalId = externalIdOf(call, context.sportelloId);
  return {
    source: call.source,
    externalId,
    sportelloId: context.sportelloId ?? null,
    slug: slugOfCall(call, externalId),
    title: call.title,
    opensDay: call.opensDay,
    closesDay: call.closesDay,
    closing: call.closing,
    national: call.national,
    regions: call.regions,
    kinds: call.kinds as string[],
    areas: call.areas as string[],
    sizes: call.sizes === 'all' ? null : (call.sizes as string[]),
    atecoPrefixes: call.ateco === 'all' ? null : call.ateco.map(atecoDigits),
    grantMax: call.amounts.grantMax === null ? null : Math.min(Math.round(call.amounts.grantMax), 2_147_483_647),
    call: normalised,
    raw: raw ?? null,
    contentHash: contentHashOf(call),
    importId: context.importId ?? null,
    createdBy: context.createdBy ?? null,
  };
}

/**
 * The call back from its row, with the curated rules that apply (national ones, and those of
 * `sportelloId` when given). `id` is the row's id, so links and follows point at it.
 */
export function callOfRow(row: Pick<TCallRow, 'id' | 'call' | 'raw'>, rules: readonly TCuratedRule[] = []): TCall {
  const normalised = row.call as Omit<TCall, 'raw' | 'curatedRules'>;
  return { ...normalised, id: row.id, raw: row.raw, curatedRules: [...rules] };
}

/**
 * Inserts new calls and updates changed ones, by (source, external id), in one statement per
 * batch; unchanged rows are left alone (their `updated_at` says when they last changed). A row
 * seen again is no longer missing. Run it inside the import's transaction for all-or-nothing.
 *
 * @example const { added, changed, unchanged } = await saveCalls(tx, calls, { importId });
 */
export async function saveCalls(db: TDbOrTx, calls: readonly TCall[], context: TSaveContext = {}): Promise<TSaveCounts> {
  const counts: TSaveCounts = { added: 0, changed: 0, unchanged: 0, ids: new Map() };
  for (let start = 0; start < calls.length; start += 500) {
    const batch = calls.slice(start, start + 500).map((call) => rowOfCall(call, context));
    const existing = await db
      .select({ externalId: fundingCall.externalId, contentHash: fundingCall.contentHash })
      .from(fundingCall)
      .where(and(eq(fundingCall.source, batch[0]!.source), inArray(fundingCall.externalId, batch.map((r) => r.externalId))));
    const hashBefore = new Map(existing.map((r) => [r.externalId, r.contentHash]));
    const rows = await db
      .insert(fundingCall)
      .values(batch)
      .onConflictDoUpdate({
        target: [fundingCall.source, fundingCall.externalId],
        set: {
          title: sql`excluded.title`,
          opensDay: sql`excluded.opens_day`,
          closesDay: sql`excluded.closes_day`,
          closing: sql`excluded.closing`,
          national: sql`excluded.national`,
          regions: sql`excluded.regions`,
          kinds: sql`excluded.kinds`,
          areas: sql`excluded.areas`,
          sizes: sql`excluded.sizes`,
          atecoPrefixes: sql`excluded.ateco_prefixes`,
          grantMax: sql`excluded.grant_max`,
          call: sql`excluded.call`,
          raw: sql`excluded.raw`,
          contentHash: sql`excluded.content_hash`,
          importId: sql`excluded.import_id`,
          missingSince: sql`null`,
          updatedAt: sql`case when ${fundingCall.contentHash} = excluded.content_hash then ${fundingCall.updatedAt} else now() end`,
        },
      })
      .returning({ id: fundingCall.id, externalId: fundingCall.externalId });
    for (const row of rows) counts.ids.set(row.externalId, row.id);
    for (const row of batch) {
      const before = hashBefore.get(row.externalId);
      if (before === undefined) counts.added += 1;
      else if (before === row.contentHash) counts.unchanged += 1;
      else counts.changed += 1;
    }
  }
  return counts;
}

/**
 * The curated rules of some calls that apply to a sportello's businesses: the national ones,
 * and the sportello's own when `sportelloId` is given.
 * @example const rules = await rulesByCall(db, [callId], sportelloId); rules.get(callId); // TCuratedRule[]
 */
export async function rulesByCall(db: TDbOrTx, callIds: readonly string[], sportelloId: string | null): Promise<Map<string, TCuratedRule[]>> {
  const byCall = new Map<string, TCuratedRule[]>();
  if (callIds.length === 0) return byCall;
  const rows = await db
    .select({ callId: fundingRule.callId, rule: fundingRule.rule, sportelloId: fundingRule.sportelloId })
    .from(fundingRule)
    .where(inArray(fundingRule.callId, [...callIds]));
  for (const row of rows) {
    if (row.sportelloId !== null && row.sportelloId !== sportelloId) continue;
    byCall.set(row.callId, [...(byCall.get(row.callId) ?? []), row.rule as TCuratedRule]);
  }
  return byCall;
}
