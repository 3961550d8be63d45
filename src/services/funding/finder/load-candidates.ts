import { and, eq, gte, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { fundingCall } from '../../../db/schema/index.js';
import { ATECO_DIVISIONS } from '../../../domain/geo/ateco.js';
import { RECENT_GRACE_DAYS } from '../../../domain/funding/finder.js';
import { addDays } from '../../../domain/funding/rome-day.js';
import { atecoDigits } from '../../../domain/funding/normalize-ateco.js';
import type { TCall, TFundingKind, TSizeClass } from '../../../domain/funding/types.js';
import { callOfRow, rulesByCall } from '../call-store.js';

/** What narrows the calls before any is checked; each is optional. */
export interface TCandidateQuery {
  /** Rome day the check is made on. */
  today: string;
  /** The business's region: only national calls and that region's. Null: no territory filter. */
  regionCode: string | null;
  /** The size classes a call may list (sizeClassesToAsk); null: no size filter. */
  sizes: TSizeClass[] | null;
  /** The business's ATECO code; null: no sector filter. */
  atecoCode: string | null;
  /** A sportello's own calls join the national catalogue for its businesses. */
  sportelloId: string | null;
  /** Also calls closed at most RECENT_GRACE_DAYS ago ("chiusi di recente"). */
  includeRecent?: boolean;
  kind?: TFundingKind;
  /** The most a call grants is at least this, in euro. */
  minAmount?: number;
  /** Dated calls closing from today to this many days on. */
  closingWithinDays?: number;
  territory?: 'region' | 'national';
}

export interface TCandidate {
  call: TCall;
  slug: string;
}

const textArray = (values: readonly string[]): SQL => sql`array[${sql.join(
  values.map((v) => sql`${v}`),
  sql`, `,
)}]::text[]`;

const DIVISION_CODES = ATECO_DIVISIONS.map((d) => d.code);

/** The SQL prefilter on the funding_call columns; the pure check then decides each call. */
function conditionsOf(q: TCandidateQuery): SQL[] {
  const where: (SQL | undefined)[] = [
    isNull(fundingCall.missingSince),
    q.sportelloId ? or(isNull(fundingCall.sportelloId), eq(fundingCall.sportelloId, q.sportelloId)) : isNull(fundingCall.sportelloId),
  ];
  if (q.regionCode) where.push(or(eq(fundingCall.national, true), sql`${q.regionCode} = any(${fundingCall.regions})`));
  if (q.territory === 'national') where.push(eq(fundingCall.national, true));
  if (q.territory === 'region') where.push(eq(fundingCall.national, false));
  if (q.sizes) where.push(or(isNull(fundingCall.sizes), sql`${fundingCall.sizes} && ${textArray(q.sizes)}`));
  if (q.atecoCode) {
    // A prefix of the business's code matches; a list holding a division ATECO 2025 no longer
    // has is kept too, since the check then asks instead of refusing.
    where.push(
      or(
        isNull(fundingCall.atecoPrefixes),
        sql`exists (select 1 from unnest(${fundingCall.atecoPrefixes}) p where ${atecoDigits(q.atecoCode)} like p || '%' or not (left(p, 2) = any(${textArray(DIVISION_CODES)})))`,
      ),
    );
  }
  const earliest = q.includeRecent ? addDays(q.today, -RECENT_GRACE_DAYS) : q.today;
  where.push(or(sql`${fundingCall.closing} <> 'date'`, isNull(fundingCall.closesDay), gte(fundingCall.closesDay, earliest)));
  if (q.closingWithinDays !== undefined) {
    where.push(and(eq(fundingCall.closing, 'date'), gte(fundingCall.closesDay, q.today), lte(fundingCall.closesDay, addDays(q.today, q.closingWithinDays))));
  }
  if (q.kind) where.push(sql`${q.kind} = any(${fundingCall.kinds})`);
  if (q.minAmount !== undefined && q.minAmount > 0) where.push(gte(fundingCall.grantMax, Math.min(Math.round(q.minAmount), 2_147_483_647)));
  return where.filter((c): c is SQL => c !== undefined);
}

/**
 * The calls that may concern a business, read with their curated rules (national ones and
 * the sportello's own): not withdrawn, for its region or national, for its size class, its
 * sector, not closed (or closed recently when asked), and the filters chosen.
 *
 * @example const candidates = await loadCandidateCalls(db, { today: '2025-07-12', regionCode: '08', sizes: ['micro', 'small'], atecoCode: '56.10.11', sportelloId: null });
 */
export async function loadCandidateCalls(db: TDb, q: TCandidateQuery): Promise<TCandidate[]> {
  const rows = await db
    .select({ id: fundingCall.id, call: fundingCall.call, slug: fundingCall.slug })
    .from(fundingCall)
    .where(and(...conditionsOf(q)));
  const rules = await rulesByCall(
    db,
    rows.map((r) => r.id),
    q.sportelloId,
  );
  // The source's record is not needed to check or show a call: leave it out of the answer.
  return rows.map((row) => ({ call: callOfRow({ ...row, raw: null }, rules.get(row.id) ?? []), slug: row.slug }));
}
