import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError, isNetworkError } from '../../../lib/api-client';
import { useOnline } from '../../../lib/use-online';
import type { TDraft } from '../api/draft';
import { analyseText } from '../api/intake';
import type { TUpdateDraft } from './use-intake-draft';

/**
 * Reads the free text (needs the network). Offline, the draft remembers that a reading is
 * due and it runs by itself when the line comes back, then moves on to the areas.
 * @example const { analyse, isReading, error } = useAnalyse(draft, update);
 */
export function useAnalyse(draft: TDraft, update: TUpdateDraft) {
  const isOnline = useOnline();
  const [isReading, setIsReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);

  const run = useCallback(
    async (text: string) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setIsReading(true);
      setError(null);
      try {
        const { areas } = await analyseText(text);
        // A new reading proposes afresh: what it found is ticked, the person changes it next.
        update({ analysis: { text, areas }, chosenAreas: areas.map((a) => a.area), isAnalysePending: false, step: 'areas' });
      } catch (e) {
        if (isNetworkError(e)) update({ isAnalysePending: true });
        else {
          update({ isAnalysePending: false });
          setError(isApiError(e) ? (e.fieldErrors.text ?? e.detail) : null);
        }
      } finally {
        inFlight.current = false;
        setIsReading(false);
      }
    },
    [update],
  );

  /** "Avanti" on the text: reuse the last reading if the text did not change. */
  const analyse = useCallback(() => {
    const text = draft.text.trim();
    if (draft.analysis && draft.analysis.text === text) {
      update({ step: 'areas', isAnalysePending: false });
      return;
    }
    if (!navigator.onLine) {
      update({ isAnalysePending: true });
      return;
    }
    void run(text);
  }, [draft.text, draft.analysis, update, run]);

  const { isAnalysePending, text, step } = draft;
  useEffect(() => {
    if (isAnalysePending && isOnline && step === 'text') void run(text.trim());
  }, [isAnalysePending, isOnline, step, text, run]);

  return { analyse, isReading, error, isWaiting: isAnalysePending && !isReading };
}
