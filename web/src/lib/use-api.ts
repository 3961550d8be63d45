import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api-client';

export type TApiState<T> = {
  data: T | undefined;
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
};

/**
 * Loads a GET resource and reloads it on demand. Pass `null` to skip loading.
 * @example const { data, error, isLoading } = useApi<TMe>('/api/me');
 */
export function useApi<T>(path: string | null): TApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [isLoading, setIsLoading] = useState(path !== null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (path === null) {
      setIsLoading(false);
      return;
    }
    const ctrl = new AbortController();
    setIsLoading(true);
    setError(undefined);
    api
      .get<T>(path, ctrl.signal)
      .then((d) => {
        setData(d);
        setIsLoading(false);
      })
      .catch((e: unknown) => {
        if (ctrl.signal.aborted) return;
        setError(e instanceof ApiError ? e : new ApiError({ status: 0, code: 'UNKNOWN', title: '', detail: String(e) }));
        setIsLoading(false);
      });
    return () => ctrl.abort();
  }, [path, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, isLoading, reload };
}
