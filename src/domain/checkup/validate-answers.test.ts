import { describe, expect, it } from 'vitest';
import { DONT_KNOW, getQuestionnaire } from './questionnaire.js';
import { validateAnswers } from './validate-answers.js';

const v1 = getQuestionnaire('2026-11-v1')!;
const complete = Object.fromEntries(v1.questions.map((q) => [q.id, 'a']));

describe('validateAnswers', () => {
  it('accepts a partial draft, and "non so" on any question', () => {
    expect(validateAnswers(v1, {}, { isFinal: false })).toEqual([]);
    expect(validateAnswers(v1, { 'com-website': 'b', 'dat-backup': DONT_KNOW }, { isFinal: false })).toEqual([]);
  });

  it('accepts a complete submission, with or without "non so"', () => {
    expect(validateAnswers(v1, complete, { isFinal: true })).toEqual([]);
    const allDontKnow = Object.fromEntries(v1.questions.map((q) => [q.id, DONT_KNOW]));
    expect(validateAnswers(v1, allDontKnow, { isFinal: true })).toEqual([]);
  });

  it('reports every missing question only on the final submission, in questionnaire order', () => {
    const { ['str-direction']: _a, ['grn-devices']: _b, ...rest } = complete;
    expect(validateAnswers(v1, rest, { isFinal: false })).toEqual([]);
    expect(validateAnswers(v1, rest, { isFinal: true })).toEqual([
      { questionId: 'str-direction', code: 'missing' },
      { questionId: 'grn-devices', code: 'missing' },
    ]);
  });

  it('refuses an option the question does not have, e.g. "e" on a four-option question', () => {
    expect(validateAnswers(v1, { 'org-absence': 'e', 'com-website': 'E', 'com-maps': '' }, { isFinal: false })).toEqual([
      { questionId: 'com-website', code: 'unknown_option' },
      { questionId: 'com-maps', code: 'unknown_option' },
      { questionId: 'org-absence', code: 'unknown_option' },
    ]);
  });

  it('refuses tampered values that are not strings', () => {
    const tampered = { 'com-website': 3, 'com-maps': null, 'com-social': ['a'], 'org-stock': { id: 'a' } };
    expect(validateAnswers(v1, tampered, { isFinal: false }).map((i) => [i.questionId, i.code])).toEqual([
      ['com-website', 'unknown_option'],
      ['com-maps', 'unknown_option'],
      ['com-social', 'unknown_option'],
      ['org-stock', 'unknown_option'],
    ]);
  });

  it('refuses questions the version does not have, including prototype names', () => {
    const tampered = JSON.parse('{"com-website":"a","com-sito":"a","constructor":"a","__proto__":"a","toString":"b"}') as Record<string, unknown>;
    expect(validateAnswers(v1, tampered, { isFinal: false })).toEqual([
      { questionId: 'com-sito', code: 'unknown_question' },
      { questionId: 'constructor', code: 'unknown_question' },
      { questionId: '__proto__', code: 'unknown_question' },
      { questionId: 'toString', code: 'unknown_question' },
    ]);
  });

  it('lists problems of several kinds together on a final submission', () => {
    const { ['fin-cash']: _gone, ...rest } = complete;
    const issues = validateAnswers(v1, { ...rest, 'fin-margins': 'x', extra: 'a' }, { isFinal: true });
    expect(issues).toEqual([
      { questionId: 'fin-cash', code: 'missing' },
      { questionId: 'fin-margins', code: 'unknown_option' },
      { questionId: 'extra', code: 'unknown_question' },
    ]);
  });
});
