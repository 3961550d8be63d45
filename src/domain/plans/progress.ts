import type { TAction, TGoal, TIndicator } from './types.js';

/**
 * How far a goal and a plan have come. A goal may go up (more reviews) or down (lower costs):
 * the direction is read from baseline → target, so nobody has to say which.
 */

/** The figures progress is read from; name, unit and date do not change it. */
export type TIndicatorFigures = Pick<TIndicator, 'baseline' | 'target' | 'current'>;

/**
 * The share of the way from baseline to target, 0..1. Going the wrong way counts 0, going
 * past the target counts 1: a bar does not go below empty or above full.
 *
 * @example goalProgress({ indicator: { baseline: 4, target: 14, current: 9 } })     // 0.5
 * @example goalProgress({ indicator: { baseline: 800, target: 600, current: 650 } }) // 0.75 (costs down)
 */
export function goalProgress(goal: { indicator: TIndicatorFigures }): number {
  const { baseline, target, current } = goal.indicator;
  const span = target - baseline;
  // validate.ts refuses target = baseline; an old record with it is reached only at the target.
  if (span === 0) return current === target ? 1 : 0;
  return Math.min(1, Math.max(0, (current - baseline) / span));
}

/**
 * Whether the current value has reached the target, in the goal's own direction.
 *
 * @example isGoalReached({ indicator: { baseline: 800, target: 600, current: 590 } }) // true
 */
export function isGoalReached(goal: { indicator: TIndicatorFigures }): boolean {
  const { baseline, target, current } = goal.indicator;
  return target >= baseline ? current >= target : current <= target;
}

export interface TPlanProgress {
  actionsDone: number;
  actionsTotal: number;
  goalsReached: number;
  goalsTotal: number;
  /** Mean progress of the goals, 0..1: results, not the number of things done. 0 with no goals. */
  share: number;
}

/**
 * Progress of a plan. Goals set aside ('dropped') and their actions are left out: dropping
 * what no longer makes sense is a good decision and must not make the plan look worse.
 * A goal counts as reached when its figures say so or when the two marked it reached.
 *
 * @example
 *   planProgress([goalHalfway, goalReached], [doneAction, todoAction])
 *   // { actionsDone: 1, actionsTotal: 2, goalsReached: 1, goalsTotal: 2, share: 0.75 }
 */
export function planProgress(
  goals: readonly (Pick<TGoal, 'id' | 'status'> & { indicator: TIndicatorFigures })[],
  actions: readonly Pick<TAction, 'goalId' | 'status'>[],
): TPlanProgress {
  const counted = goals.filter((g) => g.status !== 'dropped');
  const countedIds = new Set(counted.map((g) => g.id));
  const countedActions = actions.filter((a) => countedIds.has(a.goalId));
  const isReached = (g: (typeof counted)[number]) => g.status === 'reached' || isGoalReached(g);
  const progressSum = counted.reduce((sum, g) => sum + (isReached(g) ? 1 : goalProgress(g)), 0);
  return {
    actionsDone: countedActions.filter((a) => a.status === 'done').length,
    actionsTotal: countedActions.length,
    goalsReached: counted.filter(isReached).length,
    goalsTotal: counted.length,
    share: counted.length === 0 ? 0 : progressSum / counted.length,
  };
}
