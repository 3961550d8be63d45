import { and, arrayContains, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, fundingCall, fundingRule, sportello } from '../../db/schema/index.js';
import { closesSoon } from '../../domain/funding/rank-calls.js';
import { addDays, daysBetween, romeDayOf } from '../../domain/funding/rome-day.js';
import type { TCall, TCuratedRule, TFundingKind } from '../../domain/funding/types.js';
import { findDivision } from '../../domain/geo/ateco.js';
import type { TArea } from '../../shared/areas.js';
import { AppError } from '../../shared/errors.js';
import { amountWords, datesWords, kindWords, ruleWords, sectorWords, sizesWords, splitDescription, subjectWords, territoryWords } from '../../shared/funding-call-words.js';
import type { TLocale } from '../../shared/locale.js';
import { REGIONS } from '../../shared/regions.js';
import { incentiviAttribution } from './attribution.js';

/** Where a call stands on the day asked: dated ones open, upcoming or closed; the others rolling or unknown. */
export type TPublicCallStatus = 'open' | 'upcoming' | 'closed' | 'rolling' | 'unknown';

/** Who the data shown comes from, as IODL 2.0 asks: named, with the licence linked. A sportello's own call names the sportello. */
export type TAttribution = { source: string; licence: string | null; licenceUrl: string | null; snapshotDate: string | null };

export interface TCallListQuery {
  q?: string;
  kind?: TFundingKind;
  region?: string;
  area?: TArea;
  /** Only calls whose closing day is at most this many days away (dated calls only). */
  closingWithinDays?: number;
  /** Closed calls too, after the others (most recently closed first). */
  includeClosed?: boolean;
  page?: number;
  pageSize?: number;
}

export interface TCallSummary {
  /** The row's id: follows, curated rules and plan actions point at it. */
  id: string;
  slug: string;
  title: string;
  source: 'incentivi' | 'sportello';
  sportelloName: string | null;
  grantingBody: string | null;
  kinds: TFundingKind[];
  areas: string[];
  national: boolean;
  regions: string[];
  opensDay: string | null;
  closesDay: string | null;
  closing: 'date' | 'rolling' | 'unknown';
  status: TPublicCallStatus;
  closesSoon: boolean;
  /** Days left to the closing day (0 on the day itself); null when closed or undated. */
  daysLeft: number | null;
  grantMax: number | null;
  /** "Chiude il 31 dicembre 2025." / "A sportello: …" / "Da verificare: …" */
  closesText: string;
}

export interface TCallPage {
  items: TCallSummary[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
  /** The day the statuses are for (Rome). */
  today: string;
  attribution: TAttribution;
}

export interface TCallView extends TCallSummary {
  description: { what: string; who: string | null; offers: string | null };
  link: string | null;
  who: { sizes: string; territory: string[]; sectors: string[]; subjects: string[] };
  howMuch: { grant: string; spending: string; grantMin: number | null; grantMax: number | null; spendingMin: number | null; spendingMax: number | null };
  kindsText: string[];
  dates: { opensOn: string | null; closesOn: string | null; opensText: string | null; closesText: string; note: string | null };
  rules: { text: string; sourceUrl: string }[];
  /** Set when the catalogue no longer lists the call (a later import left it out). */
  missingSince: string | null;
  updatedAt: string;
  today: string;
  attribution: TAttribution;
}

/** Whole pages of the list (the finder shows 20 at a time). */
export const CALL_PAGE_SIZE = 20;

/** Where a call stands on `today` (a Rome day). */
export function statusOn(call: Pick<TCall, 'opensDay' | 'closesDay' | 'closing'>, today: string): TPublicCallStatus {
  if (call.closing === 'date' && call.closesDay && call.closesDay < today) return 'closed';
  if (call.opensDay && call.opensDay > today) return 'upcoming';
  if (call.closing === 'date' && call.closesDay) return 'open';
  return call.closing === 'rolling' ? 'rolling' : 'unknown';
}

type TRow = typeof fundingCall.$inferSelect & { sportelloName: string | null };

function summaryOf(row: TRow, today: string, locale: TLocale): TCallSummary {
  const call = row.call as Omit<TCall, 'raw' | 'curatedRules'>;
  const status = statusOn(call, today);
  const isDated = call.closing === 'date' && call.closesDay !== null;
  return {
    id: row.id,
    slug: row.slug,
    title: call.title,
    source: row.source === 'sportello' ? 'sportello' : 'incentivi',
    sportelloName: row.sportelloName,
    grantingBody: call.grantingBody,
    kinds: call.kinds,
    areas: call.areas,
    national: call.national,
    regions: call.regions,
    opensDay: call.opensDay,
    closesDay: call.closesDay,
    closing: call.closing,
    status,
    closesSoon: closesSoon(call, today),
    daysLeft: isDated && status !== 'closed' ? daysBetween(today, call.closesDay!) : null,
    grantMax: call.amounts.grantMax,
    closesText: datesWords(call, locale).closes,
  };
}

const withSportello = {
  row: fundingCall,
  sportelloName: sportello.name,
};

/**
 * The public list of calls: open and upcoming first (the nearest closing, the soonest opening),
 * then rolling and undated ones, then (when asked) the closed, most recently closed first.
 * Calls the catalogue no longer lists are left out.
 *
 * @example await listPublicCalls(db, { region: '16', kind: 'grant' }, { today: '2025-07-12', locale: 'it' })
 */
export async function listPublicCalls(db: TDb, query: TCallListQuery, options: { today?: Date | string; locale: TLocale }): Promise<TCallPage> {
  const today = romeDayOf(options.today ?? new Date());
  const pageSize = Math.min(Math.max(query.pageSize ?? CALL_PAGE_SIZE, 1), 50);
  const page = Math.max(query.page ?? 1, 1);
  const isClosed = sql`(${fundingCall.closing} = 'date' and ${fundingCall.closesDay} < ${today})`;
  const filters: (SQL | undefined)[] = [isNull(fundingCall.missingSince)];
  if (query.q) filters.push(ilike(fundingCall.title, `%${query.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`));
  if (query.kind) filters.push(arrayContains(fundingCall.kinds, [query.kind]));
  if (query.area) filters.push(arrayContains(fundingCall.areas, [query.area]));
  if (query.region) filters.push(or(eq(fundingCall.national, true), arrayContains(fundingCall.regions, [query.region])));
  if (query.closingWithinDays !== undefined) {
    filters.push(sql`${fundingCall.closing} = 'date' and ${fundingCall.closesDay} between ${today} and ${addDays(today, query.closingWithinDays)}`);
  }
  if (!query.includeClosed) filters.push(sql`not ${isClosed}`);
  const bucket = sql`case when ${isClosed} then 4 when ${fundingCall.opensDay} > ${today} then 1 when ${fundingCall.closing} = 'date' then 0 when ${fundingCall.closing} = 'rolling' then 2 else 3 end`;
  const rows = await db
    .select({ ...withSportello, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(fundingCall)
    .leftJoin(sportello, eq(sportello.id, fundingCall.sportelloId))
    .where(and(...filters))
    .orderBy(
      asc(bucket),
      sql`case when ${bucket} = 0 then ${fundingCall.closesDay} end asc nulls last`,
      sql`case when ${bucket} = 1 then ${fundingCall.opensDay} end asc nulls last`,
      sql`case when ${bucket} = 4 then ${fundingCall.closesDay} end desc nulls last`,
      asc(fundingCall.title),
      asc(fundingCall.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const total = rows[0]?.total ?? (page > 1 ? await countCalls(db, filters) : 0);
  return {
    items: rows.map((r) => summaryOf({ ...r.row, sportelloName: r.sportelloName }, today, options.locale)),
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    total,
    today,
    attribution: await incentiviAttribution(db),
  };
}

async function countCalls(db: TDb, filters: (SQL | undefined)[]): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(fundingCall).where(and(...filters));
  return row?.n ?? 0;
}

const regionName = (code: string) => REGIONS.find((r) => r.code === code)?.name ?? code;

/** The comuni a call is limited to, by name: those matched (alphabetical), then those written as the source wrote them. */
async function comuneNames(db: TDb, comuni: TCall['comuni']): Promise<string[] | null> {
  if (comuni === 'all') return null;
  const rows = comuni.istat.length ? await db.select({ name: comune.name }).from(comune).where(inArray(comune.istat, comuni.istat)) : [];
  return [...rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'it')), ...comuni.unmatched];
}

/** The portal's kinds of applicant (`Tipologia_Soggetto`), kept in the raw record. */
function subjectsOf(raw: unknown): string[] {
  const value = (raw as { Tipologia_Soggetto?: unknown } | null)?.Tipologia_Soggetto;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * One call in plain words for its public page, by its address; the curated rules shown are the
 * national ones (a sportello's own readings are for its businesses). A call that is not there
 * is `resource.not_found` (404).
 *
 * @example await getPublicCall(db, 'voucher-digitale-1579', { locale: 'it' })
 */
export async function getPublicCall(db: TDb, slug: string, options: { today?: Date | string; locale: TLocale }): Promise<TCallView> {
  const today = romeDayOf(options.today ?? new Date());
  const [found] = await db.select(withSportello).from(fundingCall).leftJoin(sportello, eq(sportello.id, fundingCall.sportelloId)).where(eq(fundingCall.slug, slug)).limit(1);
  if (!found) throw new AppError('resource.not_found', 404);
  const row: TRow = { ...found.row, sportelloName: found.sportelloName };
  const call = row.call as Omit<TCall, 'raw' | 'curatedRules'>;
  const { locale } = options;
  const ruleRows = await db
    .select({ rule: fundingRule.rule, sourceUrl: fundingRule.sourceUrl })
    .from(fundingRule)
    .where(and(eq(fundingRule.callId, row.id), isNull(fundingRule.sportelloId)))
    .orderBy(asc(fundingRule.createdAt));
  const dates = datesWords(call, locale);
  const attribution: TAttribution =
    row.source === 'sportello'
      ? { source: row.sportelloName ?? (locale === 'it' ? 'Lo sportello' : 'The sportello'), licence: null, licenceUrl: null, snapshotDate: null }
      : await incentiviAttribution(db);
  return {
    ...summaryOf(row, today, locale),
    description: splitDescription(call.description ?? ''),
    link: call.link,
    who: {
      sizes: sizesWords(call.sizes, locale),
      territory: territoryWords({ national: call.national, regions: call.regions.map(regionName), abroad: call.abroad, comuni: await comuneNames(db, call.comuni) }, locale),
      sectors: sectorWords(call.ateco, call.atecoVersion, (division) => findDivision(division)?.[locale] ?? null, locale),
      subjects: subjectWords(subjectsOf(row.raw), locale),
    },
    howMuch: {
      grant: amountWords(call.amounts.grantMin, call.amounts.grantMax, locale),
      spending: amountWords(call.amounts.spendingMin, call.amounts.spendingMax, locale),
      ...call.amounts,
    },
    kindsText: call.kinds.map((k) => kindWords(k, locale)),
    dates: { opensOn: call.opensOn, closesOn: call.closesOn, opensText: dates.opens, closesText: dates.closes, note: call.closingNote },
    rules: ruleRows.map((r) => ({ text: ruleWords(r.rule as TCuratedRule, locale), sourceUrl: r.sourceUrl })),
    missingSince: row.missingSince?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    today,
    attribution,
  };
}

/**
 * Every call page a crawler should list: those the catalogue still has, with the day they last changed.
 * @example (await listCallsForSitemap(db))[0] // { slug: 'voucher-digitale-1579', updatedAt: Date }
 */
export async function listCallsForSitemap(db: TDb): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.select({ slug: fundingCall.slug, updatedAt: fundingCall.updatedAt }).from(fundingCall).where(isNull(fundingCall.missingSince)).orderBy(desc(fundingCall.updatedAt), asc(fundingCall.slug));
}
