export { trapApiPath, trapAt, trapPagePath, TRAPS_API_PATH } from '../../../../src/shared/trap-pages';

export type TArea = string;

/** GET /api/traps/{slug}: one warning, its lines as lists. */
export type TTrapView = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  recognise: string[];
  askBefore: string[];
  ifSigned: string[];
  cues: string[];
  areas: TArea[];
  status: 'proposed' | 'published';
  sportello: { id: string; name: string } | null;
  lessons: { slug: string; title: string }[];
  solutions: string[];
  planAreas: TArea[];
  publishedAt: string | null;
  updatedAt: string;
  canEdit: boolean;
  canPublish: boolean;
};

export type TTrapStage = 'signed' | 'before' | 'unknown';

/** A warning an ascolto's words speak of, with those words. */
export type TRequestWarning = { slug: string; title: string; summary: string; stage: TTrapStage; evidence: string[]; cues: string[]; nextSteps: string[] };

export const requestWarningsPath = (requestId: string) => `/api/intake-requests/${requestId}/warnings`;
export const lessonTrapsPath = (slug: string) => `/api/traps?lesson=${encodeURIComponent(slug)}`;
export const planTrapsPath = (businessId: string) => `/api/businesses/${businessId}/traps`;
