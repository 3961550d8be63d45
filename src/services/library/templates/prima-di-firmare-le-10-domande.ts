import { A4, BRAND, CONTENT_BOTTOM, CONTENT_WIDTH, INK, SOFT, drawHeader, newA4Form } from './pdf-parts.js';

export const PRIMA_DI_FIRMARE_TITLE = 'Prima di firmare: le 10 domande';

/** Each question with why it matters, in the words of someone who has been caught out. */
const QUESTIONS: [string, string][] = [
  ['Quanto dura il contratto, come minimo?', '48 mesi sono 4 anni. Chiedi se c’è un contratto che puoi lasciare ogni mese.'],
  ['Come e quando posso disdire?', 'Quanti giorni di preavviso? Con PEC o raccomandata? Si rinnova da solo se non disdici in tempo?'],
  ['Quanto pago se esco prima?', 'Penali, rate che restano, noleggio del POS da pagare fino alla fine. Fatti scrivere la cifra.'],
  ['Quanto spendo in tutto in 3 anni?', 'Somma canone, attivazione, commissioni, rinnovi e IVA. Chiedi un solo numero, scritto.'],
  ['Di chi è il dominio, il nome del sito?', 'Deve essere intestato a te, non all’agenzia. Se te ne vai, il nome resta tuo.'],
  ['Di chi sono i dati e i contenuti?', 'Testi, foto, elenco dei clienti, recensioni: devono restare tuoi, anche dopo.'],
  ['Se me ne vado, in che formato mi date i miei dati?', 'File che si aprono ovunque: CSV, Excel, una copia completa del sito. Gratis e in pochi giorni.'],
  ['Che cosa vuol dire «primo posto su Google garantito»?', 'Nessuno lo può garantire: Google non vende i primi posti nei risultati normali. Spesso è pubblicità a pagamento, o una parola che nessuno cerca.'],
  ['Quali commissioni pago su ogni incasso?', 'Per il POS: la percentuale, il costo fisso per ogni pagamento, il canone, i costi per carte estere o aziendali.'],
  ['Chi mi risponde se qualcosa non va, e in quanto tempo?', 'Un nome, un numero, gli orari. Scritti nel contratto, non solo promessi a voce.'],
];

/**
 * "Prima di firmare: le 10 domande": a checklist against the 99-euro website with
 * "first place on Google guaranteed" and 48-month POS contracts, on one A4 page.
 *
 * @example await fs.writeFile('prima-di-firmare-le-10-domande.pdf', await buildPrimaDiFirmare());
 */
export async function buildPrimaDiFirmare(): Promise<Uint8Array> {
  const pdf = newA4Form(PRIMA_DI_FIRMARE_TITLE, 'Le domande da fare prima di firmare un contratto per un sito, un POS o un servizio digitale');
  const { doc } = pdf;
  const left = A4.margin;
  const y = drawHeader(
    doc,
    PRIMA_DI_FIRMARE_TITLE,
    'Ti offrono un sito a 99 euro con «il primo posto su Google garantito»? O un POS con un contratto di 48 mesi? Prima di firmare, fai queste 10 domande. Scrivi le risposte e fattele mettere nel contratto.',
  );
  const answerWidth = 150;
  const textWidth = CONTENT_WIDTH - 34 - answerWidth - 10;
  const available = CONTENT_BOTTOM - y - 64;
  const step = available / QUESTIONS.length;
  QUESTIONS.forEach(([question, why], i) => {
    const top = y + i * step;
    if (i % 2 === 0) doc.save().rect(left - 4, top - 4, CONTENT_WIDTH + 8, step).fill('#f6f8fb').restore();
    doc.save().rect(left + 2, top + 1, 12, 12).lineWidth(1).strokeColor(INK).stroke().restore();
    doc.font('Helvetica-Bold').fontSize(11).fillColor(BRAND).text(`${i + 1}. ${question}`, left + 22, top, { width: textWidth + 12 });
    doc.font('Helvetica').fontSize(9).fillColor(INK).text(why, left + 22, doc.y + 1, { width: textWidth, lineGap: 0.5 });
    const ax = left + CONTENT_WIDTH - answerWidth;
    doc.font('Helvetica').fontSize(7.5).fillColor(SOFT).text('La risposta:', ax, top + 1, { lineBreak: false });
    doc.save().lineWidth(0.5).strokeColor('#b8c0cc').moveTo(ax, top + 24).lineTo(ax + answerWidth, top + 24).stroke().moveTo(ax, top + step - 10).lineTo(ax + answerWidth, top + step - 10).stroke().restore();
  });
  const boxTop = y + QUESTIONS.length * step + 6;
  doc.save().roundedRect(left, boxTop, CONTENT_WIDTH, CONTENT_BOTTOM - boxTop, 6).lineWidth(1.2).fillAndStroke('#fff4e5', '#c2410c').restore();
  doc.font('Helvetica-Bold').fontSize(12).fillColor('#9a3412').text('La regola d’oro', left + 12, boxTop + 9, { width: CONTENT_WIDTH - 24 });
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(
    'Se non ti danno le risposte per iscritto, non firmare. Nessuna offerta seria scade «solo per oggi». Porta il contratto al tuo Digital Angel: lo leggete insieme, con calma.',
    left + 12, doc.y + 2, { width: CONTENT_WIDTH - 24, lineGap: 1 },
  );
  return pdf.finish();
}
