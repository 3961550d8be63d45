import { api } from '../../../lib/api-client';
import type { TMe } from '../../../lib/session';

/** Changes the signed-in user's name. */
export function updateName(name: string) {
  return api.patch<TMe>('/api/me', { name });
}

export type TCheckupSummary = {
  id: string;
  round: number;
  status: 'draft' | 'submitted';
  version: string;
  createdAt: string;
  submittedAt: string | null;
  overall: number | null;
  level: { step: number; key: string; name: { it: string; en: string } } | null;
};

/** The check-ups of a business, for its card on the profile page. */
export const businessCheckupsPath = (businessId: string) => `/api/businesses/${encodeURIComponent(businessId)}/checkups`;
