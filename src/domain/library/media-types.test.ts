import { describe, expect, it } from 'vitest';
import { sniffImage, sniffVideo } from './media-types.js';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('sniffVideo', () => {
  it('knows MP4 by its ftyp box and WebM by its EBML DocType', () => {
    expect(sniffVideo(bytes([0, 0, 0, 0x20], 'ftypisom', [0, 0, 2, 0], 'isomiso2avc1mp41'))).toEqual({ ext: 'mp4', mediaType: 'video/mp4' });
    expect(sniffVideo(bytes([0, 0, 0, 0x18], 'ftypXXXX', [0, 0, 0, 0], 'mp42'))).toEqual({ ext: 'mp4', mediaType: 'video/mp4' });
    expect(sniffVideo(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'))).toEqual({ ext: 'webm', mediaType: 'video/webm' });
  });

  it('refuses text, QuickTime, audio-only MP4 and Matroska that is not WebM', () => {
    expect(sniffVideo(bytes('Questo è un testo, non un video.'))).toBeUndefined();
    expect(sniffVideo(bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 0, 0], 'qt  '))).toBeUndefined();
    expect(sniffVideo(bytes([0, 0, 0, 0x14], 'ftypM4A ', [0, 0, 0, 0], 'M4A '))).toBeUndefined();
    expect(sniffVideo(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88], 'matroska'))).toBeUndefined();
  });
});

describe('sniffImage', () => {
  it('knows PNG, JPEG and WebP', () => {
    expect(sniffImage(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))?.ext).toBe('png');
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0]))?.ext).toBe('jpg');
    expect(sniffImage(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))?.ext).toBe('webp');
  });

  it('refuses SVG and GIF', () => {
    expect(sniffImage(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeUndefined();
    expect(sniffImage(bytes('GIF89a'))).toBeUndefined();
  });
});
