import { and, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { comune, province } from '../../db/schema/geo.js';
import { diffComuni, parseIstatCsv, type TIstatComuneRow, type TIstatCsvError } from '../../domain/geo/istat-csv.js';
import { COMUNI_CHANGED_CHANNEL, reloadComuneIndex } from './comune-search.js';
import { loadCentroids } from './reference-data.js';

export interface TImportComuniReport {
  /** False when anything was wrong: then nothing was written. */
  isApplied: boolean;
  encoding: 'latin1' | 'utf-8';
  /** Comuni in the file. */
  total: number;
  added: { istat: string; name: string; provinceCode: string; coordinates: 'centroid' | 'province-mean' | 'kept' }[];
  renamed: { istat: string; from: string; to: string }[];
  moved: { istat: string; name: string; fromProvince: string; toProvince: string }[];
  removed: { istat: string; name: string }[];
  unchanged: number;
  errors: TIstatCsvError[];
}

export interface TImportComuniOptions {
  /** Called as changes are applied, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Largest share of active comuni one file may retire. A yearly list retires a few dozen;
   * a file that would retire more is almost surely partial (a filtered export), so it is refused.
   */
  maxRemovedShare?: number;
}

const CHUNK = 1000;

/**
 * Applies an official ISTAT list of comuni ("Elenco-comuni-italiani.csv") in one transaction:
 * new comuni are added (coordinates from the shipped centroids, else their province's mean),
 * renamed ones renamed, moved ones moved, missing ones marked inactive. Any bad row, unknown
 * province or a suspiciously large removal leaves the database untouched.
 *
 * @example
 *   const report = await importComuni(db, new Uint8Array(await fs.readFile(file)));
 *   if (!report.isApplied) console.error(report.errors);
 */
export async function importComuni(db: TDb, bytes: Uint8Array, options: TImportComuniOptions = {}): Promise<TImportComuniReport> {
  const parsed = parseIstatCsv(bytes);
  const report: TImportComuniReport = {
    isApplied: false,
    encoding: parsed.encoding,
    total: parsed.rows.length,
    added: [],
    renamed: [],
    moved: [],
    removed: [],
    unchanged: 0,
    errors: [...parsed.errors],
  };
  if (report.errors.length > 0) return report;

  const all = await db
    .select({ istat: comune.istat, name: comune.name, provinceCode: comune.provinceCode, isActive: comune.isActive })
    .from(comune);
  const active = all.filter((c) => c.isActive);
  const inactiveCodes = new Set(all.filter((c) => !c.isActive).map((c) => c.istat));
  const diff = diffComuni<TIstatComuneRow>(active, parsed.rows);

  const provinceCodes = new Set((await db.select({ code: province.code }).from(province)).map((p) => p.code));
  const needsProvince = [...diff.added, ...diff.moved.map((m) => m.incoming)];
  for (const row of needsProvince) {
    if (!provinceCodes.has(row.provinceCode)) {
      report.errors.push({
        line: row.line,
        message: `${row.istat} ${row.name}: province ${row.provinceCode}${row.sigla ? ` (${row.sigla})` : ''} is unknown`,
      });
    }
  }
  const maxShare = options.maxRemovedShare ?? 0.05;
  if (active.length > 0 && diff.removed.length > active.length * maxShare) {
    report.errors.push({
      line: 1,
      message: `the file would retire ${diff.removed.length} of ${active.length} comuni; is it the complete ISTAT list?`,
    });
  }
  report.renamed = diff.renamed.map(({ istat, from, to }) => ({ istat, from, to }));
  report.moved = diff.moved.map((m) => ({ istat: m.istat, name: m.incoming.name, fromProvince: m.fromProvince, toProvince: m.toProvince }));
  report.removed = diff.removed.map(({ istat, name }) => ({ istat, name }));
  report.unchanged = diff.unchanged.length;
  if (report.errors.length > 0) {
    report.errors.sort((a, b) => a.line - b.line);
    return report;
  }

  const centroids = diff.added.length > 0 ? await loadCentroids() : new Map<string, { lat: number; lon: number }>();
  const means = new Map<string, { lat: number; lon: number }>();
  if (diff.added.length > 0) {
    const rows = await db
      .select({ code: comune.provinceCode, lat: sql<number>`avg(${comune.lat})`, lon: sql<number>`avg(${comune.lon})` })
      .from(comune)
      .where(eq(comune.isActive, true))
      .groupBy(comune.provinceCode);
    for (const r of rows) means.set(r.code, { lat: Number(r.lat), lon: Number(r.lon) });
  }

  const reactivated = diff.added.filter((r) => inactiveCodes.has(r.istat));
  const inserted = diff.added.filter((r) => !inactiveCodes.has(r.istat));
  const toInsert: (typeof comune.$inferInsert)[] = [];
  for (const r of inserted) {
    const exact = centroids.get(r.istat);
    const coords = exact ?? means.get(r.provinceCode);
    if (!coords) {
      // A province with no active comune has no mean; refuse rather than invent a point.
      report.errors.push({ line: r.line, message: `${r.istat} ${r.name}: no coordinates, province ${r.provinceCode} has no comuni` });
      continue;
    }
    report.added.push({ istat: r.istat, name: r.name, provinceCode: r.provinceCode, coordinates: exact ? 'centroid' : 'province-mean' });
    toInsert.push({ istat: r.istat, name: r.name, provinceCode: r.provinceCode, lat: coords.lat, lon: coords.lon, isActive: true });
  }
  if (report.errors.length > 0) {
    report.added = [];
    return report;
  }
  for (const r of reactivated) report.added.push({ istat: r.istat, name: r.name, provinceCode: r.provinceCode, coordinates: 'kept' });
  report.added.sort((a, b) => (a.istat < b.istat ? -1 : 1));

  const steps = toInsert.length + reactivated.length + diff.renamed.length + diff.moved.length + diff.removed.length;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, steps);
  };
  options.onProgress?.(0, steps);

  await db.transaction(async (tx) => {
    for (let i = 0; i < toInsert.length; i += CHUNK) {
      const chunk = toInsert.slice(i, i + CHUNK);
      await tx.insert(comune).values(chunk);
      progress(chunk.length);
    }
    for (const r of reactivated) {
      await tx.update(comune).set({ name: r.name, provinceCode: r.provinceCode, isActive: true }).where(eq(comune.istat, r.istat));
      progress(1);
    }
    for (const r of diff.renamed) {
      await tx.update(comune).set({ name: r.to }).where(eq(comune.istat, r.istat));
      progress(1);
    }
    for (const m of diff.moved) {
      await tx.update(comune).set({ provinceCode: m.toProvince }).where(eq(comune.istat, m.istat));
      progress(1);
    }
    const removedCodes = diff.removed.map((c) => c.istat);
    for (let i = 0; i < removedCodes.length; i += CHUNK) {
      const chunk = removedCodes.slice(i, i + CHUNK);
      await tx
        .update(comune)
        .set({ isActive: false })
        .where(and(inArray(comune.istat, chunk), eq(comune.isActive, true)));
      progress(chunk.length);
    }
  });
  report.isApplied = true;
  await reloadComuneIndex(db);
  // Running app instances (and other processes) rebuild their index when told.
  await db.execute(sql`select pg_notify(${COMUNI_CHANGED_CHANNEL}, '')`);
  return report;
}
