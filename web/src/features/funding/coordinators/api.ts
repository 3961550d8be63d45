import { api } from '../../../lib/api-client';

/** A sportello's own call as GET /api/sportelli/{id}/funding/calls lists it. */
export type TOwnCall = {
  id: string;
  code: string;
  slug: string;
  title: string;
  opensDay: string | null;
  closesDay: string | null;
  closing: string;
  national: boolean;
  regions: string[];
  kinds: string[];
  areas: string[];
  updatedAt: string;
  input: Record<string, unknown>;
};

export type TQualifying = {
  call: { id: string; title: string; slug: string; closesDay: string | null };
  items: { id: string; name: string; comuneName: string; verdict: 'eligible' | 'to_verify'; missing: string[]; questions: string[]; invited: boolean; hasContact: boolean }[];
  total: number;
};

export type TInviteResult = { items: { businessId: string; outcome: 'invited' | 'already_invited' | 'not_qualifying' | 'no_email'; message: string }[]; invited: number };
export type TImportResult = { importId: string; added: number; changed: number; unchanged: number };

export const ownCallsPath = (sportelloId: string) => `/api/sportelli/${sportelloId}/funding/calls`;
export const qualifyingPath = (sportelloId: string, callId: string) => `/api/sportelli/${sportelloId}/funding/calls/${callId}/businesses`;

export const createOwnCall = (sportelloId: string, input: Record<string, unknown>) => api.post<TOwnCall>(ownCallsPath(sportelloId), input);
export const updateOwnCall = (sportelloId: string, callId: string, input: Record<string, unknown>) => api.patch<TOwnCall>(`${ownCallsPath(sportelloId)}/${callId}`, input);
export const deleteOwnCall = (sportelloId: string, callId: string) => api.delete(`${ownCallsPath(sportelloId)}/${callId}`);
export const importOwnCalls = (sportelloId: string, file: File) => {
  const form = new FormData();
  form.set('file', file);
  return api.postForm<TImportResult>(`${ownCallsPath(sportelloId)}/import`, form);
};
export const inviteBusinesses = (sportelloId: string, callId: string, businessIds: string[]) => api.post<TInviteResult>(`${ownCallsPath(sportelloId)}/${callId}/invitations`, { businessIds });
