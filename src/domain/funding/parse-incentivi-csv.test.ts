import { describe, expect, it } from 'vitest';
import { realRecord, snapshotRecords, toIncentiviCsv } from '../../test/funding-snapshot.js';
import { INCENTIVI_COLUMNS } from './incentivi-record.js';
import { parseIncentiviCsv } from './parse-incentivi-csv.js';

describe('parseIncentiviCsv on the real snapshot written as the portal’s CSV', () => {
  it('reads back the 369 records of the JSON export, with ";"', () => {
    const read = parseIncentiviCsv(toIncentiviCsv(snapshotRecords(), ';'));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.records).toEqual(snapshotRecords());
    expect(read.ok && read.rows?.slice(0, 3)).toEqual([2, 3, 4]);
  });

  it('reads the same with "," and bare line feeds', () => {
    const read = parseIncentiviCsv(toIncentiviCsv(snapshotRecords(), ',', '\n'));
    expect(read.ok && read.records).toEqual(snapshotRecords());
  });

  it('keeps a comma inside a list value (the escaped "\\,")', () => {
    const record = { ...realRecord('3730'), Costi_Ammessi: ['Spese generali, altri oneri', 'Consulenze'] };
    const read = parseIncentiviCsv(toIncentiviCsv([record]));
    expect(read.ok && read.records[0]?.Costi_Ammessi).toEqual(['Spese generali, altri oneri', 'Consulenze']);
  });

  it('reads a file without BOM', () => {
    const read = parseIncentiviCsv(toIncentiviCsv([realRecord('463')]).slice(1));
    expect(read.ok && read.records[0]?.Codici_ATECO).toBe('55.10;');
  });
});

describe('parseIncentiviCsv on broken files', () => {
  const good = () => toIncentiviCsv(snapshotRecords().slice(0, 5));

  it('refuses the whole file for a row with a cell missing, naming the row', () => {
    const lines = good().split('\r\n');
    lines[3] = lines[3]!.slice(0, lines[3]!.lastIndexOf(';'));
    const read = parseIncentiviCsv(lines.join('\r\n'));
    expect(read).toEqual({ ok: false, problems: [{ row: 4, message: `28 cells where the header has ${INCENTIVI_COLUMNS.length}` }] });
  });

  it('refuses a row without a title, naming the row, the id and the field', () => {
    const records = snapshotRecords().slice(0, 3).map((r) => ({ ...r }));
    records[1]!.Titolo = '';
    const read = parseIncentiviCsv(toIncentiviCsv(records));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems).toEqual([{ row: 3, id: records[1]!.ID_Incentivo, field: 'Titolo', message: expect.stringContaining('Titolo') }]);
  });

  it('refuses an id seen twice', () => {
    const read = parseIncentiviCsv(toIncentiviCsv([realRecord('3730'), realRecord('463'), realRecord('3730')]));
    expect(read).toEqual({ ok: false, problems: [{ row: 4, id: '3730', field: 'ID_Incentivo', message: 'the same ID_Incentivo as row 2' }] });
  });

  it('refuses a quote left open, and a file that is not the export', () => {
    expect(parseIncentiviCsv('ID_Incentivo;Titolo\n1;"Voucher\n').ok).toBe(false);
    expect(parseIncentiviCsv('nome;cognome\nMario;Rossi\n')).toEqual({ ok: false, problems: [{ row: 1, field: 'ID_Incentivo', message: "the header has no ID_Incentivo and Titolo column: is this the portal's export?" }] });
    expect(parseIncentiviCsv('\uFEFF')).toEqual({ ok: false, problems: [{ message: 'the file is empty' }] });
  });
});
