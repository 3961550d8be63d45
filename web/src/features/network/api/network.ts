import { api } from '../../../lib/api-client';
import type { TRole } from '../../../lib/session';

export type TProvinceRef = { code: string; sigla: string; name: string };
export type TProvince = TProvinceRef & { regionCode: string; regionName: string };

export type TSportello = {
  id: string;
  name: string;
  slug: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  provinces: TProvinceRef[];
};

export type TAbilities = { update: boolean; manageMembers: boolean; invite: boolean };
export type TMember = { id: string; userId: string; name: string; email: string; role: TRole };
export type TInvitation = { id: string; email: string; role: TRole; expiresAt: string; createdAt: string };
export type TInvitationPreview = { sportelloName: string; role: TRole; email: string; expiresAt: string };
export type TAdminSportello = {
  id: string;
  name: string;
  slug: string;
  email: string | null;
  provinces: TProvinceRef[];
  memberCount: number;
};
export type TMail = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: 'sent' | 'outbox' | 'failed';
  createdAt: string;
};

const base = (id: string) => `/api/sportelli/${encodeURIComponent(id)}`;

export const sportelloPath = (id: string) => base(id);
export const membersPath = (id: string) => `${base(id)}/members`;
export const invitationsPath = (id: string) => `${base(id)}/invitations`;
export const provincesPath = '/api/provinces';
export const invitationPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;
export const adminSportelliPath = '/api/admin/sportelli';
export const adminMailPath = '/api/admin/mail';

/** Saves the provinces a sportello serves (409 when one is already served elsewhere). */
export function saveProvinces(id: string, provinceCodes: string[]) {
  return api.put<TSportello>(`${base(id)}/provinces`, { provinceCodes });
}

/** Removes a member from a sportello. */
export function removeMember(id: string, membershipId: string) {
  return api.delete(`${base(id)}/members/${encodeURIComponent(membershipId)}`);
}

/** Invites someone by e-mail as coordinator or angel. */
export function createInvitation(id: string, input: { email: string; role: TRole }) {
  return api.post<TInvitation>(`${base(id)}/invitations`, input);
}

/** Withdraws a pending invitation. */
export function revokeInvitation(id: string, invitationId: string) {
  return api.delete(`${base(id)}/invitations/${encodeURIComponent(invitationId)}`);
}

/** Accepts an invitation as the signed-in user. */
export function acceptInvitation(token: string) {
  return api.post<{ sportelloId: string }>(`${invitationPath(token)}/accept`);
}

/** Creates a sportello (network admin). */
export function createSportello(input: { name: string; slug: string; email?: string }) {
  return api.post<TSportello>(adminSportelliPath, input);
}

export type TIntakeRequestItem = {
  id: string;
  createdAt: string;
  comuneName: string;
  sectorLabel: string | null;
  businessName?: string | null;
  employees: number | null;
  text: string;
  chosenAreas: string[];
  contactKind: 'account' | 'callback';
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  status: 'new' | 'in_progress' | 'closed';
};

export const intakeRequestsPath = (id: string) => `${base(id)}/intake-requests`;
