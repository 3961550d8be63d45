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
