import { z } from '@hono/zod-openapi';
import { MAX_TITLE_CHARS, MIN_TITLE_CHARS } from '../../../domain/community/post-content.js';
import { PLAIN_SECTORS } from '../../../domain/intake/sectors.js';
import { AREAS } from '../../../shared/areas.js';
import { THREAD_TABS } from '../../../services/community/threads/list-threads.js';

// Longer than any post allowed, so the posting rules (not zod) say how long a post may be.
const ZBody = z.string().max(200_000).openapi({ example: 'Ho aperto la scheda su Google ma non compaio quando cercano "forno Altamura". Cosa sbaglio?' });
const ZSector = z.enum(PLAIN_SECTORS.map((s) => s.id) as [string, ...string[]]);
const ZRegionCode = z.string().regex(/^\d{2}$/).openapi({ example: '16', description: 'ISTAT region code' });
const ZThreadSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

export const ZThreadParams = z.object({ slug: ZThreadSlug.openapi({ param: { name: 'slug', in: 'path' }, example: 'come-mi-faccio-trovare-su-google-a1b2c' }) });
export const ZPostParams = z.object({ postId: z.uuid().openapi({ param: { name: 'postId', in: 'path' } }) });
export const ZReactionParams = ZPostParams.extend({ kind: z.enum(['me_too', 'thanks']).openapi({ param: { name: 'kind', in: 'path' } }) });
export const ZLessonParams = z.object({ lessonSlug: ZThreadSlug.openapi({ param: { name: 'lessonSlug', in: 'path' } }) });

export const ZThreadListQuery = z.strictObject({
  tab: z.enum(THREAD_TABS).default('latest'),
  area: z.enum(AREAS).optional(),
  sector: ZSector.optional(),
  region: ZRegionCode.optional(),
  q: z.string().trim().max(200).optional().openapi({ example: 'fattura elettronica' }),
  page: z.coerce.number().int().min(1).max(500).default(1),
});

export const ZNewThread = z
  .strictObject({
    kind: z.enum(['question', 'story']),
    title: z.string().trim().min(MIN_TITLE_CHARS).max(MAX_TITLE_CHARS).openapi({ example: 'Come mi faccio trovare su Google?' }),
    body: ZBody,
    area: z.enum(AREAS),
    sector: ZSector.nullish(),
    regionCode: ZRegionCode.nullish(),
    lessonSlug: ZThreadSlug.nullish().openapi({ description: 'A published lesson the thread is about' }),
  })
  .openapi('NewThread');

export const ZNewReply = z.strictObject({ body: ZBody, quotePostId: z.uuid().nullish() }).openapi('NewReply');
export const ZEditPost = z.strictObject({ body: ZBody }).openapi('EditPost');
export const ZSolution = z.strictObject({ postId: z.uuid().nullable() }).openapi('Solution');
export const ZNewLink = z.union([z.strictObject({ lessonSlug: ZThreadSlug }), z.strictObject({ planActionId: z.uuid() })]).openapi('NewThreadLink');

const ZSummary = z.object({
  slug: z.string(),
  title: z.string(),
  kind: z.enum(['question', 'story']),
  area: z.string(),
  sector: z.string().nullable(),
  regionCode: z.string().nullable(),
  authorName: z.string().nullable(),
  replyCount: z.number().int(),
  meTooCount: z.number().int(),
  isSolved: z.boolean(),
  isLocked: z.boolean(),
  createdAt: z.string(),
  lastPostAt: z.string(),
  excerpt: z.string(),
});
export const ZThreadPage = z
  .object({ items: z.array(ZSummary), page: z.number().int(), pageCount: z.number().int(), total: z.number().int(), correctedQuery: z.string().nullable() })
  .openapi('ThreadPage');

const ZPost = z.object({
  id: z.uuid(),
  position: z.number().int(),
  author: z.object({ name: z.string(), role: z.string().nullable() }).nullable().openapi({ description: 'Display name and role only: never an e-mail' }),
  html: z.string().nullable(),
  markdown: z.string().nullable().openapi({ description: "The author's own Markdown, for their edit form" }),
  state: z.enum(['visible', 'deleted', 'hidden']),
  hiddenReason: z.string().nullable(),
  quote: z.object({ postId: z.uuid(), authorName: z.string().nullable(), excerpt: z.string().nullable() }).nullable(),
  thanksCount: z.number().int(),
  thankedByMe: z.boolean(),
  isMine: z.boolean(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
});
export const ZThreadView = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    kind: z.enum(['question', 'story']),
    title: z.string(),
    area: z.string(),
    sector: z.string().nullable(),
    regionCode: z.string().nullable(),
    createdAt: z.string(),
    lastPostAt: z.string(),
    replyCount: z.number().int(),
    meTooCount: z.number().int(),
    meTooByMe: z.boolean(),
    isFollowing: z.boolean(),
    isMine: z.boolean(),
    isLocked: z.boolean(),
    lockedReason: z.string().nullable(),
    slowModeSeconds: z.number().int().nullable(),
    hiddenReason: z.string().nullable(),
    solvedPostId: z.uuid().nullable(),
    opening: ZPost,
    solution: ZPost.nullable(),
    replies: z.array(ZPost),
    lessons: z.array(z.object({ slug: z.string(), title: z.string() })),
    planActions: z.array(z.object({ id: z.uuid(), title: z.string() })),
    abilities: z.object({ reply: z.boolean(), markSolved: z.boolean(), moderate: z.boolean(), link: z.boolean() }),
  })
  .openapi('ThreadView');

export const ZCreated = z.object({ slug: z.string() }).openapi('ThreadCreated');
export const ZPostCreated = z.object({ id: z.uuid(), position: z.number().int() }).openapi('PostCreated');
export const ZReactionState = z.object({ count: z.number().int(), mine: z.boolean() }).openapi('ReactionState');
export const ZLessonThreads = z.object({ items: z.array(z.object({ slug: z.string(), title: z.string(), replyCount: z.number().int(), isSolved: z.boolean() })) }).openapi('LessonThreads');
