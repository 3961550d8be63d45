import type { TDb } from '../../../db/client.js';
import { lessonVersion } from '../../../db/schema/index.js';
import type { TLessonRow } from './load-lesson.js';

type TTx = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** What a version row records; `snapshot` keeps the fields the history view shows besides the text. */
export type TVersionAction = 'created' | 'saved' | 'submitted' | 'published' | 'sent_back' | 'retired';

/**
 * Keeps one state of a lesson with who made it and what they did, in the same transaction as the change.
 *
 * @example await recordVersion(tx, updated, userId, 'submitted');
 */
export async function recordVersion(tx: TTx, row: TLessonRow, changedBy: string, action: TVersionAction, note: string | null = null): Promise<void> {
  await tx.insert(lessonVersion).values({
    lessonId: row.id,
    version: row.version,
    title: row.title,
    summary: row.summary,
    bodyMarkdown: row.bodyMarkdown,
    changedBy,
    note,
    snapshot: { action, areas: row.areas, level: row.level, status: row.status, language: row.language, gulpease: row.gulpease, minutes: row.minutes },
  });
}

export type TLessonTx = TTx;
