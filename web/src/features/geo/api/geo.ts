import { api } from '../../../lib/api-client';
import type { TComune } from '../../../lib/comuni';

export type { TComune };

export type TPublicSportello = {
  id: string;
  name: string;
  slug: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  provinces: { code: string; sigla: string; name: string }[];
};

export type TLookup = { comune: TComune; sportello: TPublicSportello | null };

/** The sportello serving a comune's province, or null. */
export function lookupSportello(istat: string, signal?: AbortSignal) {
  return api.get<TLookup>(`/api/sportelli/lookup?comune=${encodeURIComponent(istat)}`, signal);
}
