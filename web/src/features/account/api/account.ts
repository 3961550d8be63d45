import { api } from '../../../lib/api-client';
import type { TMe } from '../../../lib/session';

/** Changes the signed-in user's name. */
export function updateName(name: string) {
  return api.patch<TMe>('/api/me', { name });
}
