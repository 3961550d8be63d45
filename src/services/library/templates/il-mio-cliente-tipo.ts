import { A4, CONTENT_BOTTOM, CONTENT_WIDTH, INK, drawBox, drawHeader, newA4Form } from './pdf-parts.js';

export const CLIENTE_TIPO_TITLE = 'Il mio cliente tipo';

const BOXES: [string, string][] = [
  ['Chi è', 'Età, lavoro, famiglia. Com’è fatta la sua giornata?'],
  ['Dove vive', 'Quartiere o paese. Quanto è lontano da te? Viene a piedi o in auto?'],
  ['Che cosa compra', 'Quali prodotti o servizi prende da te. Quanto spende di solito.'],
  ['Quando compra', 'Giorni, orari, stagioni. Ogni quanto torna?'],
  ['Perché sceglie te', 'Che cosa trova da te e non dagli altri. Se non lo sai, chiediglielo.'],
  ['Che cosa gli dà fastidio', 'Attese, prezzi poco chiari, orari scomodi. Da te o dagli altri.'],
];

/**
 * "Il mio cliente tipo": one A4 page with boxes to describe one real customer
 * (who, where they live, what and when they buy, why you, what annoys them, how they find you).
 *
 * @example await fs.writeFile('il-mio-cliente-tipo.pdf', await buildIlMioClienteTipo());
 */
export async function buildIlMioClienteTipo(): Promise<Uint8Array> {
  const pdf = newA4Form(CLIENTE_TIPO_TITLE, 'Descrivi un cliente vero per capire a chi vendi');
  const { doc } = pdf;
  let y = drawHeader(
    doc,
    CLIENTE_TIPO_TITLE,
    'Pensa a un cliente vero, uno che torna spesso. Scrivi come ne parleresti a un amico: poche parole, niente paroloni. Quando lo conosci bene, sai che cosa dirgli e dove trovarne altri come lui.',
  );
  y = drawBox(doc, A4.margin, y, CONTENT_WIDTH, 58, 'Il suo nome (anche inventato)', 'Es. la signora Anna, 62 anni, fa la spesa da te ogni mattina.') + 10;
  const gap = 12;
  const colWidth = (CONTENT_WIDTH - gap) / 2;
  const rowHeight = 132;
  BOXES.forEach(([label, hint], i) => {
    const x = A4.margin + (i % 2) * (colWidth + gap);
    const top = y + Math.floor(i / 2) * (rowHeight + 10);
    drawBox(doc, x, top, colWidth, rowHeight, label, hint);
  });
  y += 3 * (rowHeight + 10);
  const tipHeight = 34;
  y = drawBox(doc, A4.margin, y, CONTENT_WIDTH, CONTENT_BOTTOM - y - tipHeight - 8, 'Come ti trova', 'Passaparola, vetrina, Google, social, un amico. Come ti ha conosciuto la prima volta?') + 8;
  doc.font('Helvetica-Bold').fontSize(10).fillColor(INK).text('Prova subito: ', A4.margin, y + 6, { continued: true, width: CONTENT_WIDTH })
    .font('Helvetica').text('questa settimana chiedi a tre clienti «Perché vieni da noi?». Scrivi le risposte qui sopra.');
  return pdf.finish();
}
