import type { TImportProblem, TIncentiviRecord } from './incentivi-record.js';
import { MAX_IMPORT_PROBLEMS } from './incentivi-record.js';
import { normalizeIncentiviRecord, type TNormalizeOptions } from './normalize-incentivi.js';
import type { TCall } from './types.js';

/**
 * Every record of an export in our shape, or the problems of all those that cannot be
 * read (record index or CSV row, id, field): an import stores a whole file or nothing.
 *
 * @example
 *   const parsed = parseIncentiviCsv(text);
 *   if (parsed.ok) normalizeIncentiviExport(parsed.records, { comuni, rows: parsed.rows });
 */
export function normalizeIncentiviExport(
  records: readonly TIncentiviRecord[],
  options: TNormalizeOptions & { rows?: readonly number[] },
): { ok: true; calls: TCall[] } | { ok: false; problems: TImportProblem[] } {
  const calls: TCall[] = [];
  const problems: TImportProblem[] = [];
  records.forEach((record, index) => {
    if (problems.length >= MAX_IMPORT_PROBLEMS) return;
    const result = normalizeIncentiviRecord(record, options);
    if (result.ok) {
      calls.push(result.call);
      return;
    }
    const where = options.rows ? { row: options.rows[index] } : { record: index };
    for (const p of result.problems) problems.push({ ...where, id: record.ID_Incentivo, field: p.field, message: p.message });
  });
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_IMPORT_PROBLEMS) } : { ok: true, calls };
}
