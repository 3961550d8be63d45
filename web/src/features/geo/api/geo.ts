import { api } from '../../../lib/api-client';

export type TComune = {
  istat: string;
  name: string;
  province: { code: string; sigla: string; name: string };
  region: { code: string; name: string };
  lat: number;
  lon: number;
};

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

/** Comuni whose name starts with or contains the text. */
export function searchComuni(q: string, signal?: AbortSignal, limit = 8) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return api.get<{ items: TComune[] }>(`/api/comuni?${params.toString()}`, signal);
}

/** The sportello serving a comune's province, or null. */
export function lookupSportello(istat: string, signal?: AbortSignal) {
  return api.get<TLookup>(`/api/sportelli/lookup?comune=${encodeURIComponent(istat)}`, signal);
}
