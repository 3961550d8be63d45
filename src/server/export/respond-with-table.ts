import { Readable } from 'node:stream';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { csvLines, type TExportColumn, type TRows } from '../../services/export/table.js';
import { xlsxStream } from '../../services/export/xlsx.js';

/*
 * Every list of the console can be taken away as CSV or XLSX. A route builds the rows it
 * would show (after the same authorization), says which columns are personal data, and hands
 * them here:
 *
 *   const exportRoute = defineRoute({ method: 'get', path: '/sportelli/{id}/inbox/export',
 *     permission: 'inbox.read', request: { params, query: ZExportFormatQuery },
 *     responses: { 200: tableFileResponse, ...problems } });
 *   .openapi(exportRoute, async (c) => {
 *     authorize(actor, 'inbox.read', { type: 'sportello', sportelloId });
 *     return respondWithTable(c, { format: c.req.valid('query').format, fileName: 'richieste',
 *       sheetName: 'Richieste', columns, rows: keysetPages(...), pseudonymise: !mayReadPeople });
 *   })
 *
 * Rows may be an async iterable (keysetPages in services/export/table.ts), so a list of a
 * million rows streams page by page. CSV is RFC 4180 (comma, dot decimals, UTF-8 with BOM) for
 * programs; XLSX is for people (dates as real dates, Rome's wall clock, frozen heading).
 */

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type TExportFormat = (typeof EXPORT_FORMATS)[number];

export const ZExportFormatQuery = z.object({
  format: z.enum(EXPORT_FORMATS).default('csv').openapi({ param: { name: 'format', in: 'query' }, description: 'csv (RFC 4180, UTF-8) or xlsx' }),
});

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The 200 response of an export route, for the OpenAPI document. */
export const tableFileResponse = {
  description: 'The list as a file (Content-Disposition: attachment)',
  content: {
    'text/csv': { schema: z.string() },
    [XLSX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
  },
} as const;

export interface TTableExport<R> {
  format: TExportFormat;
  /** Without extension; the day (Rome) is added: "richieste-2026-12-03.csv". */
  fileName: string;
  sheetName: string;
  columns: readonly TExportColumn<R>[];
  rows: TRows<R>;
  /** True when the viewer may not see personal data: personal columns become pseudonyms. */
  pseudonymise: boolean;
  /** The day in the file name, "yyyy-mm-dd" in Rome; today by default. */
  day?: string;
}

function romeToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
}

function attachment(name: string): string {
  const ascii = name.replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function csvStream<R>(columns: readonly TExportColumn<R>[], rows: TRows<R>, pseudonymise: boolean): ReadableStream<Uint8Array> {
  const lines = csvLines(columns, rows, pseudonymise);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Up to ~64 KiB per chunk: one write per line would be slow, one per file would hold it all.
      let chunk = '';
      while (chunk.length < 65_536) {
        const next = await lines.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/** Streams the list as the chosen file. */
export function respondWithTable<R>(c: Context, table: TTableExport<R>): Response {
  const name = `${table.fileName}-${table.day ?? romeToday()}.${table.format}`;
  const headers = { 'content-disposition': attachment(name), 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };
  if (table.format === 'xlsx') {
    const body = Readable.toWeb(xlsxStream(table.sheetName, table.columns, table.rows, table.pseudonymise)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, { ...headers, 'content-type': XLSX_TYPE });
  }
  return c.body(csvStream(table.columns, table.rows, table.pseudonymise), 200, { ...headers, 'content-type': 'text/csv; charset=utf-8' });
}
