import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TSolutionLink } from '../api/plans';

export type { TSolutionLink };

type TPlanSolutionsValue = {
  planId: string | null;
  links: ReadonlyMap<string, TSolutionLink>;
  /** Takes the plan's links as the server answered a change. */
  onLinks: (items: TSolutionLink[]) => void;
};

const PlanSolutionsContext = createContext<TPlanSolutionsValue>({ planId: null, links: new Map(), onLinks: () => undefined });

/**
 * The catalogue solutions the plan's actions point to (issue 16), from the plan view itself (so the
 * server draws them and the phone's copy keeps them), for every action line below: a context, as
 * for calls, since lines are memoised and only a few use a solution. A change answered by the
 * server replaces them until the plan is read again.
 * @example <PlanSolutions planId={view.plan.id} links={view.solutions}>…</PlanSolutions>
 */
export function PlanSolutions({ planId, links, children }: { planId: string; links: TSolutionLink[]; children: ReactNode }) {
  const [changed, setChanged] = useState<{ from: TSolutionLink[]; items: TSolutionLink[] } | null>(null);
  // A change holds only while the plan read is the one it was made on.
  const items = changed && changed.from === links ? changed.items : links;
  const onLinks = useCallback((next: TSolutionLink[]) => setChanged({ from: links, items: next }), [links]);
  const value = useMemo(() => ({ planId, links: new Map(items.map((l) => [l.actionId, l])), onLinks }), [planId, items, onLinks]);
  return <PlanSolutionsContext.Provider value={value}>{children}</PlanSolutionsContext.Provider>;
}

/**
 * The plan's solution links and how to take a changed set.
 * @example const { planId, links, onLinks } = usePlanSolutions();
 */
export function usePlanSolutions(): TPlanSolutionsValue {
  return useContext(PlanSolutionsContext);
}
