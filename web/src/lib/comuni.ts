import { api } from './api-client';

/** A comune as the API returns it, with its province and region. */
export type TComune = {
  istat: string;
  name: string;
  province: { code: string; sigla: string; name: string };
  region: { code: string; name: string };
  lat: number;
  lon: number;
};

/**
 * Comuni whose name starts with or contains the text.
 * @example const { items } = await searchComuni('Lodi');
 */
export function searchComuni(q: string, signal?: AbortSignal, limit = 8) {
  const params = new URLSearchParams({ q, limit: String(limit) });
  return api.get<{ items: TComune[] }>(`/api/comuni?${params.toString()}`, signal);
}
