import { A4, BRAND, CONTENT_BOTTOM, CONTENT_WIDTH, INK, SOFT, drawBox, drawHeader, newA4Form, writingLines } from './pdf-parts.js';

export const IL_MIO_PIANO_TITLE = 'Il mio piano in una pagina';

/**
 * "Il mio piano in una pagina": where I am, where I want to be in 12 months,
 * three actions (what, by when, how I know it is done) and who helps me, on one A4 page.
 *
 * @example await fs.writeFile('il-mio-piano-in-una-pagina.pdf', await buildIlMioPianoInUnaPagina());
 */
export async function buildIlMioPianoInUnaPagina(): Promise<Uint8Array> {
  const pdf = newA4Form(IL_MIO_PIANO_TITLE, 'Il piano della tua impresa per i prossimi 12 mesi, in una pagina');
  const { doc } = pdf;
  const left = A4.margin;
  let y = drawHeader(doc, IL_MIO_PIANO_TITLE, 'Un anno di lavoro in una pagina sola. Scrivi poco e chiaro. Appendila vicino alla cassa o al computer, e rileggila ogni mese.');

  doc.font('Helvetica').fontSize(10).fillColor(INK).text('La mia impresa: ________________________________________      Data: ____ / ____ / ________', left, y + 2, { width: CONTENT_WIDTH, lineBreak: false });
  y += 24;

  y = drawBox(doc, left, y, CONTENT_WIDTH, 110, '1. Dove sono oggi', 'Che cosa funziona e che cosa no. Scrivi un numero che conosci: incassi del mese, clienti, ore di lavoro.') + 10;
  y = drawBox(doc, left, y, CONTENT_WIDTH, 110, '2. Dove voglio essere tra 12 mesi', 'In numeri, così potrai controllare. Es. 30 clienti fissi, un giorno libero a settimana, incassi +15%.') + 10;

  const actionsHeight = 232;
  doc.save().roundedRect(left, y, CONTENT_WIDTH, actionsHeight, 6).lineWidth(0.8).fillAndStroke('#f6f8fb', '#c9ced6').restore();
  doc.font('Helvetica-Bold').fontSize(12).fillColor(BRAND).text('3. Le tre azioni', left + 10, y + 8);
  doc.font('Helvetica').fontSize(8.5).fillColor(SOFT).text('Tre cose concrete, non di più. Ognuna con una data e un segno che è fatta.', left + 10, doc.y + 1);
  const cols: [string, number][] = [['Che cosa faccio', 0.5], ['Entro quando', 0.18], ['Come capisco che è fatta', 0.32]];
  const inner = CONTENT_WIDTH - 20 - 24;
  const headTop = y + 44;
  let cx = left + 10 + 24;
  for (const [label, share] of cols) {
    doc.font('Helvetica-Bold').fontSize(9).fillColor(SOFT).text(label, cx + 4, headTop, { width: inner * share - 8, lineBreak: false });
    cx += inner * share;
  }
  const rowHeight = (actionsHeight - 44 - 14 - 8) / 3;
  for (let i = 0; i < 3; i += 1) {
    const ry = headTop + 14 + i * rowHeight;
    doc.font('Helvetica-Bold').fontSize(20).fillColor(BRAND).text(String(i + 1), left + 12, ry + rowHeight / 2 - 12, { width: 20, lineBreak: false });
    cx = left + 10 + 24;
    for (const [, share] of cols) {
      const w = inner * share;
      doc.save().rect(cx + 2, ry + 2, w - 4, rowHeight - 6).lineWidth(0.6).fillAndStroke('#ffffff', '#b8c0cc').restore();
      writingLines(doc, cx + 8, ry - 6, w - 16, ry + rowHeight - 10);
      cx += w;
    }
  }
  y += actionsHeight + 10;

  const signature = 30;
  y = drawBox(doc, left, y, CONTENT_WIDTH, CONTENT_BOTTOM - y - signature, '4. Chi mi aiuta', 'Persone vicine, il tuo Digital Angel, lo sportello, l’associazione, il commercialista. Scrivi nome e numero.');
  doc.font('Helvetica').fontSize(10).fillColor(INK).text('Ogni mese spunto quello che ho fatto. Firma: ______________________________', left, y + 12, { width: CONTENT_WIDTH, lineBreak: false });
  return pdf.finish();
}
