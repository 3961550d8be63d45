import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './api-client';
import { takeEarly, takeSettledValue } from './early-fetch';

export type TApiState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
};

/**
 * Loads a GET resource and reloads it on demand. Pass `null` to skip loading. An answer the
 * page's early requests brought (web/public/early-requests.js, ADR 016) is taken first: when it
 * came before the first render, that render already has the data, with no spinner and no second
 * pass; when it is still on its way, it is awaited instead of asking again.
 * @example const { data, error, isLoading } = useApi<TMe>('/api/me');
 */
export function useApi<T>(path: string | null): TApiState<T> {
  const [opening] = useState(() => (path === null ? undefined : takeSettledValue<T>(path)));
  const [data, setData] = useState<T | undefined>(opening);
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(path !== null && opening === undefined);
  const [tick, setTick] = useState(0);
  // The path the first render already has the answer of: its first load is done.
  const loaded = useRef(opening === undefined ? null : path);

  useEffect(() => {
    if (path === null) {
      setIsLoading(false);
      return;
    }
    if (tick === 0 && loaded.current === path) {
      loaded.current = null;
      return;
    }
    const ctrl = new AbortController();
    setIsLoading(true);
    setError(undefined);
    ((tick === 0 ? takeEarly<T>(path) : undefined) ?? api.get<T>(path, ctrl.signal))
      // An answer is drawn in a transition: React renders what it brings in slices of a few
      // milliseconds, so a page whose sections fill in one by one is never one long task.
      .then((d) => {
        if (ctrl.signal.aborted) return;
        startTransition(() => {
          setData(d);
          setIsLoading(false);
        });
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        startTransition(() => {
          setError(e instanceof ApiError ? e : new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: String(e) }));
          setIsLoading(false);
        });
      });
    return () => ctrl.abort();
  }, [path, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, isLoading, reload };
}
