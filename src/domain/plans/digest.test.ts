import { describe, expect, it } from 'vitest';
import { collectDueActions, hasDueActions } from './digest.js';
import type { TAction } from './types.js';

function action(id: string, owner: TAction['owner'], dueDate: string | null, status: TAction['status'] = 'todo'): TAction {
  return { id, goalId: 'g1', title: id, owner, dueDate, status, linkedLessonId: null, linkedCallId: null, version: 1 };
}

const today = '2026-11-20';

describe('collectDueActions', () => {
  const actions = [
    action('late-2', 'entrepreneur', '2026-11-18'),
    action('late-1', 'entrepreneur', '2026-11-01', 'blocked'),
    action('late-done', 'entrepreneur', '2026-11-01', 'done'),
    action('today', 'angel', '2026-11-20', 'doing'),
    action('in-3-days', 'angel', '2026-11-23'),
    action('in-4-days', 'angel', '2026-11-24'),
    action('no-date', 'angel', null),
  ];
  const digest = collectDueActions(actions, { today, soonDays: 3 });

  it('groups by owner: one list per person, for one mail per person', () => {
    expect(digest.entrepreneur.overdue.map((a) => a.id)).toEqual(['late-1', 'late-2']);
    expect(digest.entrepreneur.dueSoon).toEqual([]);
    expect(digest.angel.overdue).toEqual([]);
    expect(digest.angel.dueSoon.map((a) => a.id)).toEqual(['today', 'in-3-days']);
  });

  it('keeps blocked actions and leaves out done ones and those without a date', () => {
    const ids = [...digest.entrepreneur.overdue, ...digest.angel.dueSoon].map((a) => a.id);
    expect(ids).toContain('late-1');
    expect(ids).not.toContain('late-done');
    expect(ids).not.toContain('no-date');
  });

  it('uses 3 days as the default window and crosses month ends', () => {
    const d = collectDueActions([action('dec', 'angel', '2026-12-02')], { today: '2026-11-29' });
    expect(d.angel.dueSoon.map((a) => a.id)).toEqual(['dec']);
  });

  it('says when a person has nothing due, so no empty mail is sent', () => {
    expect(hasDueActions(digest.entrepreneur)).toBe(true);
    expect(hasDueActions(collectDueActions([], { today }).angel)).toBe(false);
  });
});
