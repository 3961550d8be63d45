import { MAX_IMPORT_PROBLEMS, readIncentiviRecord, type TImportProblem, type TIncentiviRecord, type TParseIncentiviResult } from './incentivi-record.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id as written, for naming a record whose shape is wrong. */
function idOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.ID_Incentivo === 'string' ? value.ID_Incentivo : undefined;
}

/**
 * Checks records one by one and refuses them all when any is wrong or an id repeats:
 * an import stores a whole file or nothing.
 */
export function checkIncentiviRecords(values: readonly unknown[], where: (index: number) => Pick<TImportProblem, 'record' | 'row'>): TParseIncentiviResult {
  const records: TIncentiviRecord[] = [];
  const problems: TImportProblem[] = [];
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    if (problems.length >= MAX_IMPORT_PROBLEMS) return;
    const read = readIncentiviRecord(value);
    if (!read.ok) {
      for (const p of read.problems) problems.push({ ...where(index), id: idOf(value), field: p.field, message: p.message });
      return;
    }
    const id = read.record.ID_Incentivo.trim();
    const first = seen.get(id);
    if (first !== undefined) {
      const earlier = where(first);
      problems.push({ ...where(index), id, field: 'ID_Incentivo', message: `the same ID_Incentivo as ${earlier.row !== undefined ? `row ${earlier.row}` : `record ${earlier.record}`}` });
      return;
    }
    seen.set(id, index);
    records.push(read.record);
  });
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_IMPORT_PROBLEMS) } : { ok: true, records };
}

/**
 * Reads the portal's JSON export, `{"response":{"docs":[…]}}`; a refusal names the record
 * (its index in `docs` and its ID_Incentivo) and the field.
 *
 * @example
 *   parseIncentiviJson('{"response":{"docs":[{"ID_Incentivo":"1","Titolo":"Voucher"}]}}'); // { ok: true, records: [...] }
 *   parseIncentiviJson('{"docs":[]}'); // { ok: false, problems: [{ field: 'response.docs', ... }] }
 */
export function parseIncentiviJson(text: string): TParseIncentiviResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, problems: [{ message: `not valid JSON: ${(err as Error).message}` }] };
  }
  const docs = isRecord(json) && isRecord(json.response) ? json.response.docs : undefined;
  if (!Array.isArray(docs)) return { ok: false, problems: [{ field: 'response.docs', message: 'not the portal’s export: expected {"response":{"docs":[…]}}' }] };
  return checkIncentiviRecords(docs, (index) => ({ record: index }));
}
