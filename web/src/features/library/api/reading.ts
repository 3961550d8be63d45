import { api } from '../../../lib/api-client';
import type { TLibraryLanguage, TLibraryLevel } from '../../../../../src/shared/library-pages';

export { lessonApiPath, lessonAt, lessonPagePath, libraryApiPath, readLibraryQuery, LIBRARY_KINDS, LIBRARY_LEVELS } from '../../../../../src/shared/library-pages';
export type { TLibraryKind, TLibraryLanguage, TLibraryLevel, TLibraryQuery } from '../../../../../src/shared/library-pages';

/** One result of GET /api/lessons. */
export type TLessonHit = {
  slug: string;
  title: string;
  summary: string;
  areas: string[];
  level: TLibraryLevel;
  minutes: number;
  /** Matched words in <mark>, the rest HTML-escaped by the server; empty without a query. */
  snippet: string;
  hasVideo: boolean;
  hasTemplates: boolean;
};

export type TLessonSearch = { results: TLessonHit[]; correctedQuery: string | null };

/** The video of a lesson, as GET /api/lessons/{slug} gives it (the player's props, media/lesson-video.tsx). */
export type TLessonVideo =
  | { source: 'file'; src: string; poster: string | null; captions: string | null; transcript: string | null }
  | { source: 'link'; host: 'youtube' | 'vimeo'; url: string; embedUrl: string; poster: string | null; captions: string | null; transcript: string | null };

export type TLessonMarks = { done: boolean; helpful: boolean };

/** GET /api/lessons/{slug}. */
export type TLesson = {
  slug: string;
  language: TLibraryLanguage;
  title: string;
  summary: string;
  /** Rendered and sanitised by the server on save. */
  html: string;
  areas: string[];
  level: TLibraryLevel;
  minutes: number;
  publishedAt: string | null;
  updatedAt: string;
  translations: { slug: string; language: TLibraryLanguage }[];
  /** The page's absolute address, to share. */
  url: string;
  authorName: string | null;
  video: TLessonVideo | null;
  templates: { title: string; fileName: string; mediaType: string; bytes: number; url: string }[];
  usefulFor: number;
  mine: TLessonMarks | null;
  /** Community threads linking the lesson, latest first. */
  discussions?: { slug: string; title: string; replyCount: number; isSolved: boolean }[];
};

/**
 * The marks' address, shared by the app's PUT and the page's form without JavaScript (POST).
 * @example lessonMarksPath('vendi-il-tuo-latte', 'en') // '/api/lessons/vendi-il-tuo-latte/progress?language=en'
 */
export const lessonMarksPath = (slug: string, language: TLibraryLanguage) => `/api/lessons/${slug}/progress?language=${language}`;

/**
 * Sets the reader's own marks on a lesson; the answer has the marks now and how many it helped.
 * @example await saveMarks('vendi-il-tuo-latte', 'it', { helpful: true })
 */
export function saveMarks(slug: string, language: TLibraryLanguage, change: Partial<TLessonMarks>): Promise<TLessonMarks & { usefulFor: number }> {
  return api.put(lessonMarksPath(slug, language), change);
}
