import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/locale.js';
import { SECTION_KEYS } from '../checkup/questionnaire.js';
import { goalDraftFromSuggestion, suggestFromCheckup, SUGGESTIONS } from './suggest.js';
import { validateGoal } from './validate.js';

/** Gulpease readability index for Italian, as in the check-up's tests. */
function gulpease(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  const letters = (text.match(/[\p{L}\d]/gu) ?? []).length;
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  return 89 + (300 * sentences - 10 * letters) / words.length;
}

describe('SUGGESTIONS', () => {
  it('has a suggestion for each of the 12 check-up sections', () => {
    expect(Object.keys(SUGGESTIONS).sort()).toEqual([...SECTION_KEYS].sort());
  });

  it.each(SECTION_KEYS)('%s: a goal, an indicator and 2–3 actions, in both languages and plain Italian', (section) => {
    const t = SUGGESTIONS[section];
    expect(t.actions.length).toBeGreaterThanOrEqual(2);
    expect(t.actions.length).toBeLessThanOrEqual(3);
    expect(t.indicator.change.value).not.toBe(0);
    expect(t.indicator.months).toBeGreaterThan(0);
    const texts = [t.goal, t.indicator.name, ...t.actions.map((a) => a.title)];
    for (const text of texts) {
      for (const locale of LOCALES) expect(text[locale].trim()).toBeTruthy();
      expect(text.it.length, text.it).toBeLessThanOrEqual(80);
      expect(gulpease(text.it), text.it).toBeGreaterThanOrEqual(60);
    }
  });
});

describe('suggestFromCheckup', () => {
  it('offers for communication: Google Maps, reviews +10 in 3 months, concrete first actions', () => {
    const [s] = suggestFromCheckup([{ section: 'communication' }], 'it');
    expect(s?.goalTitle).toBe('Farti trovare su Google Maps');
    expect(s?.indicator).toMatchObject({ unit: 'recensioni', change: { by: 'amount', value: 10 }, months: 3, example: '+10 recensioni in 3 mesi' });
    expect(s?.actions.map((a) => a.title)).toEqual(expect.arrayContaining(['Apri la scheda Google della tua attività', 'Chiedi a 5 clienti affezionati una recensione']));
  });

  it('keeps the priorities’ order, offers a section once and skips unknown ones', () => {
    const list = suggestFromCheckup(
      [{ section: 'green' }, { section: 'finance' }, { section: 'green' }, { section: 'nope' as 'green' }],
      'en',
    );
    expect(list.map((s) => s.section)).toEqual(['green', 'finance']);
    expect(list[0]?.indicator.example).toBe('-10% in 6 months');
    expect(list[1]?.goalTitle).toBe('Spend less every month');
  });

  it('returns nothing for no priorities: suggestions are offers, never forced', () => {
    expect(suggestFromCheckup([], 'it')).toEqual([]);
  });
});

describe('goalDraftFromSuggestion', () => {
  it('fills target and deadline from the starting value and today, and passes validateGoal', () => {
    const [s] = suggestFromCheckup([{ section: 'communication' }], 'it');
    const draft = goalDraftFromSuggestion(s!, { baseline: 4, today: '2026-11-20' });
    expect(draft.indicator).toEqual({ name: 'Recensioni su Google', unit: 'recensioni', baseline: 4, target: 14, current: 4, byDate: '2027-02-20' });
    expect(validateGoal(draft, { today: '2026-11-20' })).toEqual([]);
  });

  it('brings costs down by a percentage, in whole numbers', () => {
    const [s] = suggestFromCheckup([{ section: 'green' }], 'it');
    expect(goalDraftFromSuggestion(s!, { baseline: 345, today: '2026-11-30' }).indicator).toMatchObject({ target: 311, byDate: '2027-05-30' });
  });
});
