import { api } from '../../../lib/api-client';

export type TSlot = { startsAt: string; endsAt: string };
export type TMeetingMode = 'in_person' | 'phone' | 'video';

export type TMatch = {
  angel: { userId: string; name: string; initials: string; comuneName: string; presentation: string; modes: string[]; languages: string[] };
  score: number;
  reasons: string[];
  distanceKm: number | null;
  nextSlots: TSlot[];
};

export type TMatches = { scope: 'sportello' | 'network'; items: TMatch[] };
export type TAssignment = { angelUserId: string; angelName: string; startedAt: string; reason: string | null } | null;
export type TBooked = { id: string; startsAt: string; mode: TMeetingMode };

const biz = (id: string) => `/api/businesses/${encodeURIComponent(id)}`;
export const matchesPath = (businessId: string) => `${biz(businessId)}/matches`;
export const assignmentPath = (businessId: string) => `${biz(businessId)}/assignment`;
export const slotsPath = (angelUserId: string, days = 14) => `/api/angels/${encodeURIComponent(angelUserId)}/slots?days=${days}`;

/**
 * Books the free first meeting in one of the angel's free slots (409 `meeting.slot_taken`
 * when someone was quicker).
 * @example await bookMeeting({ businessId, angelUserId, startsAt, mode: 'video', note: null });
 */
export function bookMeeting(input: { businessId: string; angelUserId: string; startsAt: string; mode: TMeetingMode; note: string | null; videoLink?: string | null }) {
  return api.post<TBooked>('/api/meetings', input);
}

/** The modes of a first meeting an angel can offer: in person only when they travel. */
export function meetingModesOf(angelModes: string[]): TMeetingMode[] {
  const modes: TMeetingMode[] = [];
  if (angelModes.includes('in_person')) modes.push('in_person');
  if (angelModes.includes('remote')) modes.push('phone', 'video');
  return modes.length ? modes : ['phone', 'video'];
}
