import { eq } from 'drizzle-orm';
import { lesson } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import type { TLessonRow, TLessonStatus } from './load-lesson.js';
import type { TLessonTx } from './record-version.js';

/**
 * The lesson locked for this transaction, refused when the caller's copy is old (409
 * `lesson.stale`, the current version in `errors`) or its status does not allow the step.
 *
 * @example const row = await lockLesson(tx, id, 3, ['draft']);
 */
export async function lockLesson(tx: TLessonTx, id: string, expectedVersion: number, allowed: readonly TLessonStatus[]): Promise<TLessonRow> {
  const [row] = await tx.select().from(lesson).where(eq(lesson.id, id)).for('update');
  if (!row) throw new AppError('resource.not_found', 404);
  if (row.version !== expectedVersion) throw new AppError('lesson.stale', 409, [{ field: 'version', message: String(row.version) }]);
  if (!allowed.includes(row.status)) throw new AppError('lesson.wrong_status', 409);
  return row;
}
