import { useEffect, useState } from 'react';
import { looksLikeAddress, searchLessonsToPick, type TPickedLesson } from './search-lessons';

type TState = { items: TPickedLesson[]; isLoading: boolean; isError: boolean };
const EMPTY: TState = { items: [], isLoading: false, isError: false };

/**
 * Debounced lesson search for the picker: nothing under two letters or for a web address;
 * a stale answer is dropped when a newer query is on its way.
 * @example const { items, isLoading } = useLessonSearch(text, 'it');
 */
export function useLessonSearch(query: string, lang: string, delayMs = 300): TState {
  const [state, setState] = useState<TState>(EMPTY);
  const q = query.trim();
  const isSearchable = q.length >= 2 && !looksLikeAddress(q);

  useEffect(() => {
    if (!isSearchable) {
      setState(EMPTY);
      return;
    }
    const ctrl = new AbortController();
    setState((s) => ({ ...s, isLoading: true, isError: false }));
    const timer = window.setTimeout(() => {
      searchLessonsToPick(q, lang, ctrl.signal)
        .then((r) => setState({ items: r.results, isLoading: false, isError: false }))
        .catch(() => {
          if (!ctrl.signal.aborted) setState({ items: [], isLoading: false, isError: true });
        });
    }, delayMs);
    return () => {
      window.clearTimeout(timer);
      ctrl.abort();
    };
  }, [q, lang, delayMs, isSearchable]);

  return state;
}
