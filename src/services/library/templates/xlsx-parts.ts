import ExcelJS from 'exceljs';

export const FOOTER = 'Affianco — Metodo Pop · modello libero (CC BY 4.0)';
export const EURO = '#,##0.00 "€"';
export const EURO_ROUND = '#,##0 "€"';

const BRAND = 'FF0B4F8A';
const INPUT_FILL = 'FFFFF2B3';
const OUTPUT_FILL = 'FFE6EEF7';
const THIN = { style: 'thin' as const, color: { argb: 'FFB8C0CC' } };

/** A workbook with fixed metadata and "recalculate on open", so every program shows fresh results. */
export function newWorkbook(title: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Affianco';
  wb.title = title;
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  wb.calcProperties = { fullCalcOnLoad: true };
  return wb;
}

/** The first sheet, "Come si usa": a title, short instructions (a line starting with "# " is a heading), a legend of the colours, the licence. */
export function addInstructionsSheet(wb: ExcelJS.Workbook, title: string, lines: string[]): void {
  const ws = wb.addWorksheet('Come si usa', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.getColumn(1).width = 4;
  ws.getColumn(2).width = 95;
  ws.getCell('B1').value = title;
  ws.getCell('B1').font = { bold: true, size: 18, color: { argb: BRAND } };
  let row = 3;
  for (const line of lines) {
    const cell = ws.getCell(row, 2);
    const isHeading = line.startsWith('# ');
    cell.value = isHeading ? line.slice(2) : line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = isHeading ? { size: 13, bold: true, color: { argb: BRAND } } : { size: 12 };
    row += 1;
  }
  row += 1;
  const legendIn = ws.getCell(row, 2);
  legendIn.value = 'Celle gialle: le scrivi tu.';
  legendIn.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  const legendOut = ws.getCell(row + 1, 2);
  legendOut.value = 'Celle azzurre: le calcola il foglio. Sono protette, così non le cancelli per sbaglio.';
  legendOut.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OUTPUT_FILL } };
  ws.getCell(row + 3, 2).value = FOOTER;
  ws.getCell(row + 3, 2).font = { size: 9, color: { argb: 'FF5B6470' } };
}

export function styleTitle(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true, size: 16, color: { argb: BRAND } };
}

export function styleSection(cell: ExcelJS.Cell, text: string): void {
  cell.value = text;
  cell.font = { bold: true, size: 12, color: { argb: BRAND } };
}

/** A cell the person fills in: yellow, unlocked, with the example value. */
export function inputCell(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string): void {
  cell.value = value;
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.protection = { locked: false };
  if (numFmt) cell.numFmt = numFmt;
}

/** A cell the sheet computes: blue, locked, with the formula and its result for the example. */
export function formulaCell(cell: ExcelJS.Cell, formula: string, result: number | string | Date, numFmt?: string, bold = false): void {
  cell.value = { formula, result };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: OUTPUT_FILL } };
  cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.protection = { locked: true };
  cell.font = { bold };
  if (numFmt) cell.numFmt = numFmt;
}

/** Protects the sheet without a password: formulas stay safe, and anyone can lift it (Revisione → Rimuovi protezione). */
export async function protectSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

export async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
