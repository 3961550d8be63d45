import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import { parseVideoLink, type TVideoLinkProblem } from '../../../domain/library/video-hosts.js';
import { transcriptFromCaptions } from '../../../domain/library/webvtt.js';
import { AppError } from '../../../shared/errors.js';
import type { TLocale } from '../../../shared/locale.js';
import { checkUpload, decodeUtf8 } from './check-upload.js';
import type { TFileStore } from './file-store.js';
import { discardUnusedFiles, storeLibraryFile } from './library-files.js';
import { transcriptOfCaptionsFile, type TLessonRow } from './lesson-media.js';

export interface TUpload {
  bytes: Uint8Array;
  fileName: string;
  uploadedBy: string;
  locale: TLocale;
}

/** Refused by content: the reason goes next to the `file` field, nothing was stored. */
async function checked(kind: 'video' | 'poster' | 'captions', upload: TUpload) {
  const check = await checkUpload(kind, upload.bytes, upload.fileName, upload.locale);
  if (!check.ok) throw new AppError(check.code, check.code.endsWith('too_large') ? 413 : 422, [{ field: 'file', message: check.message }]);
  return check;
}

/**
 * Uploads the lesson's video file (MP4 or WebM): it replaces a linked video or an older file.
 *
 * @example await setLessonVideoFile(db, store, row, { bytes, fileName: 'lezione.mp4', uploadedBy, locale: 'it' });
 */
export async function setLessonVideoFile(db: TDb, store: TFileStore, row: TLessonRow, upload: TUpload): Promise<void> {
  const check = await checked('video', upload);
  await storeLibraryFile(db, store, { kind: 'video', ...check, bytes: upload.bytes, sportelloId: row.sportelloId, uploadedBy: upload.uploadedBy }, (tx, fileId) =>
    tx.update(lesson).set({ videoFileId: fileId, videoLinkUrl: null, updatedAt: new Date() }).where(eq(lesson.id, row.id)),
  );
  await discardUnusedFiles(db, store, [row.videoFileId]);
}

/**
 * Uploads the poster shown before the video plays (and before a linked player loads).
 *
 * @example await setLessonPoster(db, store, row, { bytes, fileName: 'copertina.png', uploadedBy, locale: 'it' });
 */
export async function setLessonPoster(db: TDb, store: TFileStore, row: TLessonRow, upload: TUpload): Promise<void> {
  const check = await checked('poster', upload);
  await storeLibraryFile(db, store, { kind: 'poster', ...check, bytes: upload.bytes, sportelloId: row.sportelloId, uploadedBy: upload.uploadedBy }, (tx, fileId) =>
    tx.update(lesson).set({ videoPosterFileId: fileId, updatedAt: new Date() }).where(eq(lesson.id, row.id)),
  );
  await discardUnusedFiles(db, store, [row.videoPosterFileId]);
}

/**
 * Uploads WebVTT captions. The transcript is made again from them, unless the author wrote
 * their own (a transcript that is neither empty nor the one the old captions gave).
 *
 * @example await setLessonCaptions(db, store, row, { bytes, fileName: 'sottotitoli.vtt', uploadedBy, locale: 'it' });
 */
export async function setLessonCaptions(db: TDb, store: TFileStore, row: TLessonRow, upload: TUpload): Promise<void> {
  const check = await checked('captions', upload);
  const previous = await transcriptOfCaptionsFile(db, store, row.videoCaptionsFileId);
  const current = row.videoTranscript?.trim() ?? '';
  const isWritten = current !== '' && current !== previous;
  const transcript = isWritten ? row.videoTranscript : (transcriptFromCaptions(decodeUtf8(upload.bytes) ?? '') ?? null);
  await storeLibraryFile(db, store, { kind: 'captions', ...check, bytes: upload.bytes, sportelloId: row.sportelloId, uploadedBy: upload.uploadedBy }, (tx, fileId) =>
    tx.update(lesson).set({ videoCaptionsFileId: fileId, videoTranscript: transcript, updatedAt: new Date() }).where(eq(lesson.id, row.id)),
  );
  await discardUnusedFiles(db, store, [row.videoCaptionsFileId]);
}

const LINK_PROBLEMS: Record<TVideoLinkProblem, Record<TLocale, string>> = {
  not_a_link: { it: 'Questo non è un indirizzo. Copialo dalla barra del browser, per esempio https://www.youtube.com/watch?v=…', en: 'This is not an address. Copy it from the browser bar, e.g. https://www.youtube.com/watch?v=…' },
  not_https: { it: "L'indirizzo deve cominciare con https:// (una connessione sicura).", en: 'The address must start with https:// (a secure connection).' },
  host_not_allowed: { it: 'Puoi collegare solo video di YouTube o Vimeo.', en: 'You can only link videos from YouTube or Vimeo.' },
  not_a_video: { it: "Questo indirizzo non porta a un video. Apri il video e copia l'indirizzo da lì.", en: 'This address does not lead to a video. Open the video and copy its address from there.' },
};

/**
 * Links a video on an allowed public host (https, YouTube or Vimeo), in place of an uploaded
 * file; a refused link changes nothing and says why on `videoLinkUrl`.
 *
 * @example await setLessonVideoLink(db, store, row, 'https://youtu.be/dQw4w9WgXcQ', 'it');
 */
export async function setLessonVideoLink(db: TDb, store: TFileStore, row: TLessonRow, url: string, locale: TLocale): Promise<void> {
  const parsed = parseVideoLink(url);
  if (!parsed.ok) throw new AppError('video.link_not_allowed', 422, [{ field: 'videoLinkUrl', message: LINK_PROBLEMS[parsed.problem][locale] }]);
  await db.update(lesson).set({ videoLinkUrl: parsed.link.url, videoFileId: null, updatedAt: new Date() }).where(eq(lesson.id, row.id));
  await discardUnusedFiles(db, store, [row.videoFileId]);
}

/**
 * Saves the transcript the author wrote; an empty one goes back to the one the captions give.
 *
 * @example await setLessonTranscript(db, store, row, 'Ciao, oggi parliamo di prezzi.');
 */
export async function setLessonTranscript(db: TDb, store: TFileStore, row: TLessonRow, text: string): Promise<void> {
  const written = text.trim();
  const transcript = written === '' ? ((await transcriptOfCaptionsFile(db, store, row.videoCaptionsFileId)) ?? null) : written;
  await db.update(lesson).set({ videoTranscript: transcript, updatedAt: new Date() }).where(eq(lesson.id, row.id));
}

/**
 * "Nessun video": the file or link, poster, captions and transcript all go.
 *
 * @example await removeLessonVideo(db, store, row);
 */
export async function removeLessonVideo(db: TDb, store: TFileStore, row: TLessonRow): Promise<void> {
  await db
    .update(lesson)
    .set({ videoFileId: null, videoPosterFileId: null, videoCaptionsFileId: null, videoLinkUrl: null, videoTranscript: null, updatedAt: new Date() })
    .where(eq(lesson.id, row.id));
  await discardUnusedFiles(db, store, [row.videoFileId, row.videoPosterFileId, row.videoCaptionsFileId]);
}
