import { api } from '../../../lib/api-client';

export const REPORT_REASONS = ['spam', 'rude', 'off_topic', 'personal_data', 'other'] as const;
export type TReportReason = (typeof REPORT_REASONS)[number];
/** The same bounds as the server (domain/community/moderation.ts). */
export const REASON_MIN = 3;
export const REASON_MAX = 500;
export const SILENCE_MAX_HOURS = 720;

export type TPostAction = 'hide' | 'restore' | 'dismiss_reports';
export type TThreadDecision =
  | { action: 'hide' | 'restore' | 'lock' | 'unlock' }
  | { action: 'move'; area: string }
  | { action: 'slow_mode'; seconds: number | null };
export type TAccountDecision = { action: 'silence'; hours: number } | { action: 'unsilence' };

export type TQueueItem = {
  post: { id: string; position: number; text: string; createdAt: string; isHidden: boolean; isPendingReview: boolean; hiddenReason: string | null; hiddenAt: string | null };
  author: { id: string; name: string } | null;
  thread: { id: string; slug: string; title: string; area: string };
  reports: { id: string; reason: TReportReason; note: string | null; reporterName: string; createdAt: string }[];
};
export type TLogEntry = {
  id: string;
  action: string;
  reason: string;
  details: unknown;
  moderator: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  thread: { id: string; slug: string; title: string } | null;
  postId: string | null;
  createdAt: string;
};

const post = (id: string) => `/api/community/posts/${encodeURIComponent(id)}`;

export const reportPost = (postId: string, reason: TReportReason, note: string | null) => api.post<{ reportId: string; isHidden: boolean }>(`${post(postId)}/reports`, { reason, note });
export const moderatePost = (postId: string, action: TPostAction, reason: string) => api.post<{ ok: true }>(`${post(postId)}/moderation`, { action, reason });
export const moderateThread = (threadId: string, decision: TThreadDecision, reason: string) =>
  api.post<{ ok: true }>(`/api/community/threads/${encodeURIComponent(threadId)}/moderation`, { ...decision, reason });
export const moderateAuthor = (postId: string, decision: TAccountDecision, reason: string) => api.post<{ silencedUntil: string | null }>(`${post(postId)}/author-silence`, { ...decision, reason });
export const queuePath = (sportelloId: string) => `/api/sportelli/${encodeURIComponent(sportelloId)}/community/moderation-queue`;
export const logPath = (sportelloId: string, page: number) => `/api/sportelli/${encodeURIComponent(sportelloId)}/community/moderation-log?page=${page}`;
/** The network admin chooses among every sportello. */
export const adminSportelliPath = '/api/admin/sportelli';
