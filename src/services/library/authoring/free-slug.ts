import { and, eq, like, ne, sql } from 'drizzle-orm';
import { lesson } from '../../../db/schema/index.js';
import { slugify } from '../../../shared/slug.js';
import type { TLessonTx } from './record-version.js';

/**
 * An address made from the title, unique among the lessons of one language: "vendi-il-latte",
 * then "vendi-il-latte-2", … (`except` is the lesson being renamed).
 *
 * @example await freeSlug(tx, 'Vendi il tuo latte', 'it'); // 'vendi-il-tuo-latte'
 */
export async function freeSlug(tx: TLessonTx, title: string, language: string, except?: string): Promise<string> {
  const base = slugify(title, 72).replace(/-+$/, '') || 'lezione';
  // Two authors naming lessons alike at the same moment would both see the address free.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`lesson-slug:${language}`}))`);
  const taken = await tx
    .select({ slug: lesson.slug })
    .from(lesson)
    .where(and(eq(lesson.language, language), like(lesson.slug, `${base}%`), ...(except ? [ne(lesson.id, except)] : [])));
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
