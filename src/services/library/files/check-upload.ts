import { MAX_CAPTIONS_BYTES, MAX_POSTER_BYTES, MAX_VIDEO_BYTES, sniffImage, sniffVideo } from '../../../domain/library/media-types.js';
import { parseWebVtt, type TWebVttProblem } from '../../../domain/library/webvtt.js';
import type { TErrorCode } from '../../../shared/errors.js';
import { DEFAULT_LOCALE, type TLocale } from '../../../shared/locale.js';
import { checkTemplateFile, MAX_TEMPLATE_BYTES } from '../check-template-file.js';

export type TUploadKind = 'video' | 'poster' | 'captions' | 'template';

/** The largest file of each kind, also the basis of each upload route's body limit. */
export const MAX_UPLOAD_BYTES: Record<TUploadKind, number> = {
  video: MAX_VIDEO_BYTES,
  poster: MAX_POSTER_BYTES,
  captions: MAX_CAPTIONS_BYTES,
  template: MAX_TEMPLATE_BYTES,
};

export type TUploadCheck =
  | { ok: true; mediaType: string; fileName: string }
  | { ok: false; code: TErrorCode; message: string };

const mb = (bytes: number, locale: TLocale) => (bytes / (1024 * 1024)).toLocaleString(locale === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 });

const MESSAGES = {
  videoEmpty: { it: () => 'Il file del video è vuoto. Esportalo di nuovo e riprova.', en: () => 'The video file is empty. Export it again and retry.' },
  videoTooLarge: {
    it: (size: string) => `Il video pesa ${size} MB: al massimo 50 MB. Esportalo più piccolo (per esempio 640x360) o caricalo su YouTube o Vimeo e collegalo.`,
    en: (size: string) => `The video is ${size} MB: 50 MB at most. Export it smaller (640x360, say) or put it on YouTube or Vimeo and link it.`,
  },
  videoType: {
    it: () => 'Questo file non è un video MP4 o WebM. Esporta il video in MP4 (H.264) e riprova.',
    en: () => 'This file is not an MP4 or WebM video. Export the video as MP4 (H.264) and retry.',
  },
  posterTooLarge: {
    it: (size: string) => `La copertina pesa ${size} MB: al massimo 2 MB. Rimpiccioliscila e riprova.`,
    en: (size: string) => `The poster is ${size} MB: 2 MB at most. Make it smaller and retry.`,
  },
  posterType: {
    it: () => "La copertina deve essere un'immagine PNG, JPEG o WebP (non SVG né altri file).",
    en: () => 'The poster must be a PNG, JPEG or WebP picture (not SVG nor other files).',
  },
  captionsTooLarge: { it: () => 'I sottotitoli pesano troppo: al massimo 512 KB.', en: () => 'The captions file is too large: 512 KB at most.' },
  captionsText: {
    it: () => 'I sottotitoli devono essere un file di testo WebVTT (.vtt) in UTF-8.',
    en: () => 'The captions must be a WebVTT text file (.vtt) in UTF-8.',
  },
} as const;

const VTT_PROBLEMS: Record<TWebVttProblem, Record<TLocale, (line: number) => string>> = {
  no_header: {
    it: () => 'Questo non è un file WebVTT: la prima riga deve essere WEBVTT. Se hai un file .srt, convertilo in .vtt.',
    en: () => 'This is not a WebVTT file: its first line must be WEBVTT. If you have an .srt file, convert it to .vtt.',
  },
  bad_timing: {
    it: (line) => `Alla riga ${line} i tempi non si leggono. Devono essere così: 00:00:01.000 --> 00:00:04.000.`,
    en: (line) => `The times on line ${line} cannot be read. They must look like 00:00:01.000 --> 00:00:04.000.`,
  },
  empty_cue: { it: (line) => `Il sottotitolo alla riga ${line} non ha testo.`, en: (line) => `The caption on line ${line} has no text.` },
  no_cues: { it: () => 'Il file non contiene sottotitoli.', en: () => 'The file contains no captions.' },
};

function baseName(fileName: string, fallback: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 120);
  return base || fallback;
}

/** The name without its extension, with the extension of what the content really is. */
function withExtension(fileName: string, ext: string, fallback: string): string {
  const base = baseName(fileName, fallback);
  const dot = base.lastIndexOf('.');
  return `${dot > 0 ? base.slice(0, dot) : base}.${ext}`;
}

/**
 * Checks an upload for a lesson by its content: a video is MP4 or WebM, a poster PNG, JPEG or
 * WebP, captions WebVTT, a template PDF/DOCX/XLSX/ODT/ODS (checkTemplateFile); each within its
 * size. The message (it/en) goes next to the file field; nothing is stored when it fails.
 *
 * @example await checkUpload('poster', svgBytes, 'copertina.svg') // { ok: false, code: 'video.poster_not_allowed', message: '…' }
 */
export async function checkUpload(kind: TUploadKind, bytes: Uint8Array, fileName: string, locale: TLocale = DEFAULT_LOCALE): Promise<TUploadCheck> {
  if (kind === 'template') {
    const check = await checkTemplateFile(bytes, fileName, locale);
    return check.ok ? { ok: true, mediaType: check.mime, fileName: baseName(fileName, `modello.${check.ext}`) } : { ok: false, code: check.code, message: check.message };
  }
  if (kind === 'video') {
    if (bytes.byteLength === 0) return { ok: false, code: 'video.type_not_allowed', message: MESSAGES.videoEmpty[locale]() };
    if (bytes.byteLength > MAX_VIDEO_BYTES) return { ok: false, code: 'video.too_large', message: MESSAGES.videoTooLarge[locale](mb(bytes.byteLength, locale)) };
    const type = sniffVideo(bytes.subarray(0, 64));
    if (!type) return { ok: false, code: 'video.type_not_allowed', message: MESSAGES.videoType[locale]() };
    return { ok: true, mediaType: type.mediaType, fileName: withExtension(fileName, type.ext, 'video') };
  }
  if (kind === 'poster') {
    if (bytes.byteLength > MAX_POSTER_BYTES) return { ok: false, code: 'video.poster_too_large', message: MESSAGES.posterTooLarge[locale](mb(bytes.byteLength, locale)) };
    const type = sniffImage(bytes.subarray(0, 16));
    if (!type) return { ok: false, code: 'video.poster_not_allowed', message: MESSAGES.posterType[locale]() };
    return { ok: true, mediaType: type.mediaType, fileName: withExtension(fileName, type.ext, 'copertina') };
  }
  if (bytes.byteLength > MAX_CAPTIONS_BYTES) return { ok: false, code: 'video.captions_invalid', message: MESSAGES.captionsTooLarge[locale]() };
  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, code: 'video.captions_invalid', message: MESSAGES.captionsText[locale]() };
  const parsed = parseWebVtt(text);
  if (!parsed.ok) return { ok: false, code: 'video.captions_invalid', message: VTT_PROBLEMS[parsed.problem][locale](parsed.line) };
  return { ok: true, mediaType: 'text/vtt; charset=utf-8', fileName: withExtension(fileName, 'vtt', 'sottotitoli') };
}

/**
 * UTF-8 text, or undefined when the bytes are not (a binary file named .vtt).
 *
 * @example decodeUtf8(new TextEncoder().encode('WEBVTT')) // 'WEBVTT'
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}
