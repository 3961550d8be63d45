import { describe, expect, it } from 'vitest';
import { diffComuni, parseIstatCsv } from './istat-csv.js';
import { ISTAT_HEADER, istatCsvText } from './istat-csv.fixtures.js';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('parseIstatCsv', () => {
  it('decodes Latin-1 and finds the columns by their header names', () => {
    const bytes = latin1(
      istatCsvText([
        { istat: '040012', name: 'Forlì', regionCode: '08', regionName: 'Emilia-Romagna', provinceName: 'Forlì-Cesena', sigla: 'FC' },
        { istat: '021008', name: 'Bolzano/Bozen', regionCode: '04', sigla: 'BZ' },
      ]),
    );
    expect(bytes.includes(0xec)).toBe(true); // "ì" is one byte in Latin-1
    const result = parseIstatCsv(bytes);
    expect(result.encoding).toBe('latin1');
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toEqual({
      line: 2,
      istat: '040012',
      name: 'Forlì',
      italianName: 'Forlì',
      provinceCode: '040',
      provinceName: 'Forlì-Cesena',
      sigla: 'FC',
      regionCode: '08',
      regionName: 'Emilia-Romagna',
    });
    expect(result.rows[1]).toMatchObject({ name: 'Bolzano/Bozen', italianName: 'Bolzano' });
  });

  it('also reads a file re-saved as UTF-8, and a header with other footnote numbers', () => {
    const text = istatCsvText([{ istat: '040012', name: 'Forlì' }]).replace('(Storico)(1)', '(Storico)(3)');
    const result = parseIstatCsv(new TextEncoder().encode(text));
    expect(result.encoding).toBe('utf-8');
    expect(result.rows[0]?.name).toBe('Forlì');
  });

  it('reports bad rows with their line numbers and keeps the good ones', () => {
    const text = istatCsvText([
      { istat: '098031', name: 'Lodi' },
      { istat: '98A31', name: 'Broken' },
      { istat: '098061', name: '' },
      { istat: '098031', name: 'Lodi again' },
    ]);
    const result = parseIstatCsv(latin1(`${text}03;098;098\r\n`));
    expect(result.rows.map((r) => r.istat)).toEqual(['098031']);
    expect(result.errors).toEqual([
      { line: 3, message: 'code "98A31" is not six digits; province code "98A" is not three digits' },
      { line: 4, message: 'name is missing' },
      { line: 5, message: 'code 098031 already on line 2' },
      { line: 6, message: 'expected 16 fields, found 3' },
    ]);
  });

  it('refuses a file that is not the ISTAT list', () => {
    const result = parseIstatCsv(latin1('name;code\r\nLodi;098031\r\n'));
    expect(result.rows).toEqual([]);
    expect(result.errors[0]?.line).toBe(1);
    expect(result.errors[0]?.message).toMatch(/Codice Comune formato alfanumerico/);
    expect(parseIstatCsv(new Uint8Array()).errors[0]?.message).toBe('the file is empty');
    expect(parseIstatCsv(latin1(`${ISTAT_HEADER}\r\n`)).errors[0]?.message).toBe('the file has no comuni');
  });
});

describe('diffComuni', () => {
  it('splits the incoming list into added, renamed, moved, removed and unchanged', () => {
    const current = [
      { istat: '018026', name: 'Campospinoso', provinceCode: '018' },
      { istat: '018002', name: 'Albaredo Arnaboldi', provinceCode: '018' },
      { istat: '098031', name: 'Lodi', provinceCode: '098' },
      { istat: '090001', name: 'Aggius', provinceCode: '090' },
    ];
    const incoming = [
      { istat: '018026', name: 'Campospinoso Albaredo', provinceCode: '018' },
      { istat: '098031', name: 'Lodi', provinceCode: '098' },
      { istat: '024128', name: 'Sovizzo', provinceCode: '024' },
      { istat: '090001', name: 'Aggius', provinceCode: '113' },
    ];
    const diff = diffComuni(current, incoming);
    expect(diff.added.map((c) => c.istat)).toEqual(['024128']);
    expect(diff.renamed.map(({ istat, from, to }) => ({ istat, from, to }))).toEqual([
      { istat: '018026', from: 'Campospinoso', to: 'Campospinoso Albaredo' },
    ]);
    expect(diff.moved.map(({ istat, fromProvince, toProvince }) => ({ istat, fromProvince, toProvince }))).toEqual([
      { istat: '090001', fromProvince: '090', toProvince: '113' },
    ]);
    expect(diff.removed.map((c) => c.istat)).toEqual(['018002']);
    expect(diff.unchanged.map((c) => c.istat)).toEqual(['098031']);
  });
});
