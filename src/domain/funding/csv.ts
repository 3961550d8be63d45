/**
 * A small RFC 4180 reader: cells may be quoted, a quote inside doubled (""), line breaks
 * inside quotes kept. Rows are numbered from 1 as a spreadsheet shows them (a quoted line
 * break does not start a new row).
 */

export interface TCsvRow {
  row: number;
  cells: string[];
}

export type TCsvResult = { ok: true; rows: TCsvRow[] } | { ok: false; row: number; message: string };

/**
 * The delimiter of a file: the one of `;` and `,` found more often outside quotes in its
 * first line (the header).
 *
 * @example detectDelimiter('ID_Incentivo;Titolo;Descrizione'); // ";"
 */
export function detectDelimiter(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Splits CSV text into rows of cells; blank lines are skipped. A quote left open, or text
 * after a closing quote, refuses the file at that row.
 *
 * @example readCsv('a;"b;c"\r\n1;2', ';'); // { ok: true, rows: [{ row: 1, cells: ['a', 'b;c'] }, { row: 2, cells: ['1', '2'] }] }
 */
export function readCsv(text: string, delimiter: string): TCsvResult {
  const rows: TCsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  let afterQuote = false;
  let row = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0] !== '' || wasQuoted) {
      rows.push({ row, cells });
      row++;
    }
    cells = [];
    cell = '';
    wasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else {
        quoted = false;
        afterQuote = true;
      }
      continue;
    }
    if (afterQuote && ch !== delimiter && ch !== '\n' && ch !== '\r') return { ok: false, row, message: 'text after the closing quote of a cell' };
    afterQuote = false;
    // A quote inside an unquoted cell (Bando "Voucher") is taken as written, as spreadsheets do.
    if (ch === '"' && cell === '') {
      quoted = true;
      wasQuoted = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      wasQuoted = false;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else cell += ch;
  }
  if (quoted) return { ok: false, row, message: 'a quoted cell is never closed' };
  if (cell !== '' || cells.length) endRow();
  return { ok: true, rows };
}

/**
 * A multi-valued cell of the portal's CSV: values joined with commas, a comma inside a value
 * written `\,`.
 *
 * @example splitListCell('Lazio,Veneto'); // ['Lazio', 'Veneto']
 *          splitListCell('Spese generali\\, altri oneri'); // ['Spese generali, altri oneri']
 */
export function splitListCell(cell: string): string[] {
  return cell
    .split(/(?<!\\),/)
    .map((v) => v.replace(/\\,/g, ',').trim())
    .filter((v) => v !== '');
}
