import { createHmac, randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';

/*
 * A list exported as a table: the columns say how to read a row, which columns are personal
 * data, and how each cell is written. Shared by the CSV and the XLSX writers so both files of the
 * same list always hold the same cells.
 */

export type TCell = string | number | boolean | Date | null | undefined;

export interface TExportColumn<R> {
  /** The column's heading, already in the viewer's language. */
  header: string;
  value: (row: R) => TCell;
  /**
   * Personal data (a name, an e-mail, a phone, a free text that can name someone). For a viewer
   * who may not see personal data the cell is replaced by a pseudonym.
   */
  personal?: boolean;
  /** Width in characters for the spreadsheet; a guess from the heading otherwise. */
  width?: number;
}

export type TRows<R> = Iterable<R> | AsyncIterable<R>;

const ROME = 'Europe/Rome';

/**
 * Replaces personal values by pseudonyms that are stable within one export (the same person is
 * "P-3f9a1c2e" on every line, so rows can still be counted per person) and unlinkable across
 * exports: the key is random and thrown away with the file.
 */
export function makePseudonymiser(key: Buffer = randomBytes(32)): (value: TCell) => string | null {
  return (value) => {
    if (value === null || value === undefined || value === '') return null;
    const text = value instanceof Date ? value.toISOString() : String(value).trim().toLowerCase();
    return `P-${createHmac('sha256', key).update(text).digest('hex').slice(0, 8)}`;
  };
}

/**
 * A date as wall-clock time in Europe/Rome, whatever the server's zone: "2026-03-29 10:05".
 * @example romeDateTime(new Date('2026-07-01T08:30:00Z')) // '2026-07-01 10:30'
 */
export function romeDateTime(value: Date): string {
  return DateTime.fromJSDate(value, { zone: ROME }).toFormat('yyyy-MM-dd HH:mm');
}

/**
 * The same instant as a Date whose UTC fields are Rome's wall clock: spreadsheets have no time
 * zones, so this is what makes Excel show 10:30 for a meeting at 10:30 in Rome.
 */
export function romeWallClock(value: Date): Date {
  const rome = DateTime.fromJSDate(value, { zone: ROME });
  return new Date(Date.UTC(rome.year, rome.month - 1, rome.day, rome.hour, rome.minute, rome.second));
}

/** A CSV/spreadsheet text that starts like a formula is written as text (no "=HYPERLINK(…)" surprises). */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a semicolon, a quote or a line break.
 * @example csvField('Rossi, Mario') // '"Rossi, Mario"'
 */
export function csvField(value: TCell): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = romeDateTime(value);
  else if (typeof value === 'boolean') text = value ? '1' : '0';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = defuseFormula(value);
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The cell a column gives for a row, pseudonymised when it must be. */
export function cellOf<R>(column: TExportColumn<R>, row: R, pseudonym: ((v: TCell) => string | null) | null): TCell {
  const value = column.value(row);
  return column.personal && pseudonym ? pseudonym(value) : value;
}

/**
 * The CSV text, line by line (CRLF, UTF-8 with a byte order mark so spreadsheets read accents
 * right), for streaming big lists.
 */
export async function* csvLines<R>(columns: readonly TExportColumn<R>[], rows: TRows<R>, pseudonymise: boolean): AsyncGenerator<string> {
  const pseudonym = pseudonymise ? makePseudonymiser() : null;
  yield `\ufeff${columns.map((c) => csvField(c.header)).join(',')}\r\n`;
  for await (const row of rows) yield `${columns.map((c) => csvField(cellOf(c, row, pseudonym))).join(',')}\r\n`;
}

/**
 * Reads a big list page by page on a key (keyset pagination), so an export of a million rows
 * never holds more than one page in memory.
 *
 * @example keysetPages((after) => listPage(db, after, 1000), (row) => row.id)
 */
export async function* keysetPages<R, K>(fetchPage: (after: K | null) => Promise<readonly R[]>, keyOf: (row: R) => K, pageSize = 1000): AsyncGenerator<R> {
  let after: K | null = null;
  for (;;) {
    const page = await fetchPage(after);
    for (const row of page) yield row;
    if (page.length < pageSize || page.length === 0) return;
    after = keyOf(page[page.length - 1]!);
  }
}
