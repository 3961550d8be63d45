import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../../../lib/api-client';
import { addComment, commentsPath, type TComment } from '../api/plans';

/**
 * The plan's comments, loaded once for the page and grouped by goal or action.
 * @example const { byTarget, add } = useComments(planId); byTarget.get(action.id)
 */
export function useComments(planId: string) {
  const [items, setItems] = useState<TComment[]>([]);
  const [isLoaded, setIsLoaded] = useState(false);

  useEffect(() => {
    const ctrl = new AbortController();
    api
      .get<{ items: TComment[] }>(commentsPath(planId), ctrl.signal)
      .then((r) => {
        setItems(r.items);
        setIsLoaded(true);
      })
      .catch(() => {
        // Offline or not there yet: the page works without comments.
      });
    return () => ctrl.abort();
  }, [planId]);

  const add = useCallback(
    async (targetKind: 'goal' | 'action', targetId: string, body: string) => {
      await addComment(planId, targetKind, targetId, body);
      // The server answers with the new id only: read the list again for names and times.
      const r = await api.get<{ items: TComment[] }>(commentsPath(planId));
      setItems(r.items);
    },
    [planId],
  );

  // Grouped once per load (not filtered again for each of hundreds of goals and actions).
  const byTarget = useMemo(() => {
    const map = new Map<string, TComment[]>();
    for (const c of items) {
      const list = map.get(c.targetId);
      if (list) list.push(c);
      else map.set(c.targetId, [c]);
    }
    return map as ReadonlyMap<string, TComment[]>;
  }, [items]);
  return { byTarget, add, isLoaded };
}
