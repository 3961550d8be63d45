import { and, eq, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lesson, lessonVersion } from '../../db/schema/index.js';
import { markdownToProse } from '../../domain/library/gulpease.js';
import type { TLessonCheck, TLessonFrontMatter } from './check-lesson-file.js';

type TExecutor = Pick<TDb, 'execute' | 'select' | 'insert' | 'update'>;

/** The folded words of a text, as the vocabulary for typo correction keeps them. */
export function vocabularyOf(text: string): string[] {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/\p{L}{3,}/gu);
  return [...new Set(words ?? [])];
}

export type TSaveOutcome = 'added' | 'changed' | 'unchanged';

/**
 * Writes one checked lesson, by slug and language: new, changed (a new version kept) or
 * unchanged. Its words join the search vocabulary.
 */
export async function saveCheckedLesson(
  tx: TExecutor,
  checked: TLessonCheck & { meta: TLessonFrontMatter },
  body: string,
  options: { status: 'draft' | 'published'; changedBy: string | null; sportelloId?: string | null },
): Promise<{ id: string; outcome: TSaveOutcome }> {
  const meta = checked.meta;
  const slug = meta.slug!;
  const fields = {
    title: meta.title,
    summary: meta.summary,
    bodyMarkdown: body,
    bodyHtml: checked.html,
    bodyText: markdownToProse(body),
    areas: meta.areas,
    level: meta.level,
    minutes: checked.minutes ?? 1,
    gulpease: checked.gulpease ?? 0,
    status: options.status,
  };
  let translationGroup: string | undefined;
  if (meta.translationOf) {
    const [original] = await tx.select({ group: lesson.translationGroup }).from(lesson).where(and(eq(lesson.slug, meta.translationOf), eq(lesson.language, 'it')));
    translationGroup = original?.group;
  }
  const [existing] = await tx.select().from(lesson).where(and(eq(lesson.slug, slug), eq(lesson.language, meta.language)));
  let id: string;
  let outcome: TSaveOutcome;
  if (!existing) {
    const [row] = await tx
      .insert(lesson)
      .values({ slug, language: meta.language, sportelloId: options.sportelloId ?? null, authorUserId: options.changedBy, ...(translationGroup ? { translationGroup } : {}), ...fields, publishedAt: options.status === 'published' ? new Date() : null })
      .returning({ id: lesson.id, version: lesson.version });
    id = row!.id;
    outcome = 'added';
    await tx.insert(lessonVersion).values({ lessonId: id, version: 1, title: fields.title, summary: fields.summary, bodyMarkdown: body, changedBy: options.changedBy, note: 'import' });
  } else {
    id = existing.id;
    const same =
      existing.title === fields.title &&
      existing.summary === fields.summary &&
      existing.bodyMarkdown === body &&
      existing.level === fields.level &&
      existing.status === fields.status &&
      existing.areas.join(',') === fields.areas.join(',') &&
      (!translationGroup || existing.translationGroup === translationGroup);
    if (same) return { id, outcome: 'unchanged' };
    const version = existing.version + 1;
    await tx
      .update(lesson)
      .set({ ...fields, version, updatedAt: new Date(), ...(translationGroup ? { translationGroup } : {}), publishedAt: options.status === 'published' ? (existing.publishedAt ?? new Date()) : existing.publishedAt })
      .where(eq(lesson.id, id));
    await tx.insert(lessonVersion).values({ lessonId: id, version, title: fields.title, summary: fields.summary, bodyMarkdown: body, changedBy: options.changedBy, note: 'import' });
    outcome = 'changed';
  }
  const words = vocabularyOf(`${fields.title} ${fields.summary} ${fields.bodyText}`);
  if (words.length) await tx.execute(sql`insert into lesson_word (word) select unnest(${sql.param(words)}::text[]) on conflict do nothing`);
  return { id, outcome };
}
