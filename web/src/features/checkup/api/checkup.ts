import { api } from '../../../lib/api-client';

export type TLocalized = { it: string; en: string };
export type TSection = { key: string; kind: 'area' | 'dimension'; title: TLocalized; why: TLocalized };
export type TQuestion = {
  id: string;
  section: string;
  text: TLocalized;
  help: TLocalized | null;
  options: { id: string; text: TLocalized }[];
};
export type TQuestionnaire = { version: string; sections: TSection[]; questions: TQuestion[] };

/** An answer is an option id, or "dont_know". */
export const DONT_KNOW = 'dont_know';
export type TAnswers = Record<string, string>;

export type TCheckup = { id: string; round: number; version: string; status: 'draft' | 'submitted'; answers: TAnswers };

export type TScores = Record<string, number | null>;
export type TLevel = { step: number; key: string; name: TLocalized };
export type TResult = {
  areas: TScores;
  dimensions: TScores;
  overall: number | null;
  level: TLevel;
  priorities: { section: string; score: number | null; reason: TLocalized }[];
  answered: number;
  dontKnow: number;
};

export type TReport = {
  checkup: { id: string; round: number; version: string; submittedAt: string };
  business: { id: string; name: string };
  result: TResult;
  previous: { id: string; round: number; submittedAt: string; result: TResult } | null;
  deltas: { sections: TScores; overall: number | null } | null;
  peers: { n: number; sections: TScores; overallMedian: number | null } | null;
  peerGroup: { atecoDivision: string | null; regionName: string | null };
  pdfUrl: string;
  /** Lessons to start from, per priority (missing from an older server). */
  priorityLessons?: { section: string; lessons: TPriorityLesson[] }[];
};

export type TPriorityLesson = { slug: string; language: 'it' | 'en'; title: string; summary: string; minutes: number; level: 'first_steps' | 'on_the_way' | 'advanced' };

export const questionnairePath = '/api/checkup/questionnaire';
export const reportPath = (id: string) => `/api/checkups/${encodeURIComponent(id)}/report`;

/**
 * The open check-up of a business, or a new one (round 2 after a submitted round 1).
 * @example const draft = await startCheckup(businessId);
 */
export function startCheckup(businessId: string) {
  return api.post<TCheckup>(`/api/businesses/${encodeURIComponent(businessId)}/checkups`);
}

/** Saves some answers; the server merges them with the ones it has. */
export function saveAnswers(checkupId: string, answers: TAnswers) {
  return api.put<TCheckup>(`/api/checkups/${encodeURIComponent(checkupId)}/answers`, { answers });
}

/** Closes the check-up and computes the result; the answers go along, so none is left behind. */
export function submitCheckup(checkupId: string, answers: TAnswers) {
  return api.post<TReport>(`/api/checkups/${encodeURIComponent(checkupId)}/submit`, { answers });
}

/** Picks the reader's language from a pair of texts. */
export function pick(text: TLocalized, lng: string): string {
  return lng === 'en' ? text.en : text.it;
}
