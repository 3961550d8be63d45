import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityFollow, communityPost, communityReaction, communityThread, communityThreadLink, lesson, planAction, user } from '../../../db/schema/index.js';
import { AppError } from '../../../shared/errors.js';
import type { TThreadRow } from './thread-access.js';

export interface TViewer {
  userId: string | null;
  isModerator: boolean;
}

export interface TPostView {
  id: string;
  position: number;
  author: { name: string; role: string | null } | null;
  /** Null when deleted, or hidden from this viewer. */
  html: string | null;
  /** The Markdown, for the author's edit form only. */
  markdown: string | null;
  state: 'visible' | 'deleted' | 'hidden';
  /** The moderator's reason, shown to the author and to moderators. */
  hiddenReason: string | null;
  quote: { postId: string; authorName: string | null; excerpt: string | null } | null;
  thanksCount: number;
  thankedByMe: boolean;
  isMine: boolean;
  createdAt: string;
  editedAt: string | null;
}

export interface TThreadView {
  id: string;
  slug: string;
  kind: 'question' | 'story';
  title: string;
  area: string;
  sector: string | null;
  regionCode: string | null;
  createdAt: string;
  lastPostAt: string;
  replyCount: number;
  meTooCount: number;
  meTooByMe: boolean;
  /** The viewer follows the thread (the follow button's state). */
  isFollowing: boolean;
  isMine: boolean;
  isLocked: boolean;
  lockedReason: string | null;
  slowModeSeconds: number | null;
  /** Shown to the author and moderators only (others get 404). */
  hiddenReason: string | null;
  solvedPostId: string | null;
  opening: TPostView;
  /** The reply marked "Risolto", shown right under the question (and in its place too). */
  solution: TPostView | null;
  replies: TPostView[];
  lessons: { slug: string; title: string }[];
  planActions: { id: string; title: string }[];
}

const EXCERPT = 160;

/**
 * A thread as this viewer may read it: display names only (never an e-mail); a post hidden by
 * the moderators readable by its author (with the reason) and moderators, "nascosto" for
 * others; a deleted post without its text. A hidden thread is 404 for anyone else.
 *
 * @example const view = await getThreadView(db, thread, { userId: null, isModerator: false });
 */
export async function getThreadView(db: TDb, thread: TThreadRow, viewer: TViewer): Promise<TThreadView> {
  const isMine = viewer.userId !== null && thread.authorUserId === viewer.userId;
  if (thread.hiddenAt && !isMine && !viewer.isModerator) throw new AppError('community.thread_hidden', 404);
  const rows = await db
    .select({ post: communityPost, authorName: user.name })
    .from(communityPost)
    .leftJoin(user, eq(user.id, communityPost.authorUserId))
    .where(eq(communityPost.threadId, thread.id))
    .orderBy(asc(communityPost.position));
  const mine = viewer.userId
    ? await db
        .select({ postId: communityReaction.postId, kind: communityReaction.kind })
        .from(communityReaction)
        .where(and(eq(communityReaction.userId, viewer.userId), inArray(communityReaction.postId, rows.length ? rows.map((r) => r.post.id) : ['00000000-0000-0000-0000-000000000000'])))
    : [];
  const byId = new Map(rows.map((r) => [r.post.id, r]));

  const readable = (p: typeof communityPost.$inferSelect) => !p.deletedAt && (!p.hiddenAt || viewer.isModerator || (viewer.userId !== null && p.authorUserId === viewer.userId));
  const view = (r: (typeof rows)[number]): TPostView => {
    const p = r.post;
    const own = viewer.userId !== null && p.authorUserId === viewer.userId;
    const quoted = p.quotePostId ? byId.get(p.quotePostId) : undefined;
    return {
      id: p.id,
      position: p.position,
      author: p.authorUserId ? { name: r.authorName ?? '', role: p.authorRole } : null,
      html: readable(p) ? p.bodyHtml : null,
      markdown: own && !p.deletedAt ? p.bodyMarkdown : null,
      state: p.deletedAt ? 'deleted' : p.hiddenAt ? 'hidden' : 'visible',
      hiddenReason: p.hiddenAt && (own || viewer.isModerator) ? (p.hiddenReason ?? '') : null,
      quote: quoted
        ? { postId: quoted.post.id, authorName: quoted.authorName, excerpt: readable(quoted.post) ? quoted.post.bodyText.slice(0, EXCERPT) + (quoted.post.bodyText.length > EXCERPT ? ' …' : '') : null }
        : null,
      thanksCount: p.thanksCount,
      thankedByMe: mine.some((m) => m.postId === p.id && m.kind === 'thanks'),
      isMine: own,
      createdAt: p.createdAt.toISOString(),
      editedAt: p.editedAt?.toISOString() ?? null,
    };
  };
  const [first, ...rest] = rows;
  if (!first) throw new AppError('resource.not_found', 404);
  const solution = thread.solvedPostId && byId.get(thread.solvedPostId) ? view(byId.get(thread.solvedPostId)!) : null;

  const links = await db
    .select({ lessonSlug: lesson.slug, lessonTitle: lesson.title, lessonStatus: lesson.status, actionId: planAction.id, actionTitle: planAction.title })
    .from(communityThreadLink)
    .leftJoin(lesson, eq(lesson.id, communityThreadLink.lessonId))
    .leftJoin(planAction, eq(planAction.id, communityThreadLink.planActionId))
    .where(eq(communityThreadLink.threadId, thread.id))
    .orderBy(asc(communityThreadLink.createdAt));

  const following = viewer.userId ? await db.select({ userId: communityFollow.userId }).from(communityFollow).where(and(eq(communityFollow.threadId, thread.id), eq(communityFollow.userId, viewer.userId))) : [];

  return {
    id: thread.id,
    slug: thread.slug,
    kind: thread.kind,
    title: thread.title,
    area: thread.area,
    sector: thread.sector,
    regionCode: thread.regionCode,
    createdAt: thread.createdAt.toISOString(),
    lastPostAt: thread.lastPostAt.toISOString(),
    replyCount: thread.replyCount,
    meTooCount: thread.meTooCount,
    meTooByMe: mine.some((m) => m.postId === first.post.id && m.kind === 'me_too'),
    isFollowing: following.length > 0,
    isMine,
    isLocked: thread.lockedAt !== null,
    lockedReason: thread.lockedReason,
    slowModeSeconds: thread.slowModeSeconds,
    hiddenReason: thread.hiddenAt ? (thread.hiddenReason ?? '') : null,
    solvedPostId: solution ? thread.solvedPostId : null,
    opening: view(first),
    solution,
    replies: rest.map(view),
    lessons: links.filter((l) => l.lessonSlug && l.lessonStatus === 'published').map((l) => ({ slug: l.lessonSlug!, title: l.lessonTitle! })),
    // A plan action's title is the person's own business: shown only as what it is about.
    planActions: links.filter((l) => l.actionId).map((l) => ({ id: l.actionId!, title: l.actionTitle! })),
  };
}

/** Threads linking a published lesson, latest first, for "Discussioni su questa lezione". */
export async function threadsAboutLesson(db: TDb, lessonSlug: string, limit = 5): Promise<{ slug: string; title: string; replyCount: number; isSolved: boolean }[]> {
  const rows = await db
    .selectDistinct({ slug: communityThread.slug, title: communityThread.title, replyCount: communityThread.replyCount, solvedPostId: communityThread.solvedPostId, lastPostAt: communityThread.lastPostAt })
    .from(communityThreadLink)
    .innerJoin(lesson, eq(lesson.id, communityThreadLink.lessonId))
    .innerJoin(communityThread, eq(communityThread.id, communityThreadLink.threadId))
    .where(and(eq(lesson.slug, lessonSlug), eq(lesson.status, 'published'), isNull(communityThread.hiddenAt)))
    .orderBy(desc(communityThread.lastPostAt))
    .limit(limit);
  return rows.map((r) => ({ slug: r.slug, title: r.title, replyCount: r.replyCount, isSolved: r.solvedPostId !== null }));
}
