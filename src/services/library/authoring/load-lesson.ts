import { eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';

export type TLessonRow = typeof lesson.$inferSelect;
export type TLessonStatus = TLessonRow['status'];

/**
 * A lesson by id, in any status, for the editor and the review; 404 when there is none.
 * It skips scope checks: the caller authorizes with `lessonResource` right after.
 *
 * @example const row = await unsafeLoadLesson(db, id); authorize(actor, 'lesson.read_draft', lessonResource(row));
 */
export async function unsafeLoadLesson(db: Pick<TDb, 'select'>, id: string): Promise<TLessonRow> {
  const [row] = await db.select().from(lesson).where(eq(lesson.id, id));
  if (!row) throw new AppError('resource.not_found', 404);
  return row;
}

/**
 * The lesson as the policy sees it.
 *
 * @example can(actor, 'lesson.edit', lessonResource(row))
 */
export function lessonResource(row: Pick<TLessonRow, 'sportelloId' | 'authorUserId' | 'status'>) {
  return { type: 'lesson' as const, sportelloId: row.sportelloId, authorUserId: row.authorUserId, status: row.status };
}
