import { detectDelimiter, readCsv, splitListCell } from './csv.js';
import { INCENTIVI_LIST_COLUMNS, type TParseIncentiviResult } from './incentivi-record.js';
import { checkIncentiviRecords } from './parse-incentivi-json.js';

const LIST = new Set<string>(INCENTIVI_LIST_COLUMNS);
const REQUIRED = ['ID_Incentivo', 'Titolo'];

/**
 * Reads the portal's CSV export: UTF-8 with or without BOM, `;` or `,` (found from the
 * header), quoted cells, multi-valued cells joined with commas (`\,` inside a value).
 * Empty cells are absent values, as in the JSON export. A refusal names the row (the
 * header is row 1) and the field; one broken row refuses the whole file.
 *
 * @example
 *   parseIncentiviCsv('\uFEFFID_Incentivo;Titolo;Regioni\r\n3730;Credito agrario;Abruzzo\r\n');
 *   // { ok: true, records: [{ ID_Incentivo: '3730', Titolo: 'Credito agrario', Regioni: ['Abruzzo'] }] }
 */
export function parseIncentiviCsv(text: string): TParseIncentiviResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, problems: [{ message: 'the file is empty' }] };
  const read = readCsv(body, detectDelimiter(body));
  if (!read.ok) return { ok: false, problems: [{ row: read.row, message: read.message }] };
  const [header, ...rows] = read.rows;
  const columns = header!.cells.map((c) => c.trim());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) return { ok: false, problems: [{ row: 1, field: missing[0], message: `the header has no ${missing.join(' and ')} column: is this the portal's export?` }] };
  const repeated = columns.find((c, i) => columns.indexOf(c) !== i);
  if (repeated) return { ok: false, problems: [{ row: 1, field: repeated, message: 'this column appears twice in the header' }] };

  const wrongWidth = rows.find((r) => r.cells.length !== columns.length);
  if (wrongWidth) {
    return { ok: false, problems: [{ row: wrongWidth.row, message: `${wrongWidth.cells.length} cells where the header has ${columns.length}` }] };
  }
  const values = rows.map((r) => {
    const record: Record<string, string | string[]> = {};
    r.cells.forEach((cell, i) => {
      const column = columns[i]!;
      if (cell === '') return;
      record[column] = LIST.has(column) ? splitListCell(cell) : cell;
    });
    return record;
  });
  const checked = checkIncentiviRecords(values, (index) => ({ row: rows[index]!.row }));
  return checked.ok ? { ...checked, rows: rows.map((r) => r.row) } : checked;
}
