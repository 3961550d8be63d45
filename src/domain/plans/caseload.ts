import { planProgress, type TIndicatorFigures, type TPlanProgress } from './progress.js';
import type { TAction, TGoal } from './types.js';

/**
 * The list of plans a person follows (an angel's caseload, a coordinator's sportello, an
 * entrepreneur's businesses): one line per business with the figures that say where to
 * look first. The service loads the rows; these rules stay here, without I/O.
 */

export interface TPlanFigures {
  progress: TPlanProgress;
  /** Open actions (not done; blocked counts as open) due before today. */
  overdueActions: number;
  /** The earliest due date from today on among open actions; null when none is dated. */
  nextDueDate: string | null;
}

/**
 * The figures of one plan for the list. Actions of a goal set aside ('dropped') are left out
 * of every figure, as planProgress leaves them out of progress: the card must not nag about
 * work the two agreed to drop.
 *
 * @example
 *   summarizePlan(goals, [{ goalId: 'g1', status: 'todo', dueDate: '2026-03-01' }], '2026-03-05').overdueActions // 1
 */
export function summarizePlan(
  goals: readonly (Pick<TGoal, 'id' | 'status'> & { indicator: TIndicatorFigures })[],
  actions: readonly Pick<TAction, 'goalId' | 'status' | 'dueDate'>[],
  today: string,
): TPlanFigures {
  const keptGoalIds = new Set(goals.filter((g) => g.status !== 'dropped').map((g) => g.id));
  let overdueActions = 0;
  let nextDueDate: string | null = null;
  for (const a of actions) {
    if (a.status === 'done' || a.dueDate === null || !keptGoalIds.has(a.goalId)) continue;
    // ISO dates compare as text in calendar order.
    if (a.dueDate < today) overdueActions += 1;
    else if (nextDueDate === null || a.dueDate < nextDueDate) nextDueDate = a.dueDate;
  }
  return { progress: planProgress(goals, actions), overdueActions, nextDueDate };
}

export interface TCaseloadLine {
  businessId: string;
  businessName: string;
  planId: string | null;
  overdueActions: number;
}

// Names sort as an Italian reads them: "Ápe" next to "ape", case ignored.
const byName = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

/** 0 = late actions, 1 = no plan yet, 2 = everything else: smaller comes first. */
function attentionGroup(line: TCaseloadLine): number {
  if (line.overdueActions > 0) return 0;
  if (line.planId === null) return 1;
  return 2;
}

/**
 * Orders the list so that what needs attention comes first:
 * 1. plans with overdue actions, the most overdue first;
 * 2. businesses whose plan has not started yet;
 * 3. all the others.
 * Within a group, by business name (Italian order), then by id so the order never flickers.
 * Returns a new array.
 *
 * @example sortByAttention([calm, late, notStarted]).map((l) => l.businessName) // [late, notStarted, calm]
 */
export function sortByAttention<T extends TCaseloadLine>(lines: readonly T[]): T[] {
  return [...lines].sort(
    (a, b) =>
      attentionGroup(a) - attentionGroup(b) ||
      b.overdueActions - a.overdueActions ||
      byName.compare(a.businessName, b.businessName) ||
      a.businessId.localeCompare(b.businessId),
  );
}
