import crypto from 'node:crypto';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityThread } from '../../../db/schema/index.js';

/**
 * Test data for moderation, written straight to the tables (the thread services are built
 * elsewhere): a thread with its opening post, and replies. Used by tests and the e2e seed only.
 *
 * @example const { thread, opening } = await makeCommunityThread(db, { authorUserId, sportelloId, regionCode: '16' });
 */
export async function makeCommunityThread(
  db: TDb,
  over: { authorUserId: string; sportelloId?: string | null; regionCode?: string | null; area?: string; title?: string; text?: string },
) {
  const slug = `discussione-${crypto.randomBytes(4).toString('hex')}`;
  const [thread] = await db
    .insert(communityThread)
    .values({
      slug,
      kind: 'question',
      title: over.title ?? 'Come trovo clienti nuovi?',
      area: over.area ?? 'marketing',
      regionCode: over.regionCode ?? null,
      sportelloId: over.sportelloId ?? null,
      authorUserId: over.authorUserId,
    })
    .returning();
  const opening = await makeCommunityPost(db, { threadId: thread!.id, position: 0, authorUserId: over.authorUserId, text: over.text ?? 'Ho un forno e i clienti calano. Da dove parto?' });
  return { thread: thread!, opening };
}

/** A post in a thread at `position` (0 is the opening), its text as plain Markdown. */
export async function makeCommunityPost(db: TDb, input: { threadId: string; position: number; authorUserId: string; text?: string }) {
  const text = input.text ?? 'Prova a chiedere ai clienti che hai già.';
  const [post] = await db
    .insert(communityPost)
    .values({
      threadId: input.threadId,
      position: input.position,
      authorUserId: input.authorUserId,
      bodyMarkdown: text,
      bodyHtml: `<p>${text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`)}</p>`,
      bodyText: text,
      contentHash: crypto.createHash('sha256').update(text).digest('hex'),
    })
    .returning();
  return post!;
}
