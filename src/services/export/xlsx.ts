import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { cellOf, defuseFormula, makePseudonymiser, romeWallClock, type TCell, type TExportColumn, type TRows } from './table.js';

function xlsxValue(value: TCell): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return romeWallClock(value);
  if (typeof value === 'string') return defuseFormula(value);
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

/**
 * Streams a list as an XLSX workbook of one sheet: a bold, frozen heading row, dates as real
 * dates in Rome's wall clock, rows committed one by one so a big list never sits in memory.
 */
export function xlsxStream<R>(sheetName: string, columns: readonly TExportColumn<R>[], rows: TRows<R>, pseudonymise: boolean): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Affianco';
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ key: String(i), width: c.width ?? Math.min(60, Math.max(12, c.header.length + 2)) }));
  const pseudonym = pseudonymise ? makePseudonymiser() : null;
  void (async () => {
    try {
      const head = sheet.addRow(columns.map((c) => c.header));
      head.font = { bold: true };
      head.commit();
      for await (const row of rows) {
        const line = sheet.addRow(columns.map((c) => xlsxValue(cellOf(c, row, pseudonym))));
        columns.forEach((c, i) => {
          if (c.value(row) instanceof Date) line.getCell(i + 1).numFmt = 'dd/mm/yyyy hh:mm';
        });
        line.commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return out;
}
