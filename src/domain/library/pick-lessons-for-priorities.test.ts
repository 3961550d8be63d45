import { describe, expect, it } from 'vitest';
import { lessonLevelForCheckup, pickLessonsForPriorities, type TLessonCandidate } from './pick-lessons-for-priorities.js';

const lesson = (slug: string, areas: string[], level: TLessonCandidate['level'], language = 'it', title = slug): TLessonCandidate => ({ slug, title, areas, level, language });

const library = [
  lesson('mappe', ['communication'], 'first_steps'),
  lesson('social', ['communication', 'marketing'], 'on_the_way'),
  lesson('recensioni', ['marketing', 'communication'], 'first_steps'),
  lesson('campagne', ['communication'], 'advanced'),
  lesson('prezzo', ['marketing', 'finance'], 'first_steps'),
  lesson('cassa', ['finance'], 'on_the_way'),
  lesson('energia', ['green'], 'first_steps'),
];
const slugs = (r: { lessons: { slug: string }[] }[]) => r.map((p) => p.lessons.map((l) => l.slug));

describe('lessonLevelForCheckup', () => {
  it('reads the four check-up levels as the three lesson levels', () => {
    expect([1, 2, 3, 4].map((step) => lessonLevelForCheckup({ step: step as 1 | 2 | 3 | 4 }))).toEqual(['first_steps', 'on_the_way', 'on_the_way', 'advanced']);
  });
});

describe('pickLessonsForPriorities', () => {
  it('gives each priority at most two lessons of its areas, the business level first', () => {
    const r = pickLessonsForPriorities([{ section: 'communication', needs: ['communication'] }], 'first_steps', library, { language: 'it' });
    // mappe: same level, main area; recensioni: same level, second area; social (one level up) waits.
    expect(slugs(r)).toEqual([['mappe', 'recensioni']]);
  });

  it('falls to the nearest level, the easier one first, when the level has nothing', () => {
    const r = pickLessonsForPriorities([{ section: 'communication', needs: ['communication'] }], 'on_the_way', library, { language: 'it', perPriority: 3 });
    expect(slugs(r)).toEqual([['social', 'mappe', 'recensioni']]);
    const top = pickLessonsForPriorities([{ section: 'finance', needs: ['finance'] }], 'advanced', library, { language: 'it' });
    expect(slugs(top)).toEqual([['cassa', 'prezzo']]);
  });

  it('never offers a lesson twice: an earlier priority keeps it', () => {
    const r = pickLessonsForPriorities(
      [
        { section: 'marketing', needs: ['marketing'] },
        { section: 'communication', needs: ['communication'] },
      ],
      'first_steps',
      library,
      { language: 'it' },
    );
    expect(slugs(r)).toEqual([
      ['prezzo', 'recensioni'],
      ['mappe', 'social'],
    ]);
  });

  it('prefers the section’s first need, then the lesson’s main area', () => {
    const r = pickLessonsForPriorities([{ section: 'digital_strategy', needs: ['finance', 'communication'] }], 'first_steps', library, { language: 'it', perPriority: 3 });
    expect(slugs(r)).toEqual([['prezzo', 'mappe', 'recensioni']]);
  });

  it('keeps the order of the priorities and leaves a priority with no lesson empty', () => {
    const r = pickLessonsForPriorities(
      [
        { section: 'people', needs: ['people'] },
        { section: 'green', needs: ['green'] },
      ],
      'first_steps',
      library,
      { language: 'it' },
    );
    expect(r).toEqual([
      { section: 'people', lessons: [] },
      { section: 'green', lessons: [library[6]] },
    ]);
  });

  it('uses the report’s language, falls back to Italian, and leaves other languages out', () => {
    const mixed = [
      lesson('mappe', ['communication'], 'first_steps', 'it', 'Fatti trovare sulle mappe'),
      lesson('mappe', ['communication'], 'first_steps', 'en', 'Get found on maps'),
      lesson('recensioni', ['communication'], 'first_steps', 'it', 'Le recensioni'),
      lesson('karten', ['communication'], 'first_steps', 'de', 'Auf Karten'),
    ];
    const en = pickLessonsForPriorities([{ section: 'communication', needs: ['communication'] }], 'first_steps', mixed, { language: 'en' });
    expect(en[0]!.lessons.map((l) => [l.slug, l.language])).toEqual([
      ['mappe', 'en'],
      ['recensioni', 'it'],
    ]);
    const it_ = pickLessonsForPriorities([{ section: 'communication', needs: ['communication'] }], 'first_steps', mixed, { language: 'it' });
    expect(it_[0]!.lessons.map((l) => l.title)).toEqual(['Fatti trovare sulle mappe', 'Le recensioni']);
  });

  it('treats translations with another slug as one lesson through their group', () => {
    const grouped = [
      { ...lesson('mappe', ['communication'], 'first_steps', 'it'), group: 'g1' },
      { ...lesson('maps', ['communication'], 'first_steps', 'en'), group: 'g1' },
    ];
    const r = pickLessonsForPriorities([{ section: 'communication', needs: ['communication'] }], 'first_steps', grouped, { language: 'en' });
    expect(slugs(r)).toEqual([['maps']]);
  });
});
