import { asc, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson, lessonTemplate, libraryFile } from '../../../db/schema/index.js';
import { parseVideoLink } from '../../../domain/library/video-hosts.js';
import { transcriptFromCaptions } from '../../../domain/library/webvtt.js';
import type { TFileStore } from './file-store.js';
import type { TLibraryFileRow } from './library-files.js';

export type TLessonRow = typeof lesson.$inferSelect;

/** The address every library file is served from: the public lesson page builds the same. */
export const fileUrl = (fileId: string) => `/api/library/files/${fileId}`;

export type TFileView = { id: string; url: string; fileName: string; mediaType: string; bytes: number };

export interface TLessonMedia {
  video: {
    source: 'none' | 'file' | 'link';
    file: TFileView | null;
    link: { url: string; host: 'youtube' | 'vimeo'; embedUrl: string } | null;
    poster: TFileView | null;
    captions: TFileView | null;
    transcript: string | null;
    /** The transcript is the one made from the captions (not written by the author). */
    isTranscriptFromCaptions: boolean;
  };
  templates: (TFileView & { title: string; position: number })[];
}

const view = (f: TLibraryFileRow): TFileView => ({ id: f.id, url: fileUrl(f.id), fileName: f.fileName, mediaType: f.mediaType, bytes: f.bytes });

/**
 * A lesson by id for the media routes; undefined when there is none.
 *
 * @example const row = await findLesson(db, id); if (!row) throw new AppError('resource.not_found', 404);
 */
export async function findLesson(db: TDb, lessonId: string): Promise<TLessonRow | undefined> {
  const [row] = await db.select().from(lesson).where(eq(lesson.id, lessonId));
  return row;
}

/**
 * The transcript the captions file `captionsFileId` gives, or undefined (no captions, or gone).
 *
 * @example const generated = await transcriptOfCaptionsFile(db, store, row.videoCaptionsFileId);
 */
export async function transcriptOfCaptionsFile(db: TDb, store: TFileStore, captionsFileId: string | null): Promise<string | undefined> {
  if (!captionsFileId) return undefined;
  const [file] = await db.select({ storageKey: libraryFile.storageKey }).from(libraryFile).where(eq(libraryFile.id, captionsFileId));
  if (!file) return undefined;
  try {
    return transcriptFromCaptions((await store.read(file.storageKey)).toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A lesson's video (file or link, poster, captions, transcript) and templates, as the editor shows them.
 *
 * @example const media = await getLessonMedia(db, store, row);
 */
export async function getLessonMedia(db: TDb, store: TFileStore, row: TLessonRow): Promise<TLessonMedia> {
  const ids = [row.videoFileId, row.videoPosterFileId, row.videoCaptionsFileId].filter((id): id is string => id !== null);
  const files = ids.length ? await db.select().from(libraryFile).where(inArray(libraryFile.id, ids)) : [];
  const byId = new Map(files.map((f) => [f.id, f]));
  const fileOf = (id: string | null) => (id && byId.has(id) ? view(byId.get(id)!) : null);
  const parsedLink = row.videoLinkUrl ? parseVideoLink(row.videoLinkUrl) : undefined;
  const link = parsedLink?.ok ? { url: parsedLink.link.url, host: parsedLink.link.host, embedUrl: parsedLink.link.embedUrl } : null;
  const generated = await transcriptOfCaptionsFile(db, store, row.videoCaptionsFileId);
  const templates = await db
    .select({ file: libraryFile, title: lessonTemplate.title, position: lessonTemplate.position })
    .from(lessonTemplate)
    .innerJoin(libraryFile, eq(libraryFile.id, lessonTemplate.fileId))
    .where(eq(lessonTemplate.lessonId, row.id))
    .orderBy(asc(lessonTemplate.position), asc(lessonTemplate.title));
  const file = fileOf(row.videoFileId);
  return {
    video: {
      source: file ? 'file' : link ? 'link' : 'none',
      file,
      link,
      poster: fileOf(row.videoPosterFileId),
      captions: fileOf(row.videoCaptionsFileId),
      transcript: row.videoTranscript,
      isTranscriptFromCaptions: generated !== undefined && row.videoTranscript === generated,
    },
    templates: templates.map((t) => ({ ...view(t.file), title: t.title, position: t.position })),
  };
}
