/**
 * What a lesson's video, poster and captions may be, judged by their first bytes (never by
 * the name or the type the browser sent), and how large each may be.
 */

/** 50 MiB: two or three minutes at 640x360 are 10–20 MB; the demo's 34 s are 0.3 MB. */
export const MAX_VIDEO_BYTES = 50 * 1024 * 1024;
/** 2 MiB: a poster is one frame; a photo straight from a phone should be made smaller. */
export const MAX_POSTER_BYTES = 2 * 1024 * 1024;
/** 512 KiB: an hour of captions is about 100 KB. */
export const MAX_CAPTIONS_BYTES = 512 * 1024;

export type TVideoType = { ext: 'mp4' | 'webm'; mediaType: 'video/mp4' | 'video/webm' };
export type TImageType = { ext: 'png' | 'jpg' | 'webp'; mediaType: 'image/png' | 'image/jpeg' | 'image/webp' };

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** ISO base media brands of MP4 video; QuickTime ('qt  ') and audio-only ('M4A ') are not among them. */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'M4VH', 'M4VP', 'mmp4', 'msnv', 'f4v ']);

/**
 * MP4 (an `ftyp` box with a video brand) or WebM (an EBML header whose DocType is "webm"),
 * from the first bytes of the file; undefined for anything else.
 *
 * @example sniffVideo(firstBytes) // { ext: 'mp4', mediaType: 'video/mp4' }
 */
export function sniffVideo(head: Uint8Array): TVideoType | undefined {
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') {
    const brands = [ascii(head, 8, 12)];
    const boxSize = (head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!;
    for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) brands.push(ascii(head, at, at + 4));
    return brands.some((b) => MP4_BRANDS.has(b)) ? { ext: 'mp4', mediaType: 'video/mp4' } : undefined;
  }
  if (head.length >= 4 && head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) {
    // DocType (0x4282) sits in the EBML header, within its first few dozen bytes.
    const header = ascii(head, 0, Math.min(head.length, 64));
    return /\x42\x82.webm/s.test(header) ? { ext: 'webm', mediaType: 'video/webm' } : undefined;
  }
  return undefined;
}

/**
 * PNG, JPEG or WebP from the first bytes; undefined for anything else (SVG above all: it is
 * a document that can carry script, not a picture).
 *
 * @example sniffImage(firstBytes) // { ext: 'png', mediaType: 'image/png' }
 */
export function sniffImage(head: Uint8Array): TImageType | undefined {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((b, i) => head[i] === b)) return { ext: 'png', mediaType: 'image/png' };
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { ext: 'jpg', mediaType: 'image/jpeg' };
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return { ext: 'webp', mediaType: 'image/webp' };
  return undefined;
}
