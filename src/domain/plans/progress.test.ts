import { describe, expect, it } from 'vitest';
import { goalProgress, isGoalReached, planProgress } from './progress.js';
import type { TGoal } from './types.js';

function goal(id: string, baseline: number, target: number, current: number, status: TGoal['status'] = 'active'): TGoal {
  return { id, planId: 'p1', title: id, status, version: 1, indicator: { name: id, unit: 'numero', baseline, target, current, byDate: '2027-01-01' } };
}

describe('goalProgress', () => {
  it('is the share of the way from baseline to target', () => {
    expect(goalProgress(goal('g', 4, 14, 4))).toBe(0);
    expect(goalProgress(goal('g', 4, 14, 9))).toBe(0.5);
    expect(goalProgress(goal('g', 4, 14, 14))).toBe(1);
  });

  it('works for targets that go down, like costs', () => {
    expect(goalProgress(goal('g', 800, 600, 650))).toBe(0.75);
    expect(isGoalReached(goal('g', 800, 600, 590))).toBe(true);
    expect(isGoalReached(goal('g', 800, 600, 610))).toBe(false);
  });

  it('stays within 0..1 when the figure goes the wrong way or past the target', () => {
    expect(goalProgress(goal('g', 4, 14, 2))).toBe(0);
    expect(goalProgress(goal('g', 4, 14, 30))).toBe(1);
    expect(goalProgress(goal('g', 800, 600, 900))).toBe(0);
  });

  it('treats an old record with target = baseline as reached only at the target', () => {
    expect(goalProgress(goal('g', 5, 5, 5))).toBe(1);
    expect(goalProgress(goal('g', 5, 5, 4))).toBe(0);
  });
});

describe('planProgress', () => {
  it('counts actions done and goals reached, with share as the mean goal progress', () => {
    const goals = [goal('g1', 0, 10, 5), goal('g2', 800, 600, 600)];
    const actions = [
      { goalId: 'g1', status: 'done' as const },
      { goalId: 'g1', status: 'blocked' as const },
      { goalId: 'g2', status: 'doing' as const },
    ];
    expect(planProgress(goals, actions)).toEqual({ actionsDone: 1, actionsTotal: 3, goalsReached: 1, goalsTotal: 2, share: 0.75 });
  });

  it('leaves out goals set aside and their actions, and counts a goal marked reached', () => {
    const goals = [goal('g1', 0, 10, 2, 'reached'), goal('g2', 0, 10, 0, 'dropped')];
    const actions = [
      { goalId: 'g1', status: 'done' as const },
      { goalId: 'g2', status: 'todo' as const },
    ];
    expect(planProgress(goals, actions)).toEqual({ actionsDone: 1, actionsTotal: 1, goalsReached: 1, goalsTotal: 1, share: 1 });
  });

  it('is all zeros for an empty plan', () => {
    expect(planProgress([], [])).toEqual({ actionsDone: 0, actionsTotal: 0, goalsReached: 0, goalsTotal: 0, share: 0 });
  });
});
