import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { lesson, lessonProgress, lessonTemplate, libraryFile, membership, user } from '../../db/schema/index.js';
import { parseVideoLink } from '../../domain/library/video-hosts.js';

/**
 * A published lesson by its address and language, with the languages it is also
 * written in; undefined when there is none (a draft or a retired lesson is not public).
 *
 * @example await getPublishedLesson(db, 'vendi-il-tuo-latte', 'it');
 */
export async function getPublishedLesson(db: TDb, slug: string, language: 'it' | 'en') {
  const [row] = await db
    .select()
    .from(lesson)
    .where(and(eq(lesson.slug, slug), eq(lesson.language, language), eq(lesson.status, 'published')));
  if (!row) return undefined;
  const translations = await db
    .select({ slug: lesson.slug, language: lesson.language })
    .from(lesson)
    .where(and(eq(lesson.translationGroup, row.translationGroup), eq(lesson.status, 'published')));
  return { ...row, translations: translations.filter((t) => t.language !== row.language) };
}

/**
 * Where the app serves a library file (video, poster, captions, template).
 * @example libraryFileUrl('0b6f…') // '/api/library/files/0b6f…'
 */
export const libraryFileUrl = (fileId: string) => `/api/library/files/${fileId}`;

type TVideoCommon = { poster: string | null; captions: string | null; transcript: string | null };
/** The video on a lesson page: one we serve, or a link to an allowed host shown after a tap. */
export type TLessonVideo = ({ source: 'file'; src: string } & TVideoCommon) | ({ source: 'link'; host: 'youtube' | 'vimeo'; url: string; embedUrl: string } & TVideoCommon) | null;

type TVideoColumns = Pick<typeof lesson.$inferSelect, 'videoFileId' | 'videoPosterFileId' | 'videoCaptionsFileId' | 'videoLinkUrl' | 'videoTranscript'>;

/**
 * The lesson's video as a page shows it, from its video_* columns; null without one, and for a
 * stored link that no longer passes the host allow-list (never shown rather than shown unchecked).
 *
 * @example lessonVideoOf({ videoFileId: 'f1', videoPosterFileId: null, … }) // { source: 'file', src: '/api/library/files/f1', … }
 */
export function lessonVideoOf(row: TVideoColumns): TLessonVideo {
  const common: TVideoCommon = {
    poster: row.videoPosterFileId ? libraryFileUrl(row.videoPosterFileId) : null,
    captions: row.videoCaptionsFileId ? libraryFileUrl(row.videoCaptionsFileId) : null,
    transcript: row.videoTranscript?.trim() ? row.videoTranscript : null,
  };
  if (row.videoFileId) return { source: 'file', src: libraryFileUrl(row.videoFileId), ...common };
  if (row.videoLinkUrl) {
    const parsed = parseVideoLink(row.videoLinkUrl);
    if (parsed.ok) return { source: 'link', host: parsed.link.host, url: parsed.link.url, embedUrl: parsed.link.embedUrl, ...common };
  }
  return null;
}

/**
 * People a lesson helped: distinct readers who marked "mi è servita" on any language of it.
 *
 * @example await usefulForGroup(db, lessonRow.translationGroup) // 3
 */
export async function usefulForGroup(db: TDb, translationGroup: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct ${lessonProgress.userId})::int` })
    .from(lessonProgress)
    .innerJoin(lesson, eq(lesson.id, lessonProgress.lessonId))
    .where(and(eq(lesson.translationGroup, translationGroup), isNotNull(lessonProgress.helpfulAt)));
  return row?.n ?? 0;
}

/**
 * One reader's marks on one lesson; both false when they never marked it.
 * @example await marksOf(db, userId, lessonId) // { done: true, helpful: false }
 */
export async function marksOf(db: TDb, userId: string, lessonId: string): Promise<{ done: boolean; helpful: boolean }> {
  const [row] = await db
    .select({ doneAt: lessonProgress.doneAt, helpfulAt: lessonProgress.helpfulAt })
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonId, lessonId)));
  return { done: Boolean(row?.doneAt), helpful: Boolean(row?.helpfulAt) };
}

/**
 * Everything a lesson page shows: the published lesson, its video, its templates in the
 * author's order, how many people it helped, the author's name when they work in the network
 * (an angel or coordinator signs their lessons; anyone else stays unnamed), and, for a
 * signed-in reader, their own marks.
 *
 * @example const page = await getLessonPage(db, 'vendi-il-tuo-latte', 'it', actor?.userId ?? null);
 */
export async function getLessonPage(db: TDb, slug: string, language: 'it' | 'en', readerId: string | null) {
  const found = await getPublishedLesson(db, slug, language);
  if (!found) return undefined;
  const [templates, usefulFor, mine, author] = await Promise.all([
    db
      .select({ title: lessonTemplate.title, fileId: libraryFile.id, fileName: libraryFile.fileName, mediaType: libraryFile.mediaType, bytes: libraryFile.bytes })
      .from(lessonTemplate)
      .innerJoin(libraryFile, eq(libraryFile.id, lessonTemplate.fileId))
      .where(eq(lessonTemplate.lessonId, found.id))
      .orderBy(asc(lessonTemplate.position), asc(lessonTemplate.title)),
    usefulForGroup(db, found.translationGroup),
    readerId ? marksOf(db, readerId, found.id) : Promise.resolve(null),
    found.authorUserId
      ? db
          .select({ name: user.name })
          .from(user)
          .where(and(eq(user.id, found.authorUserId), sql`exists (select 1 from ${membership} where ${membership.userId} = ${user.id})`))
      : Promise.resolve([]),
  ]);
  return {
    ...found,
    video: lessonVideoOf(found),
    templates: templates.map(({ fileId, ...t }) => ({ ...t, url: libraryFileUrl(fileId) })),
    usefulFor,
    mine,
    authorName: author[0]?.name ?? null,
  };
}
