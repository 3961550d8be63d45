import { A4, BRAND, CONTENT_BOTTOM, CONTENT_WIDTH, INK, SOFT, drawBox, drawCheckbox, drawHeader, newA4Form, writingLines } from './pdf-parts.js';

export const PIANO_MARKETING_TITLE = 'Piano marketing in una pagina';

const CHANNELS = [
  'Vetrina e cartelli', 'Passaparola', 'Scheda su Google Maps',
  'Instagram', 'Facebook', 'WhatsApp',
  'Volantini', 'Giornale o radio locale', 'Mercati e fiere',
  'Email ai clienti', 'Sito internet', 'Altro: ____________',
];

/**
 * "Piano marketing in una pagina": the goal in numbers, who, the message, channels to tick,
 * the budget in euro, a four-week calendar and how you will measure, on one A4 page.
 *
 * @example await fs.writeFile('piano-marketing-in-una-pagina.pdf', await buildPianoMarketingInUnaPagina());
 */
export async function buildPianoMarketingInUnaPagina(): Promise<Uint8Array> {
  const pdf = newA4Form(PIANO_MARKETING_TITLE, 'Un piano di marketing semplice per il prossimo mese');
  const { doc } = pdf;
  const left = A4.margin;
  const gap = 12;
  const half = (CONTENT_WIDTH - gap) / 2;
  let y = drawHeader(doc, PIANO_MARKETING_TITLE, 'Un piano semplice per il prossimo mese. Riempilo in mezz’ora e appendilo dove lo vedi ogni giorno.');

  y = drawBox(doc, left, y, CONTENT_WIDTH, 68, '1. Il mio obiettivo, in numeri', 'Un numero e una data. Es. 20 clienti nuovi entro il 30 giugno.') + 10;
  drawBox(doc, left, y, half, 84, '2. A chi parlo', 'Il tuo cliente tipo. Uno solo.');
  y = drawBox(doc, left + half + gap, y, half, 84, '3. Che cosa gli dico', 'Il tuo messaggio in una frase: perché venire da te.') + 10;

  const channelsTop = y;
  drawBox(doc, left, y, CONTENT_WIDTH, 100, '4. Dove lo dico', 'Scegli al massimo tre canali. Meglio pochi fatti bene.', false);
  const colWidth = (CONTENT_WIDTH - 20) / 3;
  CHANNELS.forEach((name, i) => drawCheckbox(doc, left + 10 + (i % 3) * colWidth, channelsTop + 42 + Math.floor(i / 3) * 14, name, 9, colWidth - 20));
  y = channelsTop + 100 + 10;

  const budgetTop = y;
  const budgetHeight = 140;
  drawBox(doc, left, y, half, budgetHeight, '5. Quanto spendo, in euro', 'Stampa, pubblicità, regali ai clienti.', false);
  const rows = ['', '', '', '', 'Totale'];
  const tableTop = budgetTop + 46;
  const euroCol = left + half - 80;
  doc.font('Helvetica-Bold').fontSize(8.5).fillColor(SOFT).text('Voce', left + 10, tableTop - 2, { lineBreak: false }).text('Euro', euroCol + 6, tableTop - 2, { lineBreak: false });
  rows.forEach((label, i) => {
    const ly = tableTop + 14 + i * 15;
    doc.save().lineWidth(0.5).strokeColor('#d9dde3').moveTo(left + 10, ly + 10).lineTo(left + half - 10, ly + 10).stroke().restore();
    if (label) doc.font('Helvetica-Bold').fontSize(9.5).fillColor(INK).text(label, left + 10, ly, { lineBreak: false }).text('€', euroCol + 6, ly, { lineBreak: false });
  });
  doc.save().lineWidth(0.5).strokeColor('#d9dde3').moveTo(euroCol, tableTop + 10).lineTo(euroCol, tableTop + 14 + 4 * 15 + 10).stroke().restore();

  drawBox(doc, left + half + gap, budgetTop, half, budgetHeight, '6. Come capisco se funziona', 'Che cosa conto ogni settimana? Es. telefonate, visite, vendite, nuovi clienti.', false);
  const measureLeft = left + half + gap + 10;
  doc.font('Helvetica').fontSize(9.5).fillColor(INK).text('Che cosa conto: ______________________', measureLeft, budgetTop + 56, { lineBreak: false });
  const cell = (half - 20) / 4;
  for (let w = 0; w < 4; w += 1) {
    const cx = measureLeft + w * cell;
    doc.font('Helvetica-Bold').fontSize(8.5).fillColor(SOFT).text(`Sett. ${w + 1}`, cx, budgetTop + 78, { width: cell - 4, align: 'center', lineBreak: false });
    doc.save().roundedRect(cx + 4, budgetTop + 90, cell - 8, 30, 3).lineWidth(0.6).strokeColor('#b8c0cc').fillAndStroke('#ffffff', '#b8c0cc').restore();
  }
  y = budgetTop + budgetHeight + 10;

  // The calendar takes what is left of the page above the footer.
  const calTop = y;
  const calHeight = CONTENT_BOTTOM - calTop;
  drawBox(doc, left, calTop, CONTENT_WIDTH, calHeight, '7. Il calendario del mese', 'Che cosa fai ogni settimana, e chi lo fa. Spunta quando è fatto.', false);
  const labelWidth = 70;
  const weekWidth = (CONTENT_WIDTH - 20 - labelWidth) / 4;
  const gridTop = calTop + 44;
  const rowLabels: [string, number][] = [['Che cosa faccio', 0.62], ['Chi lo fa', 0.24], ['Fatto?', 0.14]];
  const gridHeight = calHeight - 44 - 16 - 24;
  for (let w = 0; w < 4; w += 1) {
    doc.font('Helvetica-Bold').fontSize(10).fillColor(BRAND).text(`Settimana ${w + 1}`, left + 10 + labelWidth + w * weekWidth, gridTop, { width: weekWidth, align: 'center', lineBreak: false });
  }
  let ry = gridTop + 16;
  for (const [label, share] of rowLabels) {
    const h = gridHeight * share;
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(label, left + 10, ry + 6, { width: labelWidth - 6 });
    for (let w = 0; w < 4; w += 1) {
      const cx = left + 10 + labelWidth + w * weekWidth;
      doc.save().rect(cx + 3, ry, weekWidth - 6, h - 4).lineWidth(0.6).fillAndStroke('#ffffff', '#b8c0cc').restore();
      if (label === 'Fatto?') doc.save().rect(cx + weekWidth / 2 - 6, ry + (h - 4) / 2 - 6, 12, 12).lineWidth(0.9).strokeColor(INK).stroke().restore();
      else if (label === 'Che cosa faccio') writingLines(doc, cx + 8, ry - 4, weekWidth - 16, ry + h - 10);
    }
    ry += h;
  }
  doc.font('Helvetica').fontSize(9).fillColor(SOFT).text('A fine mese guarda il numero dell’obiettivo. Raggiunto? Tieni quello che ha funzionato e cambia il resto.', left + 10, calTop + calHeight - 20, { width: CONTENT_WIDTH - 20, lineBreak: false });
  return pdf.finish();
}
