import { and, desc, eq, isNull, notInArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { fundingCall, fundingImport } from '../../db/schema/index.js';
import type { TComuneLookup } from '../../domain/funding/comune-lookup.js';
import { readCallsText, type TCallsFormat } from '../../domain/funding/read-calls-text.js';
import { romeDayOf } from '../../domain/funding/rome-day.js';
import { saveCalls } from './call-store.js';

/** Calls saved per statement; the progress bar moves once per batch. */
const BATCH = 500;

export interface TIncentiviImportOptions {
  comuni: TComuneLookup;
  fileName?: string | null;
  /** The day the portal published the export (YYYY-MM-DD); shown in the attribution line. */
  snapshotDate?: string | null;
  createdBy?: string | null;
  /** Told after each batch: how many calls are saved of how many. */
  onProgress?: (saved: number, total: number) => void;
}

export type TIncentiviImportResult =
  | { ok: true; importId: string; format: TCallsFormat; snapshotDate: string; total: number; added: number; changed: number; unchanged: number; missing: number }
  | { ok: false; format: TCallsFormat | null; problems: string[] };

/**
 * The day an export was taken: given, else the YYYY-MM-DD in its file name (the portal's
 * downloads and our snapshot are named so), else today in Italy.
 * @example snapshotDateOf(undefined, 'incentivi-gov-it-2025-07-12.json'); // '2025-07-12'
 */
export function snapshotDateOf(given: string | null | undefined, fileName: string | null | undefined, now = new Date()): string {
  if (given) return given;
  const inName = fileName?.match(/(\d{4}-\d{2}-\d{2})/)?.[1];
  return inName ?? romeDayOf(now);
}

/**
 * Applies one Incentivi.gov.it export (JSON or CSV, as the portal publishes it) to the
 * national catalogue, whole or not at all: new records are added, changed ones updated,
 * unchanged ones left alone, and catalogue records the export no longer lists are marked
 * missing (kept, never deleted: follows and plan actions may point at them). Two imports at
 * once wait for each other.
 *
 * @example
 *   const result = await importIncentivi(db, text, { comuni, fileName: 'export.json' });
 *   if (result.ok) console.log(result.added, result.changed, result.unchanged, result.missing);
 */
export async function importIncentivi(db: TDb, text: string, options: TIncentiviImportOptions): Promise<TIncentiviImportResult> {
  const read = readCallsText(text, { comuni: options.comuni, locale: 'en' });
  if (!read.ok) return { ok: false, format: read.format, problems: read.problems };
  if (read.format === 'own-json') {
    return { ok: false, format: read.format, problems: ['file: this is our own calls format ({"calls":[…]}); a sportello imports it among its own calls, not into the national catalogue'] };
  }
  const calls = read.calls;
  const snapshotDate = snapshotDateOf(options.snapshotDate, options.fileName);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('affianco.funding_import'))`);
    const [created] = await tx
      .insert(fundingImport)
      .values({ source: 'incentivi', snapshotDate, fileName: options.fileName ?? null, createdBy: options.createdBy ?? null })
      .returning({ id: fundingImport.id });
    const importId = created!.id;
    const counts = { added: 0, changed: 0, unchanged: 0 };
    for (let start = 0; start < calls.length; start += BATCH) {
      const saved = await saveCalls(tx, calls.slice(start, start + BATCH), { importId, createdBy: options.createdBy ?? null });
      counts.added += saved.added;
      counts.changed += saved.changed;
      counts.unchanged += saved.unchanged;
      options.onProgress?.(Math.min(start + BATCH, calls.length), calls.length);
    }
    const listed = calls.map((call) => call.id);
    const notListed = and(eq(fundingCall.source, 'incentivi'), isNull(fundingCall.sportelloId), notInArray(fundingCall.externalId, listed));
    await tx
      .update(fundingCall)
      .set({ missingSince: sql`now()` })
      .where(and(notListed, isNull(fundingCall.missingSince)));
    const [{ missing } = { missing: 0 }] = await tx.select({ missing: sql<number>`count(*)::int` }).from(fundingCall).where(notListed);
    await tx.update(fundingImport).set({ ...counts, missing }).where(eq(fundingImport.id, importId));
    return { ok: true as const, importId, format: read.format, snapshotDate, total: calls.length, ...counts, missing };
  });
}

export interface TFundingImportSummary {
  id: string;
  source: string;
  snapshotDate: string | null;
  fileName: string | null;
  added: number;
  changed: number;
  unchanged: number;
  missing: number;
  createdAt: Date;
}

/** The latest imports first, for the admin's history. */
export async function listFundingImports(db: TDb, limit = 50): Promise<TFundingImportSummary[]> {
  return db
    .select({
      id: fundingImport.id,
      source: fundingImport.source,
      snapshotDate: fundingImport.snapshotDate,
      fileName: fundingImport.fileName,
      added: fundingImport.added,
      changed: fundingImport.changed,
      unchanged: fundingImport.unchanged,
      missing: fundingImport.missing,
      createdAt: fundingImport.createdAt,
    })
    .from(fundingImport)
    .orderBy(desc(fundingImport.createdAt))
    .limit(limit);
}
