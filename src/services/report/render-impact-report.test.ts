import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkedShareOfEachPage, pdfText } from '../../test/pdf.js';
import type { TImpactReportModel } from './impact-report-model.js';
import { renderImpactReport } from './render-impact-report.js';

const model: TImpactReportModel = {
  title: 'Rapporto di impatto',
  scopeName: 'Sportello Bari',
  periodLine: 'Dal 1 gennaio al 30 novembre 2026',
  generatedLine: 'Creato il 3 dicembre 2026 alle 18:05',
  keyFigures: [
    { label: 'Imprese in affiancamento', value: '42' },
    { label: 'Obiettivi raggiunti', value: '17' },
    { label: 'Ore di manager', value: '128' },
    { label: 'Soddisfazione media', value: '4,4 su 5' },
  ],
  funnel: {
    heading: 'Dal primo contatto all’obiettivo',
    intro: 'Quante imprese arrivano a ogni passo.',
    steps: [
      { label: 'Contatto', count: 120, countText: '120', note: null },
      { label: 'Ascolto', count: 96, countText: '96', note: '80% del passo prima · mediana 2 giorni' },
      { label: 'Check-up', count: 70, countText: '70', note: '73% · mediana 5 giorni' },
      { label: 'Primo incontro', count: 51, countText: '51', note: '73% · mediana 9 giorni' },
      { label: 'Piano', count: 40, countText: '40', note: '78% · mediana 12 giorni' },
      { label: 'Obiettivo raggiunto', count: 17, countText: '17', note: '43% · mediana 60 giorni' },
    ],
  },
  impact: {
    heading: 'Cosa è cambiato, area per area',
    intro: 'Punti guadagnati tra il primo check-up e il secondo.',
    rows: [
      { label: 'Marketing', median: 12, q1: 6, q3: 20, text: 'mediana +12 punti (14 imprese)' },
      { label: 'Vendite online', median: 8, q1: -2, q3: 15, text: 'mediana +8 punti (9 imprese)' },
      { label: 'Pagamenti', median: null, q1: null, q3: null, text: 'meno di 5 imprese: non mostrato' },
    ],
    axisLabels: { low: '-50', zero: '0', high: '+50' },
    privacyNote: 'Gruppi con meno di 5 imprese non sono mostrati.',
  },
  goals: { heading: 'Obiettivi raggiunti', rows: [{ label: 'Più clienti', value: 9, text: '9' }, { label: 'Vendere online', value: 5, text: '5' }], empty: 'Nessuno ancora.' },
  satisfaction: { heading: 'Soddisfazione dopo gli incontri', counts: [1, 0, 4, 20, 31], line: '56 giudizi, media 4,4 su 5.' },
  hours: { heading: 'Ore di manager', line: '128 ore in 12 affiancamenti.' },
  map: {
    heading: 'Il territorio',
    intro: 'Imprese in affiancamento per provincia.',
    fills: { '072': '#08306b', '110': '#4292c6', '073': '#c6dbef' },
    legend: [
      { label: '1-5', color: '#c6dbef' },
      { label: '6-20', color: '#4292c6' },
      { label: 'oltre 20', color: '#08306b' },
    ],
    note: 'Le province in grigio non hanno imprese in affiancamento o non sono di questo sportello.',
  },
  footer: 'Affianco · Sportello Bari',
};

/** How many pixels of a page, rendered in colour, are close to the given colour. */
function pixelsNear(pdf: Buffer, page: number, hex: string): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-report-'));
  try {
    fs.writeFileSync(path.join(dir, 'r.pdf'), pdf);
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '40', path.join(dir, 'r.pdf'), path.join(dir, 'p')]);
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.ppm'))!;
    const ppm = fs.readFileSync(path.join(dir, file));
    const header = ppm.subarray(0, 30).toString('latin1').split(/\s+/);
    const count = Number(header[1]) * Number(header[2]);
    const pixels = ppm.subarray(ppm.length - count * 3);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    let near = 0;
    for (let i = 0; i < pixels.length; i += 3) if (Math.abs(pixels[i]! - r!) + Math.abs(pixels[i + 1]! - g!) + Math.abs(pixels[i + 2]! - b!) < 30) near++;
    return near;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderImpactReport', () => {
  it('draws three A4 pages with the figures, the charts and the map', async () => {
    const pdf = await renderImpactReport(model);
    const inked = inkedShareOfEachPage(pdf);
    expect(inked).toHaveLength(3);
    for (const share of inked) expect(share).toBeGreaterThan(0.01);
    const text = pdfText(pdf);
    for (const words of ['Rapporto di impatto', 'Sportello Bari', 'Primo incontro', 'mediana +12 punti', 'meno di 5 imprese', 'Soddisfazione dopo gli incontri', 'Il territorio', '3/3']) expect(text).toContain(words);
    // The funnel's bars and the map's provinces are really drawn, in their colours.
    expect(pixelsNear(pdf, 1, '#2f6fb0')).toBeGreaterThan(200);
    expect(pixelsNear(pdf, 3, '#08306b')).toBeGreaterThan(5);
    expect(pixelsNear(pdf, 3, '#f1f3f5')).toBeGreaterThan(2000);
  });
});
