import { describe, expect, it } from 'vitest';
import { detectDelimiter, readCsv, splitListCell } from './csv.js';

describe('detectDelimiter', () => {
  it('counts outside quotes in the header only', () => {
    expect(detectDelimiter('ID_Incentivo;Titolo;Descrizione\r\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('ID_Incentivo,Titolo,"a;b;c;d"')).toBe(',');
  });
});

describe('readCsv', () => {
  it('reads quoted cells, doubled quotes and line breaks inside quotes', () => {
    expect(readCsv('a;"b;""c"""\r\n"x\ny";2\n', ';')).toEqual({
      ok: true,
      rows: [
        { row: 1, cells: ['a', 'b;"c"'] },
        { row: 2, cells: ['x\ny', '2'] },
      ],
    });
  });

  it('takes a quote inside an unquoted cell as written', () => {
    expect(readCsv('a;Bando "Voucher" 2025\n', ';')).toEqual({ ok: true, rows: [{ row: 1, cells: ['a', 'Bando "Voucher" 2025'] }] });
  });

  it('keeps empty cells and skips blank lines', () => {
    expect(readCsv('a,,c\n\n1,2,\n', ',')).toEqual({ ok: true, rows: [{ row: 1, cells: ['a', '', 'c'] }, { row: 2, cells: ['1', '2', ''] }] });
  });

  it('refuses a quote left open, with its row', () => {
    expect(readCsv('a;b\n1;"never closed\n2;3', ';')).toEqual({ ok: false, row: 2, message: 'a quoted cell is never closed' });
  });

  it('refuses text after a closing quote', () => {
    expect(readCsv('a;b\n"x"y;2', ';')).toEqual({ ok: false, row: 2, message: 'text after the closing quote of a cell' });
  });
});

describe('splitListCell', () => {
  it('splits on commas, not on escaped ones', () => {
    expect(splitListCell('Lazio,Veneto')).toEqual(['Lazio', 'Veneto']);
    expect(splitListCell('compresa quota\\, allestimento,fisici')).toEqual(['compresa quota, allestimento', 'fisici']);
    expect(splitListCell('')).toEqual([]);
  });
});
