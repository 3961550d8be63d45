import { and, eq, sql } from 'drizzle-orm';
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
  const set = { ...(change.title !== undefined ? { title: change.title } : {}), ...(change.position !== undefined ? { position: change.position } : {}) };
  const updated = Object.keys(set).length
    ? await db.update(lessonTemplate).set(set).where(and(eq(lessonTemplate.lessonId, row.id), eq(lessonTemplate.fileId, fileId))).returning({ fileId: lessonTemplate.fileId })
    : await db.select({ fileId: lessonTemplate.fileId }).from(lessonTemplate).where(and(eq(lessonTemplate.lessonId, row.id), eq(lessonTemplate.fileId, fileId)));
  if (updated.length === 0) throw new AppError('resource.not_found', 404);
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
