import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingCall } from '../../db/schema/index.js';
import { checkEligibility } from '../../domain/funding/check-eligibility.js';
import { ATECO_DIVISIONS } from '../../domain/geo/ateco.js';
import type { TBusiness, TCall, TSizeClass, TVerdict } from '../../domain/funding/types.js';
import { AppError } from '../../shared/errors.js';
import type { TBusinessFact } from '../../shared/funding-messages.js';
import type { TLocale } from '../../shared/locale.js';
import { fundingFactsOf } from './business-facts.js';
import { callOfRow, rulesByCall } from './call-store.js';

type TCallRow = typeof fundingCall.$inferSelect;

/** Persons employed below which a class can still be reached (EU 2003/361: the headcount must fit). */
const HEADCOUNT_BELOW: Record<TSizeClass, number | null> = { micro: 10, small: 50, medium: 250, large: null };
const DIVISIONS = new Set(ATECO_DIVISIONS.map((d) => d.code));

/** One of the sportello's businesses that may apply for the call. */
export interface TQualifyingBusiness {
  id: string;
  name: string;
  comuneName: string;
  verdict: Exclude<TVerdict, 'not_eligible'>;
  /** The facts the business has not given that would settle a `to_verify`. */
  missing: TBusinessFact[];
  /** The open questions in words (a missing fact, an unclear list), without the bando reminder. */
  questions: string[];
  invited: boolean;
  /** Someone of the business has an e-mail an invitation can go to. */
  hasContact: boolean;
}

/**
 * The call a sportello works with: a national one (imported) or its own; another sportello's
 * own call is not found.
 * @example const row = await callForSportello(db, sportelloId, callId);
 */
export async function callForSportello(db: TDb, sportelloId: string, callId: string): Promise<TCallRow> {
  const [row] = await db
    .select()
    .from(fundingCall)
    .where(and(eq(fundingCall.id, callId), or(isNull(fundingCall.sportelloId), eq(fundingCall.sportelloId, sportelloId))));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/**
 * The SQL conditions no qualifying business can miss: the call's regions and comuni (through
 * the business's comune and its province), its ATECO prefixes, and its size classes through the
 * headcount. A business missing a fact passes (the check then says to verify). Each is a
 * superset of what checkEligibility admits, which decides.
 */
export function prefilterOf(call: TCall): SQL[] {
  const where: SQL[] = [];
  if (!call.national) where.push(sql`p.region_code = any(${sql.param(call.regions)}::text[])`);
  if (call.comuni !== 'all' && call.comuni.unmatched.length === 0) where.push(sql`b.comune_istat = any(${sql.param(call.comuni.istat)}::text[])`);
  // A list with a division ATECO 2025 no longer has asks rather than refuses: no SQL cut then.
  if (call.ateco !== 'all' && call.ateco.every((prefix) => DIVISIONS.has(prefix.slice(0, 2)))) {
    const patterns = call.ateco.map((prefix) => `${prefix.replace(/\D/g, '')}%`);
    where.push(sql`(coalesce(b.ateco_code, b.ateco_division) is null or regexp_replace(coalesce(b.ateco_code, b.ateco_division), '\\D', '', 'g') like any(${sql.param(patterns)}::text[]))`);
  }
  if (call.sizes !== 'all') {
    const bounds = call.sizes.map((s) => HEADCOUNT_BELOW[s]);
    if (!bounds.includes(null)) where.push(sql`(b.employees is null or b.employees < ${Math.max(...(bounds as number[]))})`);
  }
  return where;
}

interface TBusinessRow extends Record<string, unknown> {
  id: string;
  name: string;
  comune_istat: string;
  comune_name: string;
  region_code: string;
  ateco_code: string | null;
  ateco_division: string | null;
  employees: number | null;
  annual_turnover_eur: string | number | null;
  balance_sheet_eur: string | number | null;
  founded_on: string | null;
  legal_form: string | null;
  invited: boolean;
  has_contact: boolean;
}

/** The raw row in the shape every reader of funding facts shares (business-facts.ts). */
function businessOfRow(row: TBusinessRow): TBusiness {
  return fundingFactsOf({
    comuneIstat: row.comune_istat,
    regionCode: row.region_code,
    atecoCode: row.ateco_code,
    atecoDivision: row.ateco_division,
    employees: row.employees,
    annualTurnoverEur: row.annual_turnover_eur,
    balanceSheetEur: row.balance_sheet_eur,
    foundedOn: row.founded_on,
    legalForm: row.legal_form,
  });
}

const VERDICT_ORDER = { eligible: 0, to_verify: 1 } as const;

/**
 * The sportello's businesses that may apply for a call on `today`: an SQL prefilter (territory,
 * ATECO, headcount) then the domain's checkEligibility with the call's curated rules (national
 * and the sportello's); eligible first, then to verify, each by name. `businessIds` narrows it.
 *
 * @example const items = await qualifyingBusinesses(db, { sportelloId, callId, locale: 'it' });
 */
export async function qualifyingBusinesses(
  db: TDb,
  options: { sportelloId: string; callId: string; locale: TLocale; today?: Date | string; businessIds?: readonly string[] },
): Promise<TQualifyingBusiness[]> {
  const row = await callForSportello(db, options.sportelloId, options.callId);
  const rules = await rulesByCall(db, [row.id], options.sportelloId);
  const call = callOfRow(row, rules.get(row.id) ?? []);
  const today = options.today ?? new Date();
  const where = [sql`b.sportello_id = ${options.sportelloId}`, ...prefilterOf(call)];
  if (options.businessIds) where.push(sql`b.id = any(${sql.param([...options.businessIds])}::uuid[])`);
  const result = await db.execute<TBusinessRow>(sql`
    select b.id, b.name, b.comune_istat, c.name as comune_name, p.region_code, b.ateco_code, b.ateco_division, b.employees,
      b.annual_turnover_eur, b.balance_sheet_eur, b.founded_on::text as founded_on, b.legal_form,
      exists (select 1 from funding_invitation i where i.call_id = ${row.id} and i.business_id = b.id) as invited,
      exists (select 1 from business_member m join "user" u on u.id = m.user_id where m.business_id = b.id and u.email <> '') as has_contact
    from business b
    join comune c on c.istat = b.comune_istat
    join province p on p.code = c.province_code
    where ${sql.join(where, sql` and `)}`);
  const items: TQualifyingBusiness[] = [];
  for (const b of result.rows) {
    const check = checkEligibility(businessOfRow(b), call, today, options.locale);
    if (check.verdict === 'not_eligible') continue;
    items.push({
      id: b.id,
      name: b.name,
      comuneName: b.comune_name,
      verdict: check.verdict,
      missing: check.missing,
      questions: check.reasons.filter((r) => r.ok === null && r.code !== 'prose.to_verify').map((r) => r.text),
      invited: b.invited,
      hasContact: b.has_contact,
    });
  }
  return items.sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || a.name.localeCompare(b.name, 'it'));
}
