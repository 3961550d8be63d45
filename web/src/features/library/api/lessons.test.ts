import { describe, expect, it } from 'vitest';
import { groupBySuggester, lessonPagePath, type TLessonSuggestion } from './lessons';

const item = (id: string, by: { id: string; name: string } | null): TLessonSuggestion => ({
  id,
  lesson: { slug: `l-${id}`, language: 'it', title: `Lezione ${id}`, summary: '', minutes: 4 },
  note: null,
  suggestedBy: by,
  createdAt: '2026-12-01T10:00:00Z',
});

describe('suggested lessons on /impresa', () => {
  it('groups them by who suggested, in the order of each one’s newest', () => {
    const rosa = { id: 'u1', name: 'Rosa' };
    const carla = { id: 'u2', name: 'Carla' };
    const groups = groupBySuggester([item('a', rosa), item('b', carla), item('c', rosa), item('d', null)]);
    expect(groups.map((g) => [g.name, g.items.map((i) => i.id)])).toEqual([
      ['Rosa', ['a', 'c']],
      ['Carla', ['b']],
      [null, ['d']],
    ]);
  });

  it('links to the lesson page by its slug, English ones under /lezioni/en', () => {
    expect(lessonPagePath('fatti-trovare-sulle-mappe', 'it')).toBe('/lezioni/fatti-trovare-sulle-mappe');
    expect(lessonPagePath('vendi-il-tuo-latte', 'en')).toBe('/lezioni/en/vendi-il-tuo-latte');
  });
});
