import { api } from '../../../lib/api-client';

/** An angel of the sportello and whether a coordinator let them write Metodo Pop lessons. */
export type TAuthorPermission = { membershipId: string; userId: string; name: string; canAuthor: boolean };

export const authorsPath = (sportelloId: string) => `/api/library/sportelli/${encodeURIComponent(sportelloId)}/authors`;

/**
 * Gives or takes back "può scrivere lezioni".
 * @example await setCanAuthor(sportelloId, membershipId, true);
 */
export const setCanAuthor = (sportelloId: string, membershipId: string, canAuthor: boolean) =>
  api.put<{ membershipId: string; canAuthor: boolean }>(`${authorsPath(sportelloId)}/${encodeURIComponent(membershipId)}`, { canAuthor });
