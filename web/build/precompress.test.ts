import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompress } from './precompress';

type THooks = { configResolved: (config: unknown) => void; closeBundle: () => void };

describe('precompress', () => {
  it('writes a .br and a .gz beside each text file of the build worth it, and leaves the rest', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-build-'));
    const out = path.join(root, 'dist');
    fs.mkdirSync(path.join(out, 'assets'), { recursive: true });
    const code = 'const a = 1;\n'.repeat(200);
    fs.writeFileSync(path.join(out, 'assets', 'app.js'), code);
    fs.writeFileSync(path.join(out, 'assets', 'tiny.css'), 'a{}');
    fs.writeFileSync(path.join(out, 'icon.png'), Buffer.alloc(4096));

    const plugin = precompress() as unknown as THooks;
    plugin.configResolved({ root, build: { outDir: 'dist' } });
    plugin.closeBundle();

    expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(out, 'assets', 'app.js.br'))).toString()).toBe(code);
    expect(zlib.gunzipSync(fs.readFileSync(path.join(out, 'assets', 'app.js.gz'))).toString()).toBe(code);
    expect(fs.existsSync(path.join(out, 'assets', 'tiny.css.br'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'icon.png.br'))).toBe(false);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
