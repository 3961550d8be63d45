import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, isNetworkError } from '../../../lib/api-client';
import { useOnline } from '../../../lib/use-online';
import { loadStored, mergeAnswers, saveStored, type TStoredAnswers } from '../api/answer-store';
import { saveAnswers, type TAnswers, type TCheckup } from '../api/checkup';

/**
 * The answers of a check-up, saved on the device at once and on the server as soon as
 * it can be reached; unsent ones wait for the `online` event (or the next visit).
 * @example const { answers, answer, pendingCount, flush } = useCheckupAnswers(checkup);
 */
export function useCheckupAnswers(checkup: TCheckup) {
  const isOnline = useOnline();
  const [state, setState] = useState<TStoredAnswers>(() => mergeAnswers(checkup.answers, loadStored(checkup.id)));
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef(state);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const commit = useCallback(
    (next: TStoredAnswers) => {
      ref.current = next;
      saveStored(checkup.id, next);
      setState(next);
    },
    [checkup.id],
  );

  /** Sends every unsent answer; resolves true when none is left waiting. */
  const flush = useCallback((): Promise<boolean> => {
    if (inFlight.current) return inFlight.current;
    const run = async (): Promise<boolean> => {
      while (ref.current.pending.length > 0) {
        if (!navigator.onLine) return false;
        const batch: TAnswers = {};
        for (const id of ref.current.pending) batch[id] = ref.current.answers[id] ?? '';
        setIsSaving(true);
        try {
          await saveAnswers(checkup.id, batch);
          setError(null);
        } catch (e) {
          if (!isNetworkError(e)) setError(isApiError(e) ? e.detail : null);
          return false;
        } finally {
          setIsSaving(false);
        }
        // Answers changed while the request was out stay pending for the next round.
        const cur = ref.current;
        commit({ ...cur, pending: cur.pending.filter((id) => cur.answers[id] !== batch[id]) });
      }
      return true;
    };
    const p = run().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = p;
    return p;
  }, [checkup.id, commit]);

  const answer = useCallback(
    (questionId: string, value: string) => {
      const cur = ref.current;
      const pending = cur.pending.includes(questionId) ? cur.pending : [...cur.pending, questionId];
      commit({ answers: { ...cur.answers, [questionId]: value }, pending });
      // A request already out sends this one when it finishes (the loop in flush); if it had
      // just finished its loop, one more round picks this answer up.
      void flush().then(() => {
        if (ref.current.pending.length > 0 && navigator.onLine && !inFlight.current) void flush();
      });
    },
    [commit, flush],
  );

  useEffect(() => {
    if (isOnline && ref.current.pending.length > 0) void flush();
  }, [isOnline, flush]);

  return { answers: state.answers, pendingCount: state.pending.length, isSaving, isOnline, error, answer, flush };
}
