import { and, eq, inArray, notExists, or, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson, lessonTemplate, libraryFile } from '../../../db/schema/index.js';
import type { TFileStore } from './file-store.js';

export type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];
export type TLibraryFileRow = typeof libraryFile.$inferSelect;

export interface TNewLibraryFile {
  kind: TLibraryFileRow['kind'];
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
  sportelloId: string | null;
  uploadedBy: string | null;
}

/**
 * Stores a checked file and records it in library_file, then runs `link` in the same
 * transaction (the lesson column or lesson_template row pointing at it). If anything fails,
 * the row is rolled back and the bytes are removed from disk: nothing is half-saved.
 *
 * @example const id = await storeLibraryFile(db, store, input, (tx, fileId) => tx.update(lesson).set({ videoFileId: fileId }).where(eq(lesson.id, lessonId)));
 */
export async function storeLibraryFile<T>(db: TDb, store: TFileStore, input: TNewLibraryFile, link: (tx: TTx, fileId: string) => Promise<T>): Promise<{ fileId: string; result: T }> {
  const stored = await store.put(input.bytes);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(libraryFile)
        .values({ kind: input.kind, fileName: input.fileName, mediaType: input.mediaType, bytes: stored.bytes, sha256: stored.sha256, storageKey: stored.storageKey, sportelloId: input.sportelloId, uploadedBy: input.uploadedBy })
        .returning({ id: libraryFile.id });
      return { fileId: row!.id, result: await link(tx, row!.id) };
    });
  } catch (err) {
    await store.remove(stored.storageKey);
    throw err;
  }
}

/** True where no lesson (video, poster, captions) nor template list points at the file any more. */
const isUnreferenced = () =>
  and(
    notExists(sql`(select 1 from ${lesson} where ${lesson.videoFileId} = ${libraryFile.id} or ${lesson.videoPosterFileId} = ${libraryFile.id} or ${lesson.videoCaptionsFileId} = ${libraryFile.id})`),
    notExists(sql`(select 1 from ${lessonTemplate} where ${lessonTemplate.fileId} = ${libraryFile.id})`),
  );

/**
 * Deletes files nothing points at any more (a replaced video, a removed template), row and
 * bytes. Called after the change that let them go has committed.
 *
 * @example await discardUnusedFiles(db, store, [oldPosterId]);
 */
export async function discardUnusedFiles(db: TDb, store: TFileStore, fileIds: (string | null | undefined)[]): Promise<void> {
  const ids = fileIds.filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return;
  const gone = await db.delete(libraryFile).where(and(inArray(libraryFile.id, ids), isUnreferenced())).returning({ storageKey: libraryFile.storageKey });
  for (const { storageKey } of gone) await store.remove(storageKey);
}

/**
 * A library file with the lesson it belongs to (as its video, poster, captions or one of its
 * templates); undefined when there is no such file or no lesson points at it.
 *
 * @example const found = await findFileWithLesson(db, fileId); if (found) authorize(…, found.lesson);
 */
export async function findFileWithLesson(db: TDb, fileId: string) {
  const [file] = await db.select().from(libraryFile).where(eq(libraryFile.id, fileId));
  if (!file) return undefined;
  const [owner] = await db
    .select({ id: lesson.id, sportelloId: lesson.sportelloId, authorUserId: lesson.authorUserId, status: lesson.status })
    .from(lesson)
    .where(
      or(
        eq(lesson.videoFileId, fileId),
        eq(lesson.videoPosterFileId, fileId),
        eq(lesson.videoCaptionsFileId, fileId),
        sql`exists (select 1 from ${lessonTemplate} where ${lessonTemplate.lessonId} = ${lesson.id} and ${lessonTemplate.fileId} = ${fileId})`,
      ),
    )
    .limit(1);
  if (!owner) return undefined;
  return { file, lesson: owner };
}
