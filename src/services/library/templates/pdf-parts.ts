import PDFDocument from 'pdfkit';
import { FOOTER } from './xlsx-parts.js';

// A4 in points. Everything is placed at fixed positions so a form stays on one page.
export const A4 = { width: 595.28, height: 841.89, margin: 40 };
export const CONTENT_WIDTH = A4.width - 2 * A4.margin;
export const BRAND = '#0b4f8a';
export const INK = '#1a1a1a';
export const SOFT = '#5b6470';
const LINE = '#c9ced6';
const BOX_FILL = '#f6f8fb';
/** Where the last box may end: the footer sits below. */
export const CONTENT_BOTTOM = A4.height - 48;

export interface TPdf {
  doc: PDFKit.PDFDocument;
  /** Draws the footer, ends the document and gives its bytes. */
  finish(): Promise<Uint8Array>;
}

/**
 * A one-page A4 form in the fonts the check-up report uses (pdfkit's Helvetica, no files to ship).
 * Margins are kept small at the bottom so the footer does not push a second page.
 */
export function newA4Form(title: string, subject: string): TPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: A4.margin, left: A4.margin, right: A4.margin, bottom: 10 },
    info: { Title: title, Subject: subject, Author: 'Affianco — Metodo Pop', CreationDate: new Date(Date.UTC(2026, 0, 1)) },
    lang: 'it-IT',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  return {
    doc,
    finish() {
      doc.save().moveTo(A4.margin, A4.height - 36).lineTo(A4.width - A4.margin, A4.height - 36).lineWidth(0.5).strokeColor(LINE).stroke().restore();
      doc.font('Helvetica').fontSize(8).fillColor(SOFT).text(FOOTER, A4.margin, A4.height - 30, { width: CONTENT_WIDTH, align: 'center', lineBreak: false });
      doc.end();
      return done;
    },
  };
}

/** Title and a short introduction; returns the y where the form begins. */
export function drawHeader(doc: PDFKit.PDFDocument, title: string, intro: string): number {
  doc.font('Helvetica-Bold').fontSize(9).fillColor(SOFT).text('METODO POP · MODELLO DA COMPILARE', A4.margin, A4.margin, { width: CONTENT_WIDTH, characterSpacing: 0.8 });
  doc.font('Helvetica-Bold').fontSize(24).fillColor(BRAND).text(title, A4.margin, A4.margin + 14, { width: CONTENT_WIDTH });
  doc.font('Helvetica').fontSize(11).fillColor(INK).text(intro, A4.margin, doc.y + 4, { width: CONTENT_WIDTH, lineGap: 2 });
  return doc.y + 12;
}

/**
 * A box to write in: a bold label, a grey hint, then faint lines to write on.
 * Returns the y just below the box.
 */
export function drawBox(doc: PDFKit.PDFDocument, x: number, y: number, width: number, height: number, label: string, hint?: string, withLines = true): number {
  doc.save().roundedRect(x, y, width, height, 6).lineWidth(0.8).fillAndStroke(BOX_FILL, LINE).restore();
  doc.font('Helvetica-Bold').fontSize(12).fillColor(BRAND).text(label, x + 10, y + 8, { width: width - 20 });
  let top = doc.y;
  if (hint) {
    doc.font('Helvetica').fontSize(8.5).fillColor(SOFT).text(hint, x + 10, top + 1, { width: width - 20, lineGap: 1 });
    top = doc.y;
  }
  if (withLines) writingLines(doc, x + 10, top + 4, width - 20, y + height - 6);
  return y + height;
}

/** Faint lines every 20 pt from `top` to `bottom`, to write on by hand. */
export function writingLines(doc: PDFKit.PDFDocument, x: number, top: number, width: number, bottom: number): void {
  doc.save().lineWidth(0.5).strokeColor('#d9dde3');
  for (let ly = top + 18; ly <= bottom; ly += 20) doc.moveTo(x, ly).lineTo(x + width, ly).stroke();
  doc.restore();
}

/** An empty square to tick, with its text beside it. */
export function drawCheckbox(doc: PDFKit.PDFDocument, x: number, y: number, text: string, size = 10, width = 150): void {
  doc.save().rect(x, y, size, size).lineWidth(0.9).strokeColor(INK).stroke().restore();
  doc.font('Helvetica').fontSize(10).fillColor(INK).text(text, x + size + 5, y, { width, lineBreak: false });
}
