import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type TT = ReturnType<typeof useTranslation>['t'];
type TWords = { t: TT; lang: string };

const WordsContext = createContext<TWords | null>(null);

/**
 * The translator, read once for the whole plan. react-i18next's `useTranslation` costs about a
 * tenth of a millisecond per component (it sets up a subscription and a wrapper each time), and a
 * big plan has over a thousand lines, comments and log entries: they read this context instead.
 * @example <PlanWords><GoalCard … /></PlanWords>
 */
export function PlanWords({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const value = useMemo(() => ({ t: remembering(t), lang: i18n.language }), [t, i18n.language]);
  return <WordsContext.Provider value={value}>{children}</WordsContext.Provider>;
}

/**
 * The same translator, remembering each answer: five hundred action lines ask for the same dozen
 * labels ("Stato", "Da fare", "Commenti (0)"…), and i18next works each one out every time.
 * The memory goes with the language (a new `t` comes with it).
 */
function remembering(t: TT): TT {
  const seen = new Map<string, string>();
  const remembered = (key: string, options?: Record<string, unknown>) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = seen.get(id);
    if (text === undefined) {
      text = String(t(key, options));
      seen.set(id, text);
    }
    return text;
  };
  // Used only with a key and plain options, as every call in the plan is.
  return remembered as unknown as TT;
}

/**
 * `t` and the language inside `<PlanWords>`.
 * @example const { t, lang } = useWords();
 */
export function useWords(): TWords {
  const words = useContext(WordsContext);
  if (!words) throw new Error('useWords() needs <PlanWords> above it');
  return words;
}
