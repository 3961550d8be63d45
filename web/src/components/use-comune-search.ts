import { useEffect, useState } from 'react';
import { searchComuni, type TComune } from '../lib/comuni';

type TState = { items: TComune[]; isLoading: boolean; isError: boolean };

/**
 * Debounced comune search; stale answers are dropped.
 * @example const { items } = useComuneSearch(text);
 */
export function useComuneSearch(query: string, delayMs = 250): TState {
  const [state, setState] = useState<TState>({ items: [], isLoading: false, isError: false });
  const q = query.trim();

  useEffect(() => {
    if (q.length < 2) {
      setState({ items: [], isLoading: false, isError: false });
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, isLoading: true, isError: false }));
    const timer = window.setTimeout(() => {
      searchComuni(q, ctrl.signal)
        .then((r) => setState({ items: r.items, isLoading: false, isError: false }))
        .catch(() => {
          if (!ctrl.signal.aborted) setState({ items: [], isLoading: false, isError: true });
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, delayMs]);

  return state;
}
