import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TAction, TPlanCall } from '../api/plans';
import type { TSaveResult } from './use-plan';

type TPlanCallsValue = {
  calls: ReadonlyMap<string, TPlanCall>;
  /** Links a call to an action, or unlinks it (null); absent where the plan is read only. */
  onLink?: (action: TAction, callId: string | null) => Promise<TSaveResult>;
};

const PlanCallsContext = createContext<TPlanCallsValue>({ calls: new Map() });

/**
 * The calls for funding the plan's actions link to, and how to change a link, for every action
 * line below. A context rather than props, as for lesson titles: action lines are memoised and
 * only the few with a call read it.
 * @example <PlanCalls calls={view.calls} onLink={link}>…</PlanCalls>
 */
export function PlanCalls({ calls = [], onLink, children }: { calls?: TPlanCall[]; onLink?: TPlanCallsValue['onLink']; children: ReactNode }) {
  const key = calls.map((c) => `${c.id}\u0000${c.title}\u0000${c.closesDay ?? ''}\u0000${c.status}\u0000${c.closesSoon}`).join('\u0001');
  // The map changes only when the calls do (the plan is read again after every save).
  const value = useMemo(() => ({ calls: new Map(calls.map((c) => [c.id, c])), onLink }), [key, onLink]);
  return <PlanCallsContext.Provider value={value}>{children}</PlanCallsContext.Provider>;
}

/**
 * The plan's calls and the link changer.
 * @example const { calls, onLink } = usePlanCalls();
 */
export function usePlanCalls(): TPlanCallsValue {
  return useContext(PlanCallsContext);
}
