import fs from 'node:fs';
import { projectPath } from '../config/paths.js';
import { buildComuneLookup, type TComuneLookup } from '../domain/funding/comune-lookup.js';
import { INCENTIVI_COLUMNS, INCENTIVI_LIST_COLUMNS, type TIncentiviRecord } from '../domain/funding/incentivi-record.js';

/** The real snapshot shipped with the demo (Incentivi.gov.it – MIMIT, IODL 2.0, 12 July 2025). */
export const SNAPSHOT_FILE = projectPath('resources', 'funding', 'incentivi-gov-it-2025-07-12.json');

let cached: TIncentiviRecord[] | undefined;

/** The 369 real records, read once per test file. */
export function snapshotRecords(): TIncentiviRecord[] {
  cached ??= (JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as { response: { docs: TIncentiviRecord[] } }).response.docs;
  return cached;
}

/** One real record by its ID_Incentivo; a test that names a missing id fails loudly. */
export function realRecord(id: string): TIncentiviRecord {
  const found = snapshotRecords().find((r) => r.ID_Incentivo === id);
  if (!found) throw new Error(`No record ${id} in the snapshot`);
  return structuredClone(found);
}

const LIST = new Set<string>(INCENTIVI_LIST_COLUMNS);

function quote(cell: string, delimiter: string): string {
  return cell.includes('"') || cell.includes(delimiter) || cell.includes('\n') || cell.includes('\r') ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * The records as the portal's CSV export writes them: UTF-8 with BOM, the 29 columns, list
 * cells joined with commas (a comma inside a value escaped as `\,`), quotes where needed.
 *
 * @example toIncentiviCsv(snapshotRecords().slice(0, 3), ';');
 */
export function toIncentiviCsv(records: readonly TIncentiviRecord[], delimiter: ';' | ',' = ';', lineEnd = '\r\n'): string {
  const lines = [INCENTIVI_COLUMNS.join(delimiter)];
  for (const record of records) {
    const cells = INCENTIVI_COLUMNS.map((column) => {
      const value = (record as Record<string, unknown>)[column];
      if (value === undefined) return '';
      const text = LIST.has(column) ? (value as string[]).map((v) => v.replace(/,/g, '\\,')).join(',') : String(value);
      return quote(text, delimiter);
    });
    lines.push(cells.join(delimiter));
  }
  return `\uFEFF${lines.join(lineEnd)}${lineEnd}`;
}

let lookup: TComuneLookup | undefined;

/** The comune lookup over the shipped geography (resources/geo), as the CLI builds it. */
export function shippedComuneLookup(): TComuneLookup {
  if (lookup) return lookup;
  const read = <T>(file: string) => JSON.parse(fs.readFileSync(projectPath('resources', 'geo', file), 'utf8')) as T;
  const provinces = read<{ code: string; regionCode: string }[]>('provinces.json');
  const regionByProvince = new Map(provinces.map((p) => [p.code, p.regionCode]));
  const comuni = read<{ istat: string; name: string; provinceCode: string }[]>('comuni.json');
  lookup = buildComuneLookup(comuni.map((c) => ({ istat: c.istat, name: c.name, regionCode: regionByProvince.get(c.provinceCode) ?? '' })));
  return lookup;
}

/**
 * The snapshot normalised and saved, as the demo loads it: the calls' row ids by ID_Incentivo.
 * @example const ids = await seedSnapshotCalls(t.db); ids.get('1579');
 */
export async function seedSnapshotCalls(db: import('../db/client.js').TDb): Promise<Map<string, string>> {
  const { loadFundingGeography } = await import('../services/funding/check-calls.js');
  const { readCallsText } = await import('../domain/funding/read-calls-text.js');
  const { saveCalls } = await import('../services/funding/call-store.js');
  const { comuni } = await loadFundingGeography();
  const read = readCallsText(fs.readFileSync(SNAPSHOT_FILE, 'utf8'), { comuni });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return (await saveCalls(db, read.calls)).ids;
}
