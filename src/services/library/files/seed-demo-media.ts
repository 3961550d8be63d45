import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { projectPath } from '../../../config/paths.js';
import type { TDb } from '../../../db/client.js';
import { lesson, lessonTemplate, libraryFile } from '../../../db/schema/index.js';
import { transcriptFromCaptions } from '../../../domain/library/webvtt.js';
import { checkUpload, type TUploadKind } from './check-upload.js';
import type { TFileStore } from './file-store.js';

/** The demo lesson with a real video (scripts/make-demo-video.sh made the files). */
export const DEMO_VIDEO_LESSON = 'il-sito-a-99-euro';

const VIDEO_FILES = [
  { kind: 'video', fileName: 'il-sito-a-99-euro.mp4', column: 'videoFileId' },
  { kind: 'poster', fileName: 'il-sito-a-99-euro.poster.png', column: 'videoPosterFileId' },
  { kind: 'captions', fileName: 'il-sito-a-99-euro.it.vtt', column: 'videoCaptionsFileId' },
] as const;

/**
 * The six templates built by code (src/services/library/templates, committed to
 * resources/templates by `affianco templates build resources/templates`), each on the lesson
 * it serves. Titles as printed on the files; a test keeps this list and TEMPLATES in step.
 */
export const DEMO_TEMPLATES = [
  { fileName: 'quanto-mi-costa-davvero.xlsx', title: 'Quanto mi costa davvero', lesson: 'quanto-mi-costa-davvero' },
  { fileName: 'la-cassa-dei-prossimi-90-giorni.xlsx', title: 'La cassa dei prossimi 90 giorni', lesson: 'cassa-dei-prossimi-90-giorni' },
  { fileName: 'il-mio-cliente-tipo.pdf', title: 'Il mio cliente tipo', lesson: 'il-tuo-cliente-tipo' },
  { fileName: 'piano-marketing-in-una-pagina.pdf', title: 'Piano marketing in una pagina', lesson: 'piano-in-una-pagina' },
  { fileName: 'prima-di-firmare-le-10-domande.pdf', title: 'Prima di firmare: le 10 domande', lesson: DEMO_VIDEO_LESSON },
  { fileName: 'il-mio-piano-in-una-pagina.pdf', title: 'Il mio piano in una pagina', lesson: 'piano-in-una-pagina' },
] as const;

/**
 * The library file with these bytes, stored once: found by sha256 (and kind) when it is already
 * there with its bytes on disk, else checked as an upload would be and stored.
 */
async function ensureFile(db: TDb, store: TFileStore, kind: TUploadKind, fileName: string, bytes: Uint8Array): Promise<string> {
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const known = await db.select().from(libraryFile).where(and(eq(libraryFile.sha256, sha256), eq(libraryFile.kind, kind)));
  for (const row of known) if ((await store.size(row.storageKey)) === row.bytes) return row.id;
  const check = await checkUpload(kind, bytes, fileName, 'en');
  if (!check.ok) throw new Error(`demo file ${fileName} refused: ${check.message}`);
  const stored = await store.put(bytes);
  try {
    const [row] = await db
      .insert(libraryFile)
      .values({ kind, fileName: check.fileName, mediaType: check.mediaType, bytes: stored.bytes, sha256: stored.sha256, storageKey: stored.storageKey, sportelloId: null, uploadedBy: null })
      .returning({ id: libraryFile.id });
    return row!.id;
  } catch (err) {
    await store.remove(stored.storageKey);
    throw err;
  }
}

const lessonIdOf = async (db: TDb, slug: string) => (await db.select({ id: lesson.id }).from(lesson).where(and(eq(lesson.slug, slug), eq(lesson.language, 'it'))))[0]?.id;

/**
 * Puts the demo video (with poster, captions and the transcript made from them) on the lesson
 * "Il sito a 99 euro" and the six templates on their lessons. Safe to repeat: files are found
 * by sha256, links only added when missing. Lessons not imported yet are skipped.
 *
 * @example await seedDemoMedia(db, createFileStore(path.join(env.DATA_DIR, 'files')));
 */
export async function seedDemoMedia(db: TDb, store: TFileStore): Promise<void> {
  const videoLesson = await lessonIdOf(db, DEMO_VIDEO_LESSON);
  if (videoLesson) {
    const ids: Partial<Record<(typeof VIDEO_FILES)[number]['column'], string>> = {};
    let captions = '';
    for (const item of VIDEO_FILES) {
      const bytes = await fs.readFile(projectPath('resources', 'media', item.fileName));
      ids[item.column] = await ensureFile(db, store, item.kind, item.fileName, bytes);
      if (item.kind === 'captions') captions = bytes.toString('utf8');
    }
    const [row] = await db.select().from(lesson).where(eq(lesson.id, videoLesson));
    const isSame = row!.videoFileId === ids.videoFileId && row!.videoPosterFileId === ids.videoPosterFileId && row!.videoCaptionsFileId === ids.videoCaptionsFileId && row!.videoTranscript;
    if (!isSame) await db.update(lesson).set({ ...ids, videoLinkUrl: null, videoTranscript: transcriptFromCaptions(captions) ?? null }).where(eq(lesson.id, videoLesson));
  }

  for (const [position, template] of DEMO_TEMPLATES.entries()) {
    const lessonId = await lessonIdOf(db, template.lesson);
    if (!lessonId) continue;
    const bytes = await fs.readFile(projectPath('resources', 'templates', template.fileName));
    const fileId = await ensureFile(db, store, 'template', template.fileName, bytes);
    await db.insert(lessonTemplate).values({ lessonId, fileId, title: template.title, position }).onConflictDoNothing();
  }
}
