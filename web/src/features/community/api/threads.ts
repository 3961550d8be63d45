import { api } from '../../../lib/api-client';

export { communityApiPath, communityPagePath, readCommunityQuery, threadApiPath, threadPagePath, COMMUNITY_TABS, lessonThreadsApiPath, replyFormPath, REPLY_ECHO } from '../../../../../src/shared/community-pages';
export type { TCommunityQuery, TCommunityTab, TReplyEcho } from '../../../../../src/shared/community-pages';

/** One line of GET /api/community/threads. */
export type TThreadSummary = {
  slug: string;
  title: string;
  kind: 'question' | 'story';
  area: string;
  sector: string | null;
  regionCode: string | null;
  authorName: string | null;
  replyCount: number;
  meTooCount: number;
  isSolved: boolean;
  isLocked: boolean;
  createdAt: string;
  lastPostAt: string;
  excerpt: string;
};

export type TThreadPage = { items: TThreadSummary[]; page: number; pageCount: number; total: number; correctedQuery: string | null };

export type TPost = {
  id: string;
  position: number;
  author: { name: string; role: string | null } | null;
  /** Rendered and sanitised by the server on save; null when deleted or hidden from this reader. */
  html: string | null;
  markdown: string | null;
  state: 'visible' | 'deleted' | 'hidden';
  hiddenReason: string | null;
  quote: { postId: string; authorName: string | null; excerpt: string | null } | null;
  thanksCount: number;
  thankedByMe: boolean;
  isMine: boolean;
  createdAt: string;
  editedAt: string | null;
};

/** GET /api/community/threads/{slug}. */
export type TThread = {
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
  isFollowing: boolean;
  isMine: boolean;
  isLocked: boolean;
  lockedReason: string | null;
  slowModeSeconds: number | null;
  hiddenReason: string | null;
  solvedPostId: string | null;
  opening: TPost;
  solution: TPost | null;
  replies: TPost[];
  lessons: { slug: string; title: string }[];
  planActions: { id: string; title: string }[];
  abilities: { reply: boolean; markSolved: boolean; moderate: boolean; link: boolean };
};

export type TNewThread = { kind: 'question' | 'story'; title: string; body: string; area: string; sector?: string | null; regionCode?: string | null; lessonSlug?: string | null };

export const createThread = (body: TNewThread) => api.post<{ slug: string }>('/api/community/threads', body);
export const replyTo = (slug: string, body: { body: string; quotePostId?: string | null }) => api.post<{ id: string; position: number }>(`/api/community/threads/${slug}/posts`, body);
export const editPost = (postId: string, body: string) => api.patch<{ version: number }>(`/api/community/posts/${postId}`, { body });
export const deletePost = (postId: string) => api.delete<{ ok: true }>(`/api/community/posts/${postId}`);
export const react = (postId: string, kind: 'me_too' | 'thanks', on: boolean) =>
  on ? api.put<{ count: number; mine: boolean }>(`/api/community/posts/${postId}/reactions/${kind}`) : api.delete<{ count: number; mine: boolean }>(`/api/community/posts/${postId}/reactions/${kind}`);
export const markSolved = (slug: string, postId: string | null) => api.put<{ ok: true }>(`/api/community/threads/${slug}/solution`, { postId });

/** POST /api/community/images: a picture for a post being written; its Markdown then shows `url`. */
export const uploadPicture = (file: File) => {
  const form = new FormData();
  form.set('file', file);
  return api.postForm<{ id: string; url: string }>('/api/community/images', form);
};

/** POST /api/community/threads/{slug}/links: the asker links a lesson or an action of their own plan. */
export const linkToThread = (slug: string, target: { lessonSlug: string } | { planActionId: string }) => api.post<{ ok: true }>(`/api/community/threads/${slug}/links`, target);

export type TPlanActionChoice = { id: string; title: string };

/**
 * The actions of the relaunch plans of the person's businesses (GET /api/businesses/{id}/plan);
 * a business with no plan yet (404) has none.
 */
export async function myPlanActions(businessIds: readonly string[]): Promise<TPlanActionChoice[]> {
  const plans = await Promise.all(businessIds.map((id) => api.get<{ actions: TPlanActionChoice[] }>(`/api/businesses/${id}/plan`).catch(() => null)));
  return plans.flatMap((p) => (p?.actions ?? []).map((a) => ({ id: a.id, title: a.title })));
}
