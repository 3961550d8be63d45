import { api } from '../../../lib/api-client';

export type TMeetingMode = 'in_person' | 'phone' | 'video';
export type TMeetingStatus = 'booked' | 'cancelled' | 'held' | 'not_held';
export type TNextStep = 'start_plan' | 'no_plan' | 'later';
export type TSlot = { startsAt: string; endsAt: string };

export type TMeeting = {
  id: string;
  businessId: string;
  businessName: string;
  angelUserId: string;
  angelName: string;
  startsAt: string;
  endsAt: string;
  mode: TMeetingMode;
  note: string | null;
  /** For a video meeting, the link both sides open. */
  videoLink: string | null;
  status: TMeetingStatus;
  cancelReason: string | null;
  /** Only on the angel's side. */
  outcomeNotes?: string | null;
  nextStep: TNextStep | null;
  feedbackRating: number | null;
  feedbackText: string | null;
  /** "Scrivimi su WhatsApp", for the business side when the angel allows it. */
  whatsappUrl: string | null;
  abilities: { change: boolean; recordOutcome: boolean; feedback: boolean };
};

export const MODES: TMeetingMode[] = ['in_person', 'phone', 'video'];
export const meetingsPath = '/api/meetings';
export const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;
export const slotsPath = (angelUserId: string, days = 14) => `/api/angels/${encodeURIComponent(angelUserId)}/slots?days=${days}`;

/** Moves the meeting to another free slot, or changes how it happens. */
export function changeMeeting(id: string, change: { startsAt?: string; mode?: TMeetingMode }) {
  return api.patch<TMeeting>(meetingPath(id), change);
}

/** Cancels the meeting; the reason goes to the other side by e-mail. */
export function cancelMeeting(id: string, reason: string | null) {
  return api.post<TMeeting>(`${meetingPath(id)}/cancel`, { reason });
}

/** The angel says how it went and what comes next. */
export function recordOutcome(id: string, input: { isHeld: boolean; notes: string | null; nextStep: TNextStep | null }) {
  return api.post<TMeeting>(`${meetingPath(id)}/outcome`, input);
}

/** The entrepreneur says how useful it was, 1 to 5, and a sentence. */
export function giveFeedback(id: string, input: { rating: number; text: string | null }) {
  return api.post<TMeeting>(`${meetingPath(id)}/feedback`, input);
}

/** True once the meeting has started: then it can be told how it went. */
export function hasStarted(m: Pick<TMeeting, 'startsAt'>, now = Date.now()): boolean {
  return new Date(m.startsAt).getTime() <= now;
}
