import type { TArea } from '../../../../../src/shared/areas';
import { api } from '../../../lib/api-client';

export type TAngelStatus = 'applied' | 'qualified' | 'rejected';
export type TAngelMode = 'in_person' | 'remote';

/** What the angel writes about themselves (POST /api/angels/application, PATCH /api/angels/me). */
export type TAngelProfileInput = {
  skills: TArea[];
  sectors: string[];
  baseComuneIstat: string;
  radiusKm: number;
  modes: TAngelMode[];
  languages: string[];
  capacity: number;
  presentation: string;
  whatsappPhone: string | null;
  isWhatsappAllowed: boolean;
};

export type TAngelProfile = Omit<TAngelProfileInput, 'skills' | 'modes'> & {
  userId: string;
  name: string;
  email: string;
  sportelloId: string | null;
  status: TAngelStatus;
  isPaused: boolean;
  skills: string[];
  modes: string[];
  comuneName: string;
  activeCases: number;
  hasCv: boolean;
  cvFileName: string | null;
  decisionReason: string | null;
  profileChangedAt: string | null;
  reviewedAt: string | null;
};

export type TWeeklyRule = { weekday: number; startMinute: number; endMinute: number };
export type TException = { day: string; kind: 'unavailable' | 'extra'; startMinute: number | null; endMinute: number | null };
export type TAvailability = { rules: TWeeklyRule[]; exceptions: TException[] };

export type TAtecoDivision = { code: string; label: string; display: string };
export type TAteco = { sections: { code: string; label: string; divisions: TAtecoDivision[] }[] };

/** A meeting as the angel's home lists it; the details and actions are on /incontri/:id. */
export type TAngelMeeting = {
  id: string;
  businessName: string;
  angelUserId: string;
  startsAt: string;
  mode: 'in_person' | 'phone' | 'video';
  status: 'booked' | 'cancelled' | 'held' | 'not_held';
  abilities: { change: boolean; recordOutcome: boolean; feedback: boolean };
};

export const myAngelPath = '/api/angels/me';
export const availabilityPath = '/api/angels/me/availability';
export const myMeetingsPath = '/api/meetings';
export const atecoPath = (lng: string) => `/api/ateco?locale=${lng === 'en' ? 'en' : 'it'}`;

/** The biggest CV we take, as the server does. */
export const MAX_CV_BYTES = 5 * 1024 * 1024;

/**
 * Sends the application: the profile as JSON in `profile`, the CV (if any) in `cv`.
 * @example await applyAsAngel(profile, file);
 */
export function applyAsAngel(profile: TAngelProfileInput, cv: File | null) {
  const form = new FormData();
  form.append('profile', JSON.stringify(profile));
  if (cv) form.append('cv', cv, cv.name);
  return api.postForm<TAngelProfile>('/api/angels/application', form);
}

/** Saves changes to my profile. */
export function updateMyProfile(change: Partial<TAngelProfileInput>) {
  return api.patch<TAngelProfile>(myAngelPath, change);
}

/** "Sono in ferie": no new matches while paused. */
export function setPaused(isPaused: boolean) {
  return api.post<TAngelProfile>(`${myAngelPath}/pause`, { isPaused });
}

/** Replaces my weekly hours and exceptions. */
export function saveAvailability(availability: TAvailability) {
  return api.put<TAvailability>(availabilityPath, availability);
}

/**
 * What is wrong with a CV file, checked here before the upload: a PDF starts with "%PDF-",
 * whatever its name says.
 * @example const problem = await cvProblem(file); // 'notPdf' | 'tooLarge' | null
 */
export async function cvProblem(file: File): Promise<'notPdf' | 'tooLarge' | null> {
  if (file.size > MAX_CV_BYTES) return 'tooLarge';
  const head = await file.slice(0, 5).text();
  return head === '%PDF-' ? null : 'notPdf';
}
