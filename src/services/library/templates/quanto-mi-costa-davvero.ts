import { EURO, FOOTER, addInstructionsSheet, formulaCell, inputCell, newWorkbook, protectSheet, styleSection, styleTitle, toBytes } from './xlsx-parts.js';

export const QUANTO_MI_COSTA_TITLE = 'Quanto mi costa davvero';

/** The example filled in: a 1 kg loaf of a village bakery that bakes 3,000 a month. */
const EXAMPLE = {
  ingredients: 0.55,
  packaging: 0.08,
  otherMaterials: 0,
  hoursPerPiece: 0.05,
  hourlyCost: 18,
  rent: 900,
  utilities: 450,
  insurance: 60,
  otherFixed: 250,
  piecesPerMonth: 3000,
  margin: 0.3,
  vatRate: 4,
};

/**
 * Where each input and result sits on the "Calcolo" sheet; tests and lessons point to these cells.
 * Inputs are yellow and unlocked, results blue and locked.
 */
export const QUANTO_MI_COSTA_CELLS = {
  ingredients: 'B5',
  packaging: 'B6',
  otherMaterials: 'B7',
  hoursPerPiece: 'B10',
  hourlyCost: 'B11',
  rent: 'B14',
  utilities: 'B15',
  insurance: 'B16',
  otherFixed: 'B17',
  piecesPerMonth: 'B18',
  margin: 'B21',
  vatRate: 'B22',
  materialsPerPiece: 'B25',
  labourPerPiece: 'B26',
  fixedPerMonth: 'B27',
  fixedPerPiece: 'B28',
  fullCost: 'B29',
  price: 'B30',
  priceVat22: 'B31',
  priceVatChosen: 'B32',
  breakEven: 'B33',
} as const;

/**
 * "Quanto mi costa davvero": the full cost of one piece (materials, hours, a share of the
 * month's fixed costs), the price for a chosen margin, with VAT at 22% and at a chosen rate,
 * and the pieces to sell each month to cover everything. Working formulas; a bakery's loaf
 * as the example.
 *
 * @example await fs.writeFile('quanto-mi-costa-davvero.xlsx', await buildQuantoMiCostaDavvero());
 */
export async function buildQuantoMiCostaDavvero(): Promise<Uint8Array> {
  const wb = newWorkbook(QUANTO_MI_COSTA_TITLE);
  addInstructionsSheet(wb, QUANTO_MI_COSTA_TITLE, [
    'Questo foglio ti dice quanto ti costa davvero un prodotto o un servizio. E a che prezzo venderlo.',
    'Dentro c’è già un esempio: la pagnotta da 1 kg di un forno di paese. Cambia i numeri con i tuoi.',
    '# Come si usa',
    '1. Apri il foglio "Calcolo".',
    '2. Scrivi i tuoi numeri solo nelle celle gialle. Il resto si calcola da solo.',
    '3. Materie prime: quanto spendi per fare un pezzo (ingredienti, confezione, altro).',
    '4. Lavoro: quante ore servono per un pezzo e quanto costa un’ora. Conta anche la tua ora, non solo quella dei dipendenti.',
    '5. Costi fissi: quello che paghi ogni mese anche se non vendi niente. Affitto, luce e gas, assicurazione, commercialista.',
    '6. Pezzi al mese: quanti ne fai in un mese normale. I costi fissi si dividono su questi pezzi.',
    '7. Margine: la parte del prezzo che ti resta come guadagno. Con un margine del 30%, su 10 euro ne restano 3.',
    '8. Aliquota IVA: scegli 4, 5, 10 o 22. Il pane ha il 4%. Se non sai la tua, chiedi al commercialista.',
    '# Che cosa leggi',
    'Costo pieno: quanto ti costa davvero un pezzo. Se vendi sotto questo prezzo, ci perdi.',
    'Prezzo senza IVA: il prezzo giusto per il margine che hai scelto.',
    'Prezzo con IVA: quello che paga il cliente. Lo vedi al 22% e alla tua aliquota.',
    'Pareggio: quanti pezzi devi vendere in un mese per coprire tutte le spese. Sotto, perdi. Sopra, guadagni.',
    '# Un consiglio',
    'Rifai il conto quando cambia un costo: la farina, l’affitto, la bolletta. Bastano due minuti.',
  ]);

  const ws = wb.addWorksheet('Calcolo', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  ws.getColumn(1).width = 52;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 58;
  const c = QUANTO_MI_COSTA_CELLS;
  const note = (ref: string, text: string) => {
    const cell = ws.getCell(ref.replace('B', 'C'));
    cell.value = text;
    cell.font = { italic: true, color: { argb: 'FF5B6470' } };
    cell.alignment = { wrapText: true };
  };
  const label = (ref: string, text: string) => {
    ws.getCell(ref.replace('B', 'A')).value = text;
  };

  styleTitle(ws.getCell('A1'), QUANTO_MI_COSTA_TITLE);
  ws.getCell('A2').value = 'Esempio: una pagnotta da 1 kg. Cambia solo le celle gialle.';

  styleSection(ws.getCell('A4'), '1. Materie prime per un pezzo');
  label(c.ingredients, 'Ingredienti o materiale principale');
  inputCell(ws.getCell(c.ingredients), EXAMPLE.ingredients, EURO);
  note(c.ingredients, 'Farina, lievito, sale per una pagnotta');
  label(c.packaging, 'Confezione (sacchetto, etichetta, scatola)');
  inputCell(ws.getCell(c.packaging), EXAMPLE.packaging, EURO);
  label(c.otherMaterials, 'Altro materiale per un pezzo');
  inputCell(ws.getCell(c.otherMaterials), EXAMPLE.otherMaterials, EURO);

  styleSection(ws.getCell('A9'), '2. Lavoro per un pezzo');
  label(c.hoursPerPiece, 'Ore di lavoro per un pezzo');
  inputCell(ws.getCell(c.hoursPerPiece), EXAMPLE.hoursPerPiece, '0.00');
  note(c.hoursPerPiece, '0,05 ore = 3 minuti. Un quarto d’ora = 0,25');
  label(c.hourlyCost, 'Costo di un’ora di lavoro');
  inputCell(ws.getCell(c.hourlyCost), EXAMPLE.hourlyCost, EURO);
  note(c.hourlyCost, 'Stipendio, contributi e TFR divisi per le ore. Conta anche la tua ora');

  styleSection(ws.getCell('A13'), '3. Costi fissi del mese');
  label(c.rent, 'Affitto');
  inputCell(ws.getCell(c.rent), EXAMPLE.rent, EURO);
  label(c.utilities, 'Luce, gas, acqua');
  inputCell(ws.getCell(c.utilities), EXAMPLE.utilities, EURO);
  note(c.utilities, 'La bolletta di un mese normale');
  label(c.insurance, 'Assicurazione');
  inputCell(ws.getCell(c.insurance), EXAMPLE.insurance, EURO);
  note(c.insurance, 'Quella dell’anno divisa per 12');
  label(c.otherFixed, 'Altri costi fissi (commercialista, telefono, software)');
  inputCell(ws.getCell(c.otherFixed), EXAMPLE.otherFixed, EURO);
  label(c.piecesPerMonth, 'Pezzi fatti in un mese');
  inputCell(ws.getCell(c.piecesPerMonth), EXAMPLE.piecesPerMonth, '#,##0');
  note(c.piecesPerMonth, '100 pagnotte al giorno per 30 giorni');

  styleSection(ws.getCell('A20'), '4. Il tuo guadagno e l’IVA');
  label(c.margin, 'Margine che vuoi sul prezzo');
  inputCell(ws.getCell(c.margin), EXAMPLE.margin, '0%');
  note(c.margin, 'Da 0% a 90%. Con il 30%, su 10 euro ne restano 3');
  label(c.vatRate, 'La tua aliquota IVA (4, 5, 10 o 22)');
  inputCell(ws.getCell(c.vatRate), EXAMPLE.vatRate, '0"%"');
  note(c.vatRate, 'Scegli dalla lista. Il pane ha il 4%');
  ws.getCell(c.margin).dataValidation = {
    type: 'decimal', operator: 'between', formulae: [0, 0.9], allowBlank: false, showErrorMessage: true,
    errorTitle: 'Margine', error: 'Scrivi un margine tra 0% e 90%.',
  };
  ws.getCell(c.vatRate).dataValidation = {
    type: 'list', formulae: ['"4,5,10,22"'], allowBlank: false, showErrorMessage: true,
    errorTitle: 'Aliquota IVA', error: 'Scegli 4, 5, 10 o 22.',
  };
  for (const ref of [c.ingredients, c.packaging, c.otherMaterials, c.hoursPerPiece, c.hourlyCost, c.rent, c.utilities, c.insurance, c.otherFixed]) {
    ws.getCell(ref).dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], showErrorMessage: true, error: 'Scrivi un numero, zero o più.' };
  }
  ws.getCell(c.piecesPerMonth).dataValidation = { type: 'whole', operator: 'greaterThan', formulae: [0], showErrorMessage: true, error: 'Scrivi quanti pezzi fai in un mese: almeno 1.' };

  // The cached results are the example's, so a viewer that does not recalculate shows the right numbers.
  const e = EXAMPLE;
  const materials = e.ingredients + e.packaging + e.otherMaterials;
  const labour = e.hoursPerPiece * e.hourlyCost;
  const fixed = e.rent + e.utilities + e.insurance + e.otherFixed;
  const fixedPerPiece = fixed / e.piecesPerMonth;
  const fullCost = materials + labour + fixedPerPiece;
  const price = fullCost / (1 - e.margin);
  const breakEven = Math.ceil(fixed / (price - materials - labour));

  styleSection(ws.getCell('A24'), '5. Risultati (si calcolano da soli)');
  label(c.materialsPerPiece, 'Materie prime per un pezzo');
  formulaCell(ws.getCell(c.materialsPerPiece), `SUM(${c.ingredients}:${c.otherMaterials})`, materials, EURO);
  label(c.labourPerPiece, 'Lavoro per un pezzo');
  formulaCell(ws.getCell(c.labourPerPiece), `${c.hoursPerPiece}*${c.hourlyCost}`, labour, EURO);
  label(c.fixedPerMonth, 'Costi fissi del mese');
  formulaCell(ws.getCell(c.fixedPerMonth), `SUM(${c.rent}:${c.otherFixed})`, fixed, EURO);
  label(c.fixedPerPiece, 'Quota di costi fissi per un pezzo');
  formulaCell(ws.getCell(c.fixedPerPiece), `IF(${c.piecesPerMonth}>0,${c.fixedPerMonth}/${c.piecesPerMonth},0)`, fixedPerPiece, EURO);
  label(c.fullCost, 'Costo pieno di un pezzo');
  formulaCell(ws.getCell(c.fullCost), `${c.materialsPerPiece}+${c.labourPerPiece}+${c.fixedPerPiece}`, fullCost, EURO, true);
  note(c.fullCost, 'Sotto questo prezzo ci perdi');
  label(c.price, 'Prezzo senza IVA con il tuo margine');
  formulaCell(ws.getCell(c.price), `IF(${c.margin}<1,${c.fullCost}/(1-${c.margin}),0)`, price, EURO, true);
  label(c.priceVat22, 'Prezzo con IVA al 22%');
  formulaCell(ws.getCell(c.priceVat22), `${c.price}*(1+22/100)`, price * 1.22, EURO);
  label(c.priceVatChosen, 'Prezzo con IVA alla tua aliquota');
  formulaCell(ws.getCell(c.priceVatChosen), `${c.price}*(1+${c.vatRate}/100)`, price * (1 + e.vatRate / 100), EURO, true);
  note(c.priceVatChosen, 'Quello che paga il cliente');
  label(c.breakEven, 'Pezzi da vendere in un mese per il pareggio');
  formulaCell(
    ws.getCell(c.breakEven),
    `IF(${c.price}-${c.materialsPerPiece}-${c.labourPerPiece}>0,ROUNDUP(${c.fixedPerMonth}/(${c.price}-${c.materialsPerPiece}-${c.labourPerPiece}),0),0)`,
    breakEven,
    '#,##0',
    true,
  );
  note(c.breakEven, 'Ogni pezzo venduto paga i suoi costi e una parte dei costi fissi');

  ws.getCell('A35').value = FOOTER;
  ws.getCell('A35').font = { size: 9, color: { argb: 'FF5B6470' } };
  ws.views = [{ state: 'normal', activeCell: c.ingredients }];
  await protectSheet(ws);
  return toBytes(wb);
}
