import { useCallback, useEffect, useState } from 'react';
import { newUuid, readLocal, removeLocal, writeLocal } from '../../../lib/local-store';
import { DRAFT_KEY, emptyDraft, isDraftEmpty, parseDraft, type TDraft } from '../api/draft';

export type TUpdateDraft = (change: Partial<TDraft> | ((d: TDraft) => Partial<TDraft>)) => void;

/**
 * The ascolto draft, read from the device once and written back after every change,
 * so a reload, a closed tab or a dropped line loses nothing.
 * @example const { draft, update } = useIntakeDraft(); update({ people: '2-5' });
 */
export function useIntakeDraft() {
  const [draft, setDraft] = useState<TDraft>(() => readLocal(DRAFT_KEY, parseDraft) ?? emptyDraft(newUuid()));

  useEffect(() => {
    if (isDraftEmpty(draft)) removeLocal(DRAFT_KEY);
    else writeLocal(DRAFT_KEY, draft);
  }, [draft]);

  const update: TUpdateDraft = useCallback((change) => {
    setDraft((d) => ({ ...d, ...(typeof change === 'function' ? change(d) : change) }));
  }, []);

  /** Forgets the draft (after it was sent) and starts a fresh one with a new key. */
  const clear = useCallback(() => {
    removeLocal(DRAFT_KEY);
    setDraft(emptyDraft(newUuid()));
  }, []);

  return { draft, update, clear };
}
