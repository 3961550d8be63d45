import { api } from '../../../lib/api-client';

export type TPerson = { userId: string; name: string; comuneName: string };
export type TRequest = { id: string; name: string; comuneName: string };

export type TAlternative = { angel: TPerson; cost: number; coverage: number; isInPerson: boolean; distanceKm: number | null };

/** One proposed pair of POST /api/sportelli/{id}/assign-all/preview. */
export type TPreviewPair = {
  business: TRequest;
  angel: TPerson;
  cost: number;
  coverage: number;
  covered: string[];
  uncovered: string[];
  isInPerson: boolean;
  distanceKm: number | null;
  load: { activeCases: number; capacity: number; after: number };
  alternatives: TAlternative[];
};

export type TPreviewAngel = TPerson & { capacity: number; activeCases: number; proposed: number; isAvailable: boolean };

export type TAssignAllPreview = {
  sportelloId: string;
  totalCost: number;
  counts: { requests: number; angels: number; pairs: number; unassigned: number };
  pairs: TPreviewPair[];
  unassigned: { business: TRequest; reason: string; reasonText: string }[];
  angels: TPreviewAngel[];
};

export type TPair = { businessId: string; angelUserId: string };

export type TCaseloadBusiness = { id: string; name: string; comuneName: string; startedAt: string; reason: string | null; overdueActions: number; lastActivityAt: string | null };
export type TCaseload = TPerson & {
  capacity: number;
  isPaused: boolean;
  activeCases: number;
  meetingsThisMonth: number;
  overdueActions: number;
  lastActivityAt: string | null;
  businesses: TCaseloadBusiness[];
};

const sp = (id: string) => `/api/sportelli/${encodeURIComponent(id)}`;
export const caseloadsPath = (id: string) => `${sp(id)}/caseloads`;
export const ownCaseloadPath = '/api/me/caseload';
/** The same list as a file: `format` csv or xlsx. */
export const caseloadsExportUrl = (id: string, format: 'csv' | 'xlsx') => `${caseloadsPath(id)}/export?format=${format}`;
export const previewExportUrl = (id: string, format: 'csv' | 'xlsx') => `${sp(id)}/assign-all/preview/export?format=${format}`;

/** "Assegna tutte" without changing anything. */
export function previewAssignAll(sportelloId: string) {
  return api.post<TAssignAllPreview>(`${sp(sportelloId)}/assign-all/preview`);
}

/** Stores the pairs, all or nothing. */
export function confirmAssignAll(sportelloId: string, pairs: TPair[]) {
  return api.post<{ assigned: TPair[]; reason: string }>(`${sp(sportelloId)}/assign-all/confirm`, { pairs });
}

/** Moves a business to another angel with a reason; answers the caseloads again. */
export function moveBusiness(sportelloId: string, input: { businessId: string; angelUserId: string; reason: string }) {
  return api.post<{ items: TCaseload[] }>(`${caseloadsPath(sportelloId)}/move`, input);
}
