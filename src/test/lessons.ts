import crypto from 'node:crypto';
import type { TDb } from '../db/client.js';
import { lesson } from '../db/schema/index.js';

type TLessonOver = Partial<{
  slug: string;
  language: 'it' | 'en';
  title: string;
  summary: string;
  areas: string[];
  level: 'first_steps' | 'on_the_way' | 'advanced';
  minutes: number;
  status: 'draft' | 'in_review' | 'published' | 'retired';
  translationGroup: string;
  sportelloId: string | null;
}>;

/**
 * A lesson row with just enough text, published unless told otherwise.
 * @example await makeLesson(db, { slug: 'mappe', areas: ['communication'], level: 'first_steps' });
 */
export async function makeLesson(db: TDb, over: TLessonOver = {}) {
  const slug = over.slug ?? `lezione-${crypto.randomBytes(3).toString('hex')}`;
  const title = over.title ?? `Lezione ${slug}`;
  const body = 'Un esempio semplice. Prova subito con un cliente.';
  const [row] = await db
    .insert(lesson)
    .values({
      slug,
      language: over.language ?? 'it',
      ...(over.translationGroup ? { translationGroup: over.translationGroup } : {}),
      sportelloId: over.sportelloId ?? null,
      title,
      summary: over.summary ?? `In breve: ${title}.`,
      bodyMarkdown: body,
      bodyHtml: `<p>${body}</p>`,
      bodyText: body,
      areas: over.areas ?? ['marketing'],
      level: over.level ?? 'first_steps',
      minutes: over.minutes ?? 4,
      gulpease: 70,
      status: over.status ?? 'published',
      publishedAt: (over.status ?? 'published') === 'published' ? new Date() : null,
    })
    .returning();
  return row!;
}
