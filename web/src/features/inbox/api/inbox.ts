/** The inbox's API shapes and paths (src/server/routes/inbox/schema.ts). */
export const INBOX_STATUSES = ['new', 'taken', 'assigned', 'accompanied', 'concluded', 'archived'] as const;
export type TInboxStatus = (typeof INBOX_STATUSES)[number];

export type TInboxItem = {
  id: string;
  createdAt: string;
  comuneIstat: string;
  comuneName: string;
  sectorId: string | null;
  businessName: string | null;
  businessId: string | null;
  chosenAreas: string[];
  contactKind: 'account' | 'callback';
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  status: TInboxStatus;
  workingDaysWaiting: number;
  isOverdue: boolean;
  takenAt: string | null;
  takenByName: string | null;
  angel: { userId: string; name: string } | null;
  transfer: { reason: string; fromSportelloName: string | null } | null;
};

export type TInboxPage = { items: TInboxItem[]; nextCursor: string | null };

export type TInboxRequest = TInboxItem & {
  text: string;
  proposedAreas: { area: string; score: number; evidence: string[] }[];
  atecoDivision: string | null;
  employees: number | null;
  archiveReason: string | null;
  mergedIntoId: string | null;
  closedAt: string | null;
  links: { tel: string | null; whatsapp: string | null; mail: string | null };
  notes: { id: string; text: string; createdAt: string; authorName: string | null }[];
  transfers: { id: string; reason: string; createdAt: string; byName: string | null; fromSportelloName: string | null; toSportelloName: string | null }[];
  mergedRequests: { id: string; createdAt: string }[];
  duplicates: { id: string; createdAt: string; contactName: string | null; businessName: string | null; comuneName: string; reasons: string[] }[];
};

export type TInboxFacets = {
  counts: { open: number; new: number };
  angels: { userId: string; name: string }[];
  sportelli: { id: string; name: string }[];
  comuni: { istat: string; name: string }[];
};

export type TSuggestions = {
  scope: 'sportello' | 'network';
  items: { angel: { userId: string; name: string; initials: string; comuneName: string; presentation: string }; score: number; reasons: string[]; distanceKm: number | null }[];
};

export type TInboxFilters = { status: string; area: string; sectorId: string; comuneIstat: string; angelUserId: string; order: 'newest' | 'oldest' };

export const inboxPath = (sportelloId: string, filters: TInboxFilters, cursor?: string | null) => {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) q.set(key, value);
  if (cursor) q.set('cursor', cursor);
  return `/api/sportelli/${sportelloId}/inbox?${q.toString()}`;
};
export const inboxExportPath = (sportelloId: string, filters: TInboxFilters, format: 'csv' | 'xlsx') => {
  const q = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) if (value) q.set(key, value);
  return `/api/sportelli/${sportelloId}/inbox/export?${q.toString()}`;
};
export const inboxFacetsPath = (sportelloId: string) => `/api/sportelli/${sportelloId}/inbox/facets`;
export const inboxRequestPath = (id: string) => `/api/inbox/requests/${id}`;
export const inboxSuggestionsPath = (id: string) => `/api/inbox/requests/${id}/suggestions`;
export const inboxActionPath = (id: string, action: string) => `/api/inbox/requests/${id}/${action}`;
