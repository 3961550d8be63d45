import { EURO_ROUND, FOOTER, addInstructionsSheet, formulaCell, inputCell, newWorkbook, protectSheet, styleTitle, toBytes } from './xlsx-parts.js';

export const LA_CASSA_TITLE = 'La cassa dei prossimi 90 giorni';

export const CASH_WEEKS = 13;
/** First row of the weeks on the "Cassa" sheet; week n sits on row CASH_FIRST_ROW + n - 1. */
export const CASH_FIRST_ROW = 8;
export const CASH_OPENING_CELL = 'B4';
export const CASH_START_DATE_CELL = 'B5';

const IN_COLUMNS = ['C', 'D'] as const;
const OUT_COLUMNS = ['E', 'F', 'G', 'H', 'I'] as const;
const HEADERS = [
  'Settimana', 'Dal lunedì', 'Incassi delle vendite', 'Altre entrate', 'Fornitori', 'Stipendi e collaboratori',
  'Affitto e bollette', 'Tasse e contributi', 'Rate e altre uscite', 'Totale entrate', 'Totale uscite', 'Saldo della settimana', 'Cassa a fine settimana',
];

/** A small shop's first quarter: slow January sales, rent at the start of each month, wages at the end, a large tax payment in week 7 that takes the cash below zero for two weeks. */
const OPENING = 1200;
const WEEKS: [number, number, number, number, number, number, number][] = [
  // incassi, altre entrate, fornitori, stipendi, affitto e bollette, tasse, rate
  [2600, 0, 1200, 0, 1350, 0, 0],
  [2400, 0, 1150, 0, 0, 0, 400],
  [2300, 0, 1100, 0, 0, 900, 0],
  [2500, 0, 1150, 2600, 0, 0, 0],
  [2600, 0, 1200, 0, 1350, 0, 0],
  [2700, 0, 1150, 0, 0, 0, 400],
  [2900, 0, 1200, 0, 0, 4200, 0],
  [3200, 0, 1250, 2600, 0, 0, 0],
  [3100, 500, 1250, 0, 1350, 0, 0],
  [3300, 0, 1300, 0, 0, 0, 400],
  [3400, 0, 1300, 0, 0, 900, 0],
  [3500, 0, 1350, 0, 0, 0, 0],
  [3600, 0, 1350, 2600, 0, 0, 0],
];

/**
 * "La cassa dei prossimi 90 giorni": money in and out week by week for 13 weeks, the
 * running balance by formula, and the balance turning red when it goes below zero.
 *
 * @example await fs.writeFile('la-cassa-dei-prossimi-90-giorni.xlsx', await buildLaCassaDeiProssimi90Giorni());
 */
export async function buildLaCassaDeiProssimi90Giorni(): Promise<Uint8Array> {
  const wb = newWorkbook(LA_CASSA_TITLE);
  addInstructionsSheet(wb, LA_CASSA_TITLE, [
    'Questo foglio ti fa vedere i soldi che avrai in cassa nelle prossime 13 settimane. Tre mesi, circa 90 giorni.',
    'Così scopri prima quando mancheranno i soldi. E hai il tempo di fare qualcosa.',
    'Dentro c’è un esempio: un piccolo negozio. Cambia i numeri con i tuoi.',
    '# Come si usa',
    '1. Apri il foglio "Cassa".',
    '2. In alto scrivi quanti soldi hai oggi, in cassa e in banca, e la data del primo lunedì.',
    '3. Per ogni settimana scrivi quanto pensi di incassare e quanto devi pagare. Guarda le bollette, le rate, le scadenze delle tasse.',
    '4. Non sai un numero preciso? Scrivi una stima prudente: incassi un po’ più bassi, spese un po’ più alte.',
    '5. L’ultima colonna si calcola da sola: è la cassa a fine settimana.',
    '# Che cosa leggi',
    'Se la cassa diventa rossa, in quella settimana i soldi non bastano.',
    'Guarda prima di quella settimana: puoi spostare un pagamento? Chiedere un acconto a un cliente? Parlare con la banca adesso, non all’ultimo giorno?',
    '# Un consiglio',
    'Aggiorna il foglio ogni lunedì: togli la settimana passata, scrivi quello che è successo davvero. Bastano dieci minuti.',
  ]);

  const ws = wb.addWorksheet('Cassa', { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  ws.getColumn(1).width = 11;
  ws.getColumn(2).width = 12;
  for (let col = 3; col <= 13; col += 1) ws.getColumn(col).width = 13;
  styleTitle(ws.getCell('A1'), LA_CASSA_TITLE);
  ws.getCell('A2').value = 'Scrivi solo nelle celle gialle. La cassa a fine settimana si calcola da sola e diventa rossa sotto zero.';

  ws.getCell('A4').value = 'Soldi oggi';
  inputCell(ws.getCell(CASH_OPENING_CELL), OPENING, EURO_ROUND);
  ws.getCell('C4').value = 'in cassa e in banca, tutti insieme';
  ws.getCell('A5').value = 'Primo lunedì';
  const start = new Date(Date.UTC(2026, 0, 5));
  inputCell(ws.getCell(CASH_START_DATE_CELL), start, 'dd/mm/yyyy');
  ws.getCell('C5').value = 'la data da cui parti a contare';

  const header = ws.getRow(CASH_FIRST_ROW - 1);
  HEADERS.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: i >= 2 && i <= 3 ? 'FF2E7D32' : i >= 4 && i <= 8 ? 'FFB23B1E' : 'FF0B4F8A' } };
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  header.height = 32;

  const last = CASH_FIRST_ROW + CASH_WEEKS - 1;
  // Each week's results as the formulas give them, cached in the file for viewers that do not recalculate.
  const totals: Record<string, number> = {};
  const balances: number[] = [];
  WEEKS.forEach((week, i) => {
    const r = CASH_FIRST_ROW + i;
    ws.getCell(`A${r}`).value = i + 1;
    ws.getCell(`A${r}`).alignment = { horizontal: 'center' };
    formulaCell(ws.getCell(`B${r}`), `$B$${CASH_START_DATE_CELL.slice(1)}+7*(A${r}-1)`, new Date(start.getTime() + 7 * i * 86_400_000), 'dd/mm/yyyy');
    const inflow = week[0] + week[1];
    const outflow = week[2] + week[3] + week[4] + week[5] + week[6];
    balances.push((balances.at(-1) ?? OPENING) + inflow - outflow);
    const values: Record<string, number> = { J: inflow, K: outflow, L: inflow - outflow };
    [...IN_COLUMNS, ...OUT_COLUMNS].forEach((col, j) => {
      values[col] = week[j]!;
      inputCell(ws.getCell(`${col}${r}`), week[j]!, EURO_ROUND);
    });
    for (const [col, v] of Object.entries(values)) totals[col] = (totals[col] ?? 0) + v;
    formulaCell(ws.getCell(`J${r}`), `C${r}+D${r}`, inflow, EURO_ROUND);
    formulaCell(ws.getCell(`K${r}`), `SUM(E${r}:I${r})`, outflow, EURO_ROUND);
    formulaCell(ws.getCell(`L${r}`), `J${r}-K${r}`, inflow - outflow, EURO_ROUND);
    formulaCell(ws.getCell(`M${r}`), i === 0 ? `${CASH_OPENING_CELL}+L${r}` : `M${r - 1}+L${r}`, balances.at(-1)!, EURO_ROUND, true);
  });

  const totalRow = last + 1;
  ws.getCell(`A${totalRow}`).value = 'Totale';
  ws.getCell(`A${totalRow}`).font = { bold: true };
  for (const col of ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']) {
    formulaCell(ws.getCell(`${col}${totalRow}`), `SUM(${col}${CASH_FIRST_ROW}:${col}${last})`, totals[col]!, EURO_ROUND, true);
  }

  ws.getCell(`A${totalRow + 2}`).value = 'Il punto più basso della cassa';
  ws.mergeCells(`A${totalRow + 2}:C${totalRow + 2}`);
  formulaCell(ws.getCell(`D${totalRow + 2}`), `MIN(M${CASH_FIRST_ROW}:M${last})`, Math.min(...balances), EURO_ROUND, true);
  ws.getCell(`A${totalRow + 3}`).value = 'Settimane con la cassa sotto zero';
  ws.mergeCells(`A${totalRow + 3}:C${totalRow + 3}`);
  formulaCell(ws.getCell(`D${totalRow + 3}`), `COUNTIF(M${CASH_FIRST_ROW}:M${last},"<0")`, balances.filter((b) => b < 0).length, '0', true);

  const red = { font: { color: { argb: 'FF9C0006' }, bold: true }, fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: 'FFFFC7CE' } } };
  ws.addConditionalFormatting({
    ref: `M${CASH_FIRST_ROW}:M${last} D${totalRow + 2}`,
    rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1, style: red }],
  });

  ws.getCell(`A${totalRow + 5}`).value = FOOTER;
  ws.getCell(`A${totalRow + 5}`).font = { size: 9, color: { argb: 'FF5B6470' } };
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: CASH_FIRST_ROW - 1, activeCell: `C${CASH_FIRST_ROW}` }];
  await protectSheet(ws);
  return toBytes(wb);
}
