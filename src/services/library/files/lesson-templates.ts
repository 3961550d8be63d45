import { and, asc, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson, lessonTemplate } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import { checkUpload } from './check-upload.js';
import type { TFileStore } from './file-store.js';
import { discardUnusedFiles, storeLibraryFile } from './library-files.js';
import type { TLessonRow } from './lesson-media.js';
import type { TUpload } from './lesson-video.js';

/**
 * Adds a template (PDF, DOCX, XLSX, ODT, ODS; 10 MB at most; checked by content) at the end
 * of the lesson's list.
 *
 * @example const fileId = await addLessonTemplate(db, store, row, { bytes, fileName: 'listino.xlsx', uploadedBy, locale: 'it' }, 'Il listino');
 */
export async function addLessonTemplate(db: TDb, store: TFileStore, row: TLessonRow, upload: TUpload, title: string): Promise<string> {
  const check = await checkUpload('template', upload.bytes, upload.fileName, upload.locale);
  if (!check.ok) throw new AppError(check.code, check.code === 'template.too_large' ? 413 : 422, [{ field: 'file', message: check.message }]);
  const { fileId } = await storeLibraryFile(db, store, { kind: 'template', ...check, bytes: upload.bytes, sportelloId: row.sportelloId, uploadedBy: upload.uploadedBy }, async (tx, id) => {
    const [last] = await tx.select({ max: sql<number | null>`max(${lessonTemplate.position})` }).from(lessonTemplate).where(eq(lessonTemplate.lessonId, row.id));
    await tx.insert(lessonTemplate).values({ lessonId: row.id, fileId: id, title, position: (last?.max ?? -1) + 1 });
    await tx.update(lesson).set({ updatedAt: new Date() }).where(eq(lesson.id, row.id));
  });
  return fileId;
}

/**
 * Renames a template or moves it in the list; 404 when it is not one of the lesson's.
 *
 * @example await updateLessonTemplate(db, row, fileId, { position: 0 });
 */
export async function updateLessonTemplate(db: TDb, row: TLessonRow, fileId: string, change: { title?: string; position?: number }): Promise<void> {
  await db.transaction(async (tx) => {
    const list = await tx.select({ fileId: lessonTemplate.fileId }).from(lessonTemplate).where(eq(lessonTemplate.lessonId, row.id)).orderBy(asc(lessonTemplate.position), asc(lessonTemplate.title)).for('update');
    const at = list.findIndex((t) => t.fileId === fileId);
    if (at < 0) throw new AppError('resource.not_found', 404);
    if (change.title !== undefined) await tx.update(lessonTemplate).set({ title: change.title }).where(and(eq(lessonTemplate.lessonId, row.id), eq(lessonTemplate.fileId, fileId)));
    if (change.position === undefined) return;
    // The others move up or down one place: positions stay 0, 1, 2… with no two alike.
    const order = list.map((t) => t.fileId).filter((id) => id !== fileId);
    order.splice(Math.min(change.position, order.length), 0, fileId);
    for (const [position, id] of order.entries()) await tx.update(lessonTemplate).set({ position }).where(and(eq(lessonTemplate.lessonId, row.id), eq(lessonTemplate.fileId, id)));
  });
}

/**
 * Takes a template off the lesson; its file goes too when nothing else uses it.
 *
 * @example await removeLessonTemplate(db, store, row, fileId);
 */
export async function removeLessonTemplate(db: TDb, store: TFileStore, row: TLessonRow, fileId: string): Promise<void> {
  const removed = await db.delete(lessonTemplate).where(and(eq(lessonTemplate.lessonId, row.id), eq(lessonTemplate.fileId, fileId))).returning({ fileId: lessonTemplate.fileId });
  if (removed.length === 0) throw new AppError('resource.not_found', 404);
  await discardUnusedFiles(db, store, [fileId]);
}
