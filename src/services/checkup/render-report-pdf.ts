import { loadPdfKit } from '../system/load-pdfkit.js';

export interface TReportPdfModel {
  title: string;
  businessName: string;
  dateLine: string;
  levelLabel: string;
  levelName: string;
  overallLine: string;
  /** One radar per group (DMA dimensions, business areas): axis labels and 0–100 values. */
  radars: { heading: string; labels: string[]; values: (number | null)[]; previous?: (number | null)[] }[];
  legend: { now: string; before?: string };
  tableHeading: string;
  tableColumns: [string, string, string, string];
  rows: { label: string; score: string; previous: string; change: string }[];
  prioritiesHeading: string;
  /** Each with the lessons to start from: their titles and full addresses, to type or tap. */
  priorities: { title: string; score: string; reason: string; lessons?: { title: string; address: string }[] }[];
  lessonsLabel?: string;
  peersHeading: string;
  peersText: string;
  nextStepHeading: string;
  nextStepText: string;
  footer: string;
}

// A tall, narrow page reads on a phone without zooming: about a phone screen's proportions.
const PAGE = { width: 340, height: 620, margin: 22 };
const INK = '#1a1a1a';
const BRAND = '#0b4f8a';
const SOFT = '#5b6470';
const BEFORE = '#c2410c';

/**
 * Draws the check-up report as a PDF in Node (pdfkit, no browser). The caller
 * passes every text already in the reader's language.
 *
 * @example const pdf = await renderReportPdf(model); reply.body(pdf, { 'content-type': 'application/pdf' });
 */
export async function renderReportPdf(model: TReportPdfModel): Promise<Buffer> {
  const PDFDocument = await loadPdfKit();
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: PAGE.margin, info: { Title: `${model.title} — ${model.businessName}`, Author: 'Affianco' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = PAGE.width - 2 * PAGE.margin;

  doc.fillColor(BRAND).font('Helvetica-Bold').fontSize(20).text(model.title, { width });
  doc.moveDown(0.2).fillColor(INK).font('Helvetica').fontSize(12).text(model.businessName, { width });
  doc.fillColor(SOFT).fontSize(10).text(model.dateLine, { width });

  doc.moveDown(0.8).fillColor(SOFT).fontSize(10).text(model.levelLabel, { width });
  doc.fillColor(BRAND).font('Helvetica-Bold').fontSize(22).text(model.levelName, { width });
  doc.fillColor(INK).font('Helvetica').fontSize(11).text(model.overallLine, { width });

  for (const radar of model.radars) {
    ensureSpace(doc, 230);
    doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(13).text(radar.heading, { width });
    // Axis labels move the text cursor; the block's height is fixed from its top instead.
    const top = doc.y;
    drawRadar(doc, radar, PAGE.margin + width / 2, top + 100, 72);
    doc.x = PAGE.margin;
    doc.y = top + 195;
    drawLegend(doc, model.legend, Boolean(radar.previous));
  }

  ensureSpace(doc, 120);
  doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(13).text(model.prioritiesHeading, PAGE.margin, doc.y, { width });
  model.priorities.forEach((p, i) => {
    ensureSpace(doc, 70);
    doc.moveDown(0.4).fillColor(BRAND).font('Helvetica-Bold').fontSize(12).text(`${i + 1}. ${p.title} — ${p.score}`, { width });
    doc.fillColor(INK).font('Helvetica').fontSize(11).text(p.reason, { width });
    if (p.lessons?.length) {
      ensureSpace(doc, 30 + 28 * p.lessons.length);
      doc.moveDown(0.2).fillColor(SOFT).font('Helvetica-Bold').fontSize(10).text(model.lessonsLabel ?? '', { width });
      for (const l of p.lessons) {
        doc.fillColor(INK).font('Helvetica').fontSize(10).text(`• ${l.title}`, { width });
        doc.fillColor(BRAND).fontSize(9).text(l.address, { width, link: l.address, underline: false });
      }
    }
  });

  ensureSpace(doc, 60);
  doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(13).text(model.tableHeading, { width });
  drawTable(doc, model.tableColumns, model.rows, width);

  ensureSpace(doc, 60);
  doc.moveDown(0.8).fillColor(INK).font('Helvetica-Bold').fontSize(13).text(model.peersHeading, PAGE.margin, doc.y, { width });
  doc.font('Helvetica').fontSize(11).text(model.peersText, { width });

  ensureSpace(doc, 80);
  doc.moveDown(0.8).fillColor(BRAND).font('Helvetica-Bold').fontSize(14).text(model.nextStepHeading, { width });
  doc.fillColor(INK).font('Helvetica').fontSize(11).text(model.nextStepText, { width });

  doc.moveDown(1).fillColor(SOFT).fontSize(8).text(model.footer, { width });
  doc.end();
  return done;
}

function ensureSpace(doc: PDFKit.PDFDocument, needed: number) {
  if (doc.y + needed > PAGE.height - PAGE.margin) doc.addPage();
}

function polygon(values: (number | null)[], cx: number, cy: number, r: number): [number, number][] {
  return values.map((v, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / values.length;
    const d = (r * Math.max(0, Math.min(100, v ?? 0))) / 100;
    return [cx + d * Math.cos(angle), cy + d * Math.sin(angle)];
  });
}

function drawRadar(doc: PDFKit.PDFDocument, radar: TReportPdfModel['radars'][number], cx: number, cy: number, r: number) {
  const n = radar.labels.length;
  doc.save().lineWidth(0.5).strokeColor('#c9ced6');
  for (const ring of [25, 50, 75, 100]) {
    const pts = polygon(new Array(n).fill(ring), cx, cy, r);
    doc.polygon(...pts).stroke();
  }
  for (const [x, y] of polygon(new Array(n).fill(100), cx, cy, r)) doc.moveTo(cx, cy).lineTo(x, y).stroke();
  doc.restore();
  if (radar.previous) {
    doc.save().lineWidth(1.5).dash(4, { space: 3 }).strokeColor(BEFORE).polygon(...polygon(radar.previous, cx, cy, r)).stroke().undash().restore();
  }
  doc.save().lineWidth(2).fillOpacity(0.25).fillColor(BRAND).strokeColor(BRAND).polygon(...polygon(radar.values, cx, cy, r)).fillAndStroke().restore();
  doc.font('Helvetica').fontSize(8).fillColor(INK);
  polygon(new Array(n).fill(100), cx, cy, r + 12).forEach(([x, y], i) => {
    const label = `${radar.labels[i]} ${radar.values[i] ?? '–'}`;
    const w = 80;
    const align = Math.abs(x - cx) < 5 ? 'center' : x < cx ? 'right' : 'left';
    const left = align === 'center' ? x - w / 2 : align === 'right' ? x - w : x;
    doc.text(label, left, y - 5, { width: w, align });
  });
}

function drawLegend(doc: PDFKit.PDFDocument, legend: TReportPdfModel['legend'], hasBefore: boolean) {
  const y = doc.y;
  doc.save().rect(PAGE.margin, y + 2, 10, 6).fillColor(BRAND).fill().restore();
  doc.font('Helvetica').fontSize(9).fillColor(INK).text(legend.now, PAGE.margin + 14, y, { lineBreak: false });
  if (hasBefore && legend.before) {
    doc.save().moveTo(PAGE.margin + 120, y + 5).lineTo(PAGE.margin + 132, y + 5).lineWidth(1.5).dash(3, { space: 2 }).strokeColor(BEFORE).stroke().undash().restore();
    doc.text(legend.before, PAGE.margin + 136, y, { lineBreak: false });
  }
  doc.x = PAGE.margin;
  doc.y = y + 14;
}

function drawTable(doc: PDFKit.PDFDocument, columns: [string, string, string, string], rows: TReportPdfModel['rows'], width: number) {
  const widths = [width * 0.46, width * 0.18, width * 0.18, width * 0.18];
  const line = (cells: string[], bold: boolean) => {
    ensureSpace(doc, 18);
    const y = doc.y;
    let x = PAGE.margin;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5).fillColor(INK);
    let height = 0;
    cells.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i]! - 4, align: i === 0 ? 'left' : 'right' });
      height = Math.max(height, doc.y - y);
      x += widths[i]!;
    });
    doc.x = PAGE.margin;
    doc.y = y + height + 3;
  };
  line(columns, true);
  for (const row of rows) line([row.label, row.score, row.previous, row.change], false);
}
