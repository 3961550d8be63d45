import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../../config/paths.js';
import { makeZip } from '../../../test/zip.js';
import { MAX_TEMPLATE_BYTES } from '../check-template-file.js';
import { TEMPLATES } from '../templates/index.js';
import { checkUpload } from './check-upload.js';
import { DEMO_TEMPLATES } from './seed-demo-media.js';

const media = (name: string) => new Uint8Array(fs.readFileSync(projectPath('resources', 'media', name)));
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('checkUpload, templates', () => {
  it('refuses a .pdf that is a zip, and an .xlsx that is a renamed PDF', async () => {
    const zip = makeZip([['notes.txt', 'ciao']]);
    expect(await checkUpload('template', zip, 'modulo.pdf')).toMatchObject({ ok: false, code: 'template.type_mismatch' });
    const renamed = await checkUpload('template', PDF, 'listino.xlsx');
    expect(renamed).toMatchObject({ ok: false, code: 'template.type_mismatch' });
    if (!renamed.ok) expect(renamed.message).toMatch(/PDF/);
  });

  it('refuses a template of 10 MB and one byte, takes one of exactly 10 MB', async () => {
    const big = new Uint8Array(MAX_TEMPLATE_BYTES + 1);
    big.set(PDF);
    expect(await checkUpload('template', big, 'modulo.pdf')).toMatchObject({ ok: false, code: 'template.too_large' });
    expect(await checkUpload('template', big.subarray(0, MAX_TEMPLATE_BYTES), 'modulo.pdf')).toMatchObject({ ok: true, mediaType: 'application/pdf' });
  });

  it('takes the six committed demo templates, the same as the builders list', async () => {
    expect(DEMO_TEMPLATES.map((t) => [t.fileName, t.title]).sort()).toEqual(TEMPLATES.map((t) => [t.fileName, t.title]).sort());
    for (const t of DEMO_TEMPLATES) {
      const bytes = new Uint8Array(fs.readFileSync(projectPath('resources', 'templates', t.fileName)));
      expect(await checkUpload('template', bytes, t.fileName), t.fileName).toMatchObject({ ok: true });
    }
  });
});

describe('checkUpload, video, poster and captions', () => {
  it('takes the demo video, poster and captions', async () => {
    expect(await checkUpload('video', media('il-sito-a-99-euro.mp4'), 'lezione.mp4')).toEqual({ ok: true, mediaType: 'video/mp4', fileName: 'lezione.mp4' });
    expect(await checkUpload('poster', media('il-sito-a-99-euro.poster.png'), 'copertina.png')).toEqual({ ok: true, mediaType: 'image/png', fileName: 'copertina.png' });
    expect(await checkUpload('captions', media('il-sito-a-99-euro.it.vtt'), 'sottotitoli.vtt')).toMatchObject({ ok: true, mediaType: 'text/vtt; charset=utf-8' });
  });

  it('refuses an .mp4 that is text, an empty one and one over 50 MB', async () => {
    const text = await checkUpload('video', new TextEncoder().encode('Questo è un testo, non un video.'), 'lezione.mp4');
    expect(text).toMatchObject({ ok: false, code: 'video.type_not_allowed' });
    expect(await checkUpload('video', new Uint8Array(), 'lezione.mp4')).toMatchObject({ ok: false, code: 'video.type_not_allowed' });
    const huge = new Uint8Array(50 * 1024 * 1024 + 1);
    huge.set(media('il-sito-a-99-euro.mp4').subarray(0, 64));
    expect(await checkUpload('video', huge, 'lezione.mp4')).toMatchObject({ ok: false, code: 'video.too_large' });
  });

  it('refuses an SVG poster, however it is named', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const name of ['copertina.svg', 'copertina.png']) expect(await checkUpload('poster', svg, name)).toMatchObject({ ok: false, code: 'video.poster_not_allowed' });
  });

  it('names the file by what it is, whatever extension it came with', async () => {
    expect(await checkUpload('poster', media('il-sito-a-99-euro.poster.png'), 'copertina.jpg')).toMatchObject({ ok: true, fileName: 'copertina.png' });
  });

  it('refuses captions that are SRT, binary or not UTF-8, saying why in Italian or English', async () => {
    const srt = await checkUpload('captions', new TextEncoder().encode('1\n00:00:01,000 --> 00:00:02,000\nCiao\n'), 'sottotitoli.vtt');
    expect(srt).toMatchObject({ ok: false, code: 'video.captions_invalid' });
    if (!srt.ok) expect(srt.message).toMatch(/WEBVTT/);
    expect(await checkUpload('captions', media('il-sito-a-99-euro.poster.png'), 'sottotitoli.vtt', 'en')).toMatchObject({ ok: false, message: expect.stringMatching(/UTF-8/) });
    expect(await checkUpload('captions', new Uint8Array([0x57, 0x45, 0x42, 0xff, 0xfe]), 'x.vtt')).toMatchObject({ ok: false, code: 'video.captions_invalid' });
  });
});
