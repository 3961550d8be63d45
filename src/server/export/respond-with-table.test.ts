import { OpenAPIHono } from '@hono/zod-openapi';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { keysetPages, type TExportColumn } from '../../services/export/table.js';
import { respondWithTable, tableFileResponse, ZExportFormatQuery } from './respond-with-table.js';
import { createRoute } from '@hono/zod-openapi';

interface TRow {
  id: number;
  name: string;
  email: string | null;
  at: Date;
  score: number;
}

const columns: TExportColumn<TRow>[] = [
  { header: 'N.', value: (r) => r.id },
  { header: 'Nome', value: (r) => r.name, personal: true },
  { header: 'E-mail', value: (r) => r.email, personal: true },
  { header: 'Arrivata', value: (r) => r.at },
  { header: 'Punteggio', value: (r) => r.score },
];

const rows: TRow[] = [
  { id: 1, name: 'Rossi, Mario', email: 'mario@example.it', at: new Date('2026-07-01T08:30:00Z'), score: 0.5 },
  { id: 2, name: '=HYPERLINK("x")', email: null, at: new Date('2026-01-15T23:30:00Z'), score: 2 },
  { id: 3, name: 'Rossi, Mario', email: 'MARIO@example.it', at: new Date('2026-03-29T01:30:00Z'), score: 1 },
];

const route = createRoute({ method: 'get', path: '/list', request: { query: ZExportFormatQuery }, responses: { 200: tableFileResponse } });

function app(pseudonymise: boolean) {
  return new OpenAPIHono().openapi(route, (c) =>
    respondWithTable(c, { format: c.req.valid('query').format, fileName: 'richieste', sheetName: 'Richieste', columns, rows: keysetPages(async (after: number | null) => rows.filter((r) => r.id > (after ?? 0)).slice(0, 2), (r) => r.id, 2), pseudonymise, day: '2026-12-03' }),
  );
}

describe('respondWithTable', () => {
  it('writes CSV with quoting, Rome times, defused formulas and a dated file name', async () => {
    const res = await app(false).request('/list?format=csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('filename="richieste-2026-12-03.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    // Response.text() drops a byte order mark: look at the bytes.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')).toEqual([
      'N.,Nome,E-mail,Arrivata,Punteggio',
      '1,"Rossi, Mario",mario@example.it,2026-07-01 10:30,0.5',
      `2,"'=HYPERLINK(""x"")",,2026-01-16 00:30,2`,
      '3,"Rossi, Mario",MARIO@example.it,2026-03-29 03:30,1',
      '',
    ]);
  });

  it('pseudonymises personal columns, stable within the file', async () => {
    const text = await (await app(true).request('/list')).text();
    const lines = text.split('\r\n').map((l) => l.split(','));
    expect(lines[1]![1]).toMatch(/^P-[0-9a-f]{8}$/);
    expect(lines[3]![1]).toBe(lines[1]![1]);
    // the same e-mail whatever its case is the same person
    expect(lines[3]![2]).toBe(lines[1]![2]);
    expect(lines[2]![2]).toBe('');
    expect(text).not.toContain('Rossi');
    expect(text).not.toContain('mario@');
  });

  it('streams an XLSX workbook with a heading, real dates in Rome time and numbers', async () => {
    const res = await app(false).request('/list?format=xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('richieste-2026-12-03.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Richieste')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'N.', 'Nome', 'E-mail', 'Arrivata', 'Punteggio']);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell('B3').value).toBe(`'=HYPERLINK("x")`);
    const at = sheet.getCell('D2').value as Date;
    expect(at.toISOString()).toBe('2026-07-01T10:30:00.000Z');
    expect(sheet.getCell('E2').value).toBe(0.5);
  });

  it('refuses an unknown format', async () => {
    const res = await app(false).request('/list?format=pdf');
    expect(res.status).toBe(400);
  });
});
