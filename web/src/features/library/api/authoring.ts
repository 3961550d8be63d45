import type { TArea } from '../../../../../src/shared/areas';
import { api } from '../../../lib/api-client';

export type TLessonLevel = 'first_steps' | 'on_the_way' | 'advanced';
export type TLessonStatus = 'draft' | 'in_review' | 'published' | 'retired';
export type TLessonLanguage = 'it' | 'en';
export const LEVELS: TLessonLevel[] = ['first_steps', 'on_the_way', 'advanced'];

export type TLessonText = { title: string; summary: string; bodyMarkdown: string; areas: TArea[]; level: TLessonLevel };
export type TNewLesson = TLessonText & { language: TLessonLanguage; sportelloId: string | null; translationOf?: string };
export type TLessonAbilities = { canEdit: boolean; canSubmit: boolean; canReview: boolean; canRetire: boolean };

/** A lesson as its author and reviewer see it, with what this person may do (the server decides). */
export type TAuthoredLesson = TLessonText & {
  id: string;
  slug: string;
  language: TLessonLanguage;
  translationGroup: string;
  sportelloId: string | null;
  html: string;
  minutes: number;
  gulpease: number;
  status: TLessonStatus;
  version: number;
  authorUserId: string | null;
  reviewNote: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  updatedAt: string;
  abilities: TLessonAbilities;
};

export type TLessonListItem = {
  id: string;
  slug: string;
  language: TLessonLanguage;
  sportelloId: string | null;
  title: string;
  summary: string;
  level: TLessonLevel;
  status: TLessonStatus;
  gulpease: number;
  version: number;
  authorName: string | null;
  reviewNote: string | null;
  submittedAt: string | null;
  updatedAt: string;
};

export type TLessonVersion = {
  version: number;
  title: string;
  action: 'created' | 'saved' | 'submitted' | 'published' | 'sent_back' | 'retired';
  status: TLessonStatus | null;
  level: TLessonLevel | null;
  areas: string[];
  note: string | null;
  changedBy: string | null;
  changedByName: string | null;
  createdAt: string;
};

export type TScopes = { write: { sportelloId: string | null; name: string | null }[]; review: boolean };
export type TPreview = { html: string; gulpease: number | null; floor: number; isPublishable: boolean; missingParts: string[]; hasRawHtml: boolean };

const lessonBase = (id: string) => `/api/library/lessons/${encodeURIComponent(id)}`;

export const scopesPath = '/api/library/scopes';
export const myLessonsPath = '/api/library/lessons/mine';
export const reviewQueuePath = '/api/library/review-queue';
export const lessonPath = (id: string) => lessonBase(id);
export const versionsPath = (id: string) => `${lessonBase(id)}/versions`;

/**
 * Starts a draft; the answer has its id for the edit page.
 * @example const lesson = await createLesson({ ...text, language: 'it', sportelloId: null });
 */
export const createLesson = (input: TNewLesson) => api.post<TAuthoredLesson>('/api/library/lessons', input);
/** Saves over the version seen: a 409 `lesson.stale` means someone saved meanwhile. */
export const saveLesson = (id: string, version: number, text: TLessonText) => api.put<TAuthoredLesson>(lessonBase(id), { ...text, version });
export const submitLesson = (id: string, version: number) => api.post<TAuthoredLesson>(`${lessonBase(id)}/submit`, { version });
export const publishLesson = (id: string, version: number) => api.post<TAuthoredLesson>(`${lessonBase(id)}/publish`, { version });
export const sendBackLesson = (id: string, version: number, note: string) => api.post<TAuthoredLesson>(`${lessonBase(id)}/send-back`, { version, note });
export const retireLesson = (id: string, version: number) => api.post<TAuthoredLesson>(`${lessonBase(id)}/retire`, { version });
/** The body as the server will publish it (nothing stored). */
export const previewLesson = (bodyMarkdown: string, level: TLessonLevel, language: TLessonLanguage) => api.post<TPreview>('/api/library/preview', { bodyMarkdown, level, language });
