import { desc, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lessonVersion, user } from '../../../db/schema/index.js';
import type { TLessonLevel } from '../../../domain/library/readability.js';
import type { TLessonStatus } from './load-lesson.js';

/**
 * Every saved state of a lesson, newest first, with who made it and what they did.
 *
 * @example const versions = await listLessonVersions(db, lessonId);
 */
export async function listLessonVersions(db: TDb, lessonId: string) {
  const rows = await db
    .select({ version: lessonVersion.version, title: lessonVersion.title, note: lessonVersion.note, snapshot: lessonVersion.snapshot, changedBy: lessonVersion.changedBy, changedByName: user.name, createdAt: lessonVersion.createdAt })
    .from(lessonVersion)
    .leftJoin(user, eq(user.id, lessonVersion.changedBy))
    .where(eq(lessonVersion.lessonId, lessonId))
    .orderBy(desc(lessonVersion.version));
  return rows.map((r) => {
    const snapshot = (r.snapshot ?? {}) as { action?: string; status?: TLessonStatus; level?: TLessonLevel; areas?: string[] };
    return { ...r, action: snapshot.action ?? 'saved', status: snapshot.status ?? null, level: snapshot.level ?? null, areas: snapshot.areas ?? [] };
  });
}
