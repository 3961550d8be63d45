import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Share of dark pixels on a PDF's first page, rendered by poppler's pdftoppm at low
 * resolution in grey: a blank page gives 0.
 *
 * @example expect(inkedShareOfFirstPage(await res.arrayBuffer())).toBeGreaterThan(0.02);
 */
export function inkedShareOfFirstPage(pdf: ArrayBuffer | Buffer): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'doc.pdf'), Buffer.from(pdf as ArrayBuffer));
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '40', '-gray', path.join(dir, 'doc.pdf'), path.join(dir, 'page')]);
    const page = fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => f.startsWith('page'))!));
    // PGM: "P5\n<w> <h>\n255\n" then one byte per pixel.
    const header = page.subarray(0, 30).toString('latin1').split(/\s+/);
    const pixels = page.subarray(page.length - Number(header[1]) * Number(header[2]));
    return pixels.filter((v) => v < 200).length / pixels.length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function withPdfFile<T>(pdf: Uint8Array | Buffer, fn: (file: string, dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    return fn(path.join(dir, 'doc.pdf'), dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Renders every page of a PDF with pdftoppm (low resolution, grey) and gives the share of
 * dark pixels of each: its length is the page count.
 *
 * @example expect(inkedShareOfEachPage(pdf)).toHaveLength(1);
 */
export function inkedShareOfEachPage(pdf: Uint8Array | Buffer): number[] {
  return withPdfFile(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-r', '30', '-gray', file, path.join(dir, 'page')]);
    return fs
      .readdirSync(dir)
      .filter((f) => f.startsWith('page'))
      .sort()
      .map((f) => {
        const page = fs.readFileSync(path.join(dir, f));
        const header = page.subarray(0, 30).toString('latin1').split(/\s+/);
        const pixels = page.subarray(page.length - Number(header[1]) * Number(header[2]));
        return pixels.filter((v) => v < 200).length / pixels.length;
      });
  });
}

/** The text of a PDF as poppler's pdftotext reads it (what a screen reader or a search finds). */
export function pdfText(pdf: Uint8Array | Buffer): string {
  return withPdfFile(pdf, (file) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}
