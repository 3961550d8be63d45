import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TTestApp } from '../test/app.js';

// A build as web/build/precompress.ts leaves it: each asset with its .br and .gz beside it.
const code = `export const words = ${JSON.stringify('parole '.repeat(400))};\n`;
function builtWeb(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-dist-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head></head><body><div id="root"></div></body></html>');
  const asset = path.join(dir, 'assets', 'app-1.js');
  fs.writeFileSync(asset, code);
  fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(code));
  fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(code));
  return dir;
}

let t: TTestApp;
let dist: string;
beforeAll(async () => {
  dist = builtWeb();
  t = await createTestApp({ webDist: dist });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

describe('compression, for a phone on a slow line', () => {
  it('sends the built code compressed as the browser accepts it, and plain to one that accepts none', async () => {
    const br = await t.call('GET', '/assets/app-1.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    expect(br.headers.get('cache-control')).toContain('immutable');
    expect(zlib.brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(code);

    const gz = await t.call('GET', '/assets/app-1.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(code);

    const plain = await t.call('GET', '/assets/app-1.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(code);
  });

  it('gzips JSON answers when asked, and leaves them plain otherwise', async () => {
    const gz = await t.call('GET', '/api/openapi.json', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(gz.status).toBe(200);
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const body = zlib.gunzipSync(Buffer.from(await gz.arrayBuffer()));
    expect(JSON.parse(body.toString())).toMatchObject({ openapi: expect.stringMatching(/^3\.1/) });

    const plain = await t.call('GET', '/api/openapi.json');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(((await plain.json()) as { openapi: string }).openapi).toMatch(/^3\.1/);
  });
});
