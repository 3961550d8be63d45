import type { TOwnCallProblem } from '../../shared/funding-messages.js';
import { detectDelimiter, readCsv } from './csv.js';
import { readOwnCall } from './own-call.js';
import type { TCall } from './types.js';

/**
 * A sportello's own calls as a spreadsheet (CSV): one call a row, the columns below, in any
 * order; docs/funding-own-calls.md describes them. Each row becomes our own calls format and is
 * checked by readOwnCall, so a CSV and the form refuse the same things.
 */

/** The columns, as the header names them, and the own-call field each fills. */
export const OWN_CALL_COLUMNS = {
  Codice: 'id',
  Titolo: 'title',
  Descrizione: 'description',
  Link: 'link',
  Apertura: 'opensOn',
  Chiusura: 'closesOn',
  A_sportello: 'closing',
  Regioni: 'regions',
  Comuni: 'comuni',
  Dimensioni: 'sizes',
  ATECO: 'ateco',
  Tipo_aiuto: 'kinds',
  Bisogni: 'areas',
  Spesa_min: 'amounts.spendingMin',
  Spesa_max: 'amounts.spendingMax',
  Aiuto_min: 'amounts.grantMin',
  Aiuto_max: 'amounts.grantMax',
  Ente: 'grantingBody',
} as const;

export type TOwnCallColumn = keyof typeof OWN_CALL_COLUMNS;

const REQUIRED_COLUMNS: readonly TOwnCallColumn[] = ['Codice', 'Titolo'];

/** What is wrong with a file before its rows are read as calls. */
export type TCsvFileProblemCode = 'empty' | 'unreadable' | 'cell_count' | 'unknown_column' | 'missing_column' | 'duplicate_column';

/** One problem of a CSV of own calls: a row (the header is row 1) and the column it is in. */
export type TOwnCallsCsvProblem =
  | { row: number; column: string | null; kind: 'file'; code: TCsvFileProblemCode; value?: string }
  | { row: number; column: string | null; kind: 'call'; problem: TOwnCallProblem };

export type TOwnCallsCsvResult = { ok: true; calls: TCall[] } | { ok: false; problems: TOwnCallsCsvProblem[] };

const SIZE_WORDS: Record<string, string> = { micro: 'micro', microimpresa: 'micro', piccola: 'small', small: 'small', media: 'medium', medium: 'medium', grande: 'large', large: 'large' };
const KIND_WORDS: Record<string, string> = {
  contributo: 'grant',
  fondo_perduto: 'grant',
  grant: 'grant',
  prestito: 'loan',
  finanziamento: 'loan',
  loan: 'loan',
  credito_imposta: 'tax_credit',
  agevolazione_fiscale: 'tax_credit',
  tax_credit: 'tax_credit',
  capitale: 'equity',
  equity: 'equity',
  garanzia: 'guarantee',
  guarantee: 'guarantee',
  decontribuzione: 'contribution_relief',
  contribution_relief: 'contribution_relief',
};
const ALL_WORDS = new Set(['tutte', 'tutti', 'all', '*']);
const NATIONAL_WORDS = new Set(['nazionale', 'italia', 'national', 'tutte']);
const YES_WORDS = new Set(['si', 'sì', 'yes', 'x', '1', 'vero', 'true']);

/** A list cell: values split by `,` or `;` (a quoted cell may use the file's delimiter inside). */
function listOf(cell: string): string[] {
  return cell
    .split(/[;,]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const fold = (word: string) => word.trim().toLowerCase().replace(/\s+/g, '_');

/** "1.500,50", "1500.5", "2 000" → a number; anything else stays text, so the check names it. */
function amountOf(cell: string): number | string | null {
  const text = cell.replace(/[\s€]/g, '');
  if (text === '') return null;
  const normal = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : /^\d{1,3}(\.\d{3})+$/.test(text) ? text.replace(/\./g, '') : text;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : cell;
}

/** One row's cells as an own call (our own calls format), before it is checked. */
function inputOfRow(cells: ReadonlyMap<TOwnCallColumn, string>): Record<string, unknown> {
  const get = (column: TOwnCallColumn) => cells.get(column)?.trim() ?? '';
  const input: Record<string, unknown> = { id: get('Codice'), title: get('Titolo') };
  if (get('Descrizione')) input.description = get('Descrizione');
  if (get('Link')) input.link = get('Link');
  if (get('Apertura')) input.opensOn = get('Apertura');
  if (get('Chiusura')) input.closesOn = get('Chiusura');
  else input.closing = YES_WORDS.has(fold(get('A_sportello'))) ? 'rolling' : 'unknown';
  const regions = get('Regioni');
  input.regions = regions === '' || NATIONAL_WORDS.has(fold(regions)) ? 'national' : listOf(regions);
  if (get('Comuni')) input.comuni = listOf(get('Comuni'));
  const sizes = get('Dimensioni');
  input.sizes = sizes === '' || ALL_WORDS.has(fold(sizes)) ? 'all' : listOf(sizes).map((s) => SIZE_WORDS[fold(s)] ?? s);
  const ateco = get('ATECO');
  input.ateco = ateco === '' || ALL_WORDS.has(fold(ateco)) ? 'all' : listOf(ateco);
  input.kinds = listOf(get('Tipo_aiuto')).map((k) => KIND_WORDS[fold(k)] ?? k);
  input.areas = listOf(get('Bisogni')).map(fold);
  const amounts: Record<string, unknown> = {};
  for (const column of ['Spesa_min', 'Spesa_max', 'Aiuto_min', 'Aiuto_max'] as const) {
    const value = amountOf(get(column));
    if (value !== null) amounts[OWN_CALL_COLUMNS[column].slice('amounts.'.length)] = value;
  }
  if (Object.keys(amounts).length) input.amounts = amounts;
  if (get('Ente')) input.grantingBody = get('Ente');
  return input;
}

/** The column a problem's field ("amounts.grantMin", "regions.2") was read from. */
export function columnOfField(field: string): TOwnCallColumn | null {
  for (const [column, path] of Object.entries(OWN_CALL_COLUMNS) as [TOwnCallColumn, string][]) {
    if (field === path || field.startsWith(`${path}.`)) return column;
  }
  if (field === 'amounts') return 'Spesa_min';
  return null;
}

const normaliseHeader = (name: string) => name.replace(/^\uFEFF/, '').trim().toLowerCase();
const COLUMN_BY_HEADER = new Map((Object.keys(OWN_CALL_COLUMNS) as TOwnCallColumn[]).map((c) => [c.toLowerCase(), c]));

/**
 * A CSV of own calls, read whole or refused: every problem names its row (the header is row 1)
 * and column; ids must be unique in the file.
 *
 * @example
 *   readOwnCallsCsv('Codice;Titolo;Apertura;Chiusura;Tipo_aiuto;Bisogni\nv1;Voucher;2026-03-01;2026-02-01;contributo;finance');
 *   // { ok: false, problems: [{ row: 2, column: 'Chiusura', kind: 'call', problem: { field: 'closesOn', code: 'closes_before_opens' } }] }
 */
export function readOwnCallsCsv(text: string): TOwnCallsCsvResult {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return { ok: false, problems: [{ row: 1, column: null, kind: 'file', code: 'empty' }] };
  const read = readCsv(source, detectDelimiter(source));
  if (!read.ok) return { ok: false, problems: [{ row: read.row, column: null, kind: 'file', code: 'unreadable', value: read.message }] };
  const [header, ...rows] = read.rows;
  const problems: TOwnCallsCsvProblem[] = [];
  const columns: (TOwnCallColumn | null)[] = [];
  for (const name of header!.cells) {
    const column = COLUMN_BY_HEADER.get(normaliseHeader(name)) ?? null;
    if (!column) problems.push({ row: header!.row, column: name.trim(), kind: 'file', code: 'unknown_column', value: name.trim() });
    else if (columns.includes(column)) problems.push({ row: header!.row, column, kind: 'file', code: 'duplicate_column', value: column });
    columns.push(column);
  }
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) problems.push({ row: header!.row, column: required, kind: 'file', code: 'missing_column', value: required });
  }
  if (problems.length) return { ok: false, problems };
  if (!rows.length) return { ok: false, problems: [{ row: 2, column: null, kind: 'file', code: 'empty' }] };

  const calls: TCall[] = [];
  const rowOfId = new Map<string, number>();
  for (const { row, cells } of rows) {
    if (cells.length !== columns.length) {
      problems.push({ row, column: null, kind: 'file', code: 'cell_count', value: `${cells.length}/${columns.length}` });
      continue;
    }
    const byColumn = new Map<TOwnCallColumn, string>();
    columns.forEach((column, i) => byColumn.set(column!, cells[i]!));
    const result = readOwnCall(inputOfRow(byColumn));
    if (!result.ok) {
      for (const problem of result.problems) problems.push({ row, column: columnOfField(problem.field), kind: 'call', problem });
      continue;
    }
    if (rowOfId.has(result.call.id)) {
      problems.push({ row, column: 'Codice', kind: 'call', problem: { field: 'id', code: 'duplicate_id', value: result.call.id } });
      continue;
    }
    rowOfId.set(result.call.id, row);
    calls.push(result.call);
  }
  return problems.length ? { ok: false, problems } : { ok: true, calls };
}
