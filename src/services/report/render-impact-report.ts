import { loadPdfKit } from '../system/load-pdfkit.js';
import type { TImpactReportModel } from './impact-report-model.js';
import { provincePaths } from './province-paths.js';

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const INK = '#1a1a1a';
const BRAND = '#0b4f8a';
const SOFT = '#5b6470';
const BAR = '#2f6fb0';
const LIGHT = '#dbe6f3';
const EMPTY = '#f1f3f5';
const MAP = { width: 400, height: 470 };

type TDoc = PDFKit.PDFDocument;
const inner = PAGE.width - 2 * PAGE.margin;

function ensureSpace(doc: TDoc, needed: number): void {
  if (doc.y + needed > PAGE.height - PAGE.margin - 20) doc.addPage();
}

function heading(doc: TDoc, text: string, intro?: string): void {
  ensureSpace(doc, 80);
  doc.moveDown(1).fillColor(BRAND).font('Helvetica-Bold').fontSize(15).text(text, PAGE.margin, doc.y, { width: inner });
  if (intro) doc.moveDown(0.2).fillColor(SOFT).font('Helvetica').fontSize(9.5).text(intro, { width: inner });
  doc.moveDown(0.5);
}

function keyFigures(doc: TDoc, figures: TImpactReportModel['keyFigures']): void {
  const gap = 10;
  const boxW = (inner - gap) / 2;
  const boxH = 58;
  const top = doc.y + 6;
  figures.slice(0, 4).forEach((f, i) => {
    const x = PAGE.margin + (i % 2) * (boxW + gap);
    const y = top + Math.floor(i / 2) * (boxH + gap);
    doc.roundedRect(x, y, boxW, boxH, 6).fillColor(LIGHT).fill();
    doc.fillColor(BRAND).font('Helvetica-Bold').fontSize(20).text(f.value, x + 12, y + 9, { width: boxW - 24 });
    doc.fillColor(INK).font('Helvetica').fontSize(9.5).text(f.label, x + 12, y + 36, { width: boxW - 24 });
  });
  doc.x = PAGE.margin;
  doc.y = top + Math.ceil(Math.min(4, figures.length) / 2) * (boxH + gap);
}

function funnel(doc: TDoc, model: TImpactReportModel['funnel']): void {
  heading(doc, model.heading, model.intro);
  const labelW = 150;
  const barMax = inner - labelW - 70;
  const max = Math.max(1, ...model.steps.map((s) => s.count));
  for (const step of model.steps) {
    ensureSpace(doc, 34);
    const y = doc.y;
    doc.fillColor(INK).font('Helvetica').fontSize(10).text(step.label, PAGE.margin, y + 2, { width: labelW - 8 });
    const w = Math.max(2, (barMax * step.count) / max);
    doc.rect(PAGE.margin + labelW, y, w, 14).fillColor(BAR).fill();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(10).text(step.countText, PAGE.margin + labelW + w + 6, y + 2, { width: 70, lineBreak: false });
    doc.y = y + 17;
    if (step.note) doc.fillColor(SOFT).font('Helvetica').fontSize(8.5).text(step.note, PAGE.margin + labelW, doc.y, { width: barMax + 60 });
    doc.x = PAGE.margin;
    doc.y = Math.max(doc.y, y + 20) + 6;
  }
}

/** A median with its spread on an axis from −50 to +50 points: a bar from Q1 to Q3, a dot at the median. */
function impact(doc: TDoc, model: TImpactReportModel['impact']): void {
  heading(doc, model.heading, model.intro);
  const labelW = 150;
  const axisW = inner - labelW - 10;
  const x0 = PAGE.margin + labelW;
  const at = (points: number) => x0 + ((Math.max(-50, Math.min(50, points)) + 50) / 100) * axisW;
  ensureSpace(doc, 30);
  const axisY = doc.y;
  doc.fillColor(SOFT).font('Helvetica').fontSize(8);
  doc.text(model.axisLabels.low, x0, axisY, { width: 80, lineBreak: false });
  doc.text(model.axisLabels.zero, at(0) - 40, axisY, { width: 80, align: 'center', lineBreak: false });
  doc.text(model.axisLabels.high, x0 + axisW - 80, axisY, { width: 80, align: 'right', lineBreak: false });
  doc.y = axisY + 14;
  for (const row of model.rows) {
    ensureSpace(doc, 36);
    const y = doc.y;
    doc.fillColor(INK).font('Helvetica').fontSize(10).text(row.label, PAGE.margin, y, { width: labelW - 8 });
    doc.moveTo(x0, y + 7).lineTo(x0 + axisW, y + 7).lineWidth(0.5).strokeColor('#c7ced6').stroke();
    doc.moveTo(at(0), y + 1).lineTo(at(0), y + 13).lineWidth(0.8).strokeColor(SOFT).stroke();
    if (row.median !== null && row.q1 !== null && row.q3 !== null) {
      doc.rect(at(row.q1), y + 3, Math.max(1.5, at(row.q3) - at(row.q1)), 8).fillColor(LIGHT).fill();
      doc.circle(at(row.median), y + 7, 4).fillColor(BAR).fill();
    }
    doc.fillColor(SOFT).font('Helvetica').fontSize(8.5).text(row.text, x0, y + 16, { width: axisW });
    doc.x = PAGE.margin;
    doc.y = Math.max(doc.y, y + 28) + 4;
  }
  doc.moveDown(0.3).fillColor(SOFT).font('Helvetica-Oblique').fontSize(8.5).text(model.privacyNote, PAGE.margin, doc.y, { width: inner });
}

function bars(doc: TDoc, rows: { label: string; value: number; text: string }[]): void {
  const labelW = 190;
  const barMax = inner - labelW - 60;
  const max = Math.max(1, ...rows.map((r) => r.value));
  for (const row of rows) {
    ensureSpace(doc, 22);
    const y = doc.y;
    doc.fillColor(INK).font('Helvetica').fontSize(10).text(row.label, PAGE.margin, y + 1, { width: labelW - 8 });
    const w = Math.max(2, (barMax * row.value) / max);
    doc.rect(PAGE.margin + labelW, y, w, 12).fillColor(BAR).fill();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(9.5).text(row.text, PAGE.margin + labelW + w + 6, y + 1, { width: 60, lineBreak: false });
    doc.x = PAGE.margin;
    doc.y = Math.max(doc.y, y + 16) + 4;
  }
}

function satisfaction(doc: TDoc, model: TImpactReportModel['satisfaction']): void {
  heading(doc, model.heading);
  ensureSpace(doc, 110);
  const top = doc.y;
  const h = 70;
  const colW = 36;
  const max = Math.max(1, ...model.counts);
  model.counts.forEach((count, i) => {
    const x = PAGE.margin + i * (colW + 12);
    const barH = (h * count) / max;
    doc.rect(x, top + h - barH, colW, Math.max(1, barH)).fillColor(BAR).fill();
    doc.fillColor(INK).font('Helvetica-Bold').fontSize(9).text(String(count), x, top + h - barH - 12, { width: colW, align: 'center', lineBreak: false });
    doc.fillColor(SOFT).font('Helvetica').fontSize(9).text(`${i + 1}/5`, x, top + h + 4, { width: colW, align: 'center', lineBreak: false });
  });
  doc.x = PAGE.margin;
  doc.y = top + h + 20;
  doc.fillColor(INK).font('Helvetica').fontSize(10).text(model.line, PAGE.margin, doc.y, { width: inner });
}

async function map(doc: TDoc, model: TImpactReportModel['map']): Promise<void> {
  doc.addPage();
  heading(doc, model.heading, model.intro);
  const shapes = await provincePaths(MAP.width, MAP.height);
  const left = PAGE.margin;
  const top = doc.y;
  doc.save();
  doc.translate(left, top);
  for (const p of shapes.provinces) {
    doc.path(p.d).lineWidth(0.3).fillAndStroke(model.fills[p.code] ?? EMPTY, '#ffffff');
  }
  doc.path(shapes.regionBorders).lineWidth(0.7).strokeColor('#6b7785').stroke();
  doc.restore();
  // The legend sits in the sea, to the right of Sardinia's latitude.
  let y = top + 20;
  const lx = left + MAP.width - 40;
  for (const item of model.legend) {
    doc.rect(lx, y, 14, 10).fillColor(item.color).fill();
    doc.rect(lx, y, 14, 10).lineWidth(0.4).strokeColor('#6b7785').stroke();
    doc.fillColor(INK).font('Helvetica').fontSize(9).text(item.label, lx + 20, y, { width: inner - MAP.width + 20, lineBreak: false });
    y += 16;
  }
  doc.x = PAGE.margin;
  doc.y = top + MAP.height + 10;
  doc.fillColor(SOFT).font('Helvetica').fontSize(8.5).text(model.note, { width: inner });
}

/**
 * Draws the "Rapporto di impatto" as an A4 PDF (pdfkit, vector charts and map, no browser):
 * key figures and the funnel, the change per check-up area with its spread, goals reached,
 * hours and satisfaction, and the territory on a map.
 *
 * @example const pdf = await renderImpactReport(model);
 */
export async function renderImpactReport(model: TImpactReportModel): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: 'A4', margin: PAGE.margin, bufferPages: true, info: { Title: `${model.title} — ${model.scopeName}`, Author: 'Affianco', Subject: model.periodLine } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.rect(0, 0, PAGE.width, 8).fillColor(BRAND).fill();
  doc.fillColor(BRAND).font('Helvetica-Bold').fontSize(26).text(model.title, PAGE.margin, PAGE.margin, { width: inner });
  doc.fillColor(INK).font('Helvetica-Bold').fontSize(14).text(model.scopeName, { width: inner });
  doc.fillColor(SOFT).font('Helvetica').fontSize(10.5).text(model.periodLine, { width: inner });
  keyFigures(doc, model.keyFigures);
  funnel(doc, model.funnel);

  doc.addPage();
  impact(doc, model.impact);
  heading(doc, model.goals.heading);
  if (model.goals.rows.length === 0) doc.fillColor(SOFT).font('Helvetica').fontSize(10).text(model.goals.empty, { width: inner });
  else bars(doc, model.goals.rows);
  heading(doc, model.hours.heading);
  doc.fillColor(INK).font('Helvetica').fontSize(10).text(model.hours.line, PAGE.margin, doc.y, { width: inner });
  satisfaction(doc, model.satisfaction);

  await map(doc, model.map);

  // Every page says what it is and when it was made, in case it is printed and separated.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Below the bottom margin pdfkit would start a new page for the line: lift the margin first.
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin + 14;
    doc.fillColor(SOFT).font('Helvetica').fontSize(8).text(`${model.footer} · ${model.generatedLine} · ${i + 1}/${range.count}`, PAGE.margin, y, { width: inner, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
