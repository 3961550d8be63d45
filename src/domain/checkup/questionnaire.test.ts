import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_QUESTIONNAIRE_VERSION,
  DONT_KNOW,
  getQuestionnaire,
  listSectionQuestions,
  maxPoints,
  QUESTIONNAIRES,
  SECTION_KEYS,
  ZAnswers,
  ZQuestionnaire,
  type TText,
} from './questionnaire.js';
import { QUESTIONNAIRE_V1 } from './questionnaires/v1.js';

/** Gulpease readability index for Italian: ≥ 60 reads well with a lower-secondary education. */
function gulpease(text: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
  const letters = (text.match(/[\p{L}\d]/gu) ?? []).length;
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  return 89 + (300 * sentences - 10 * letters) / words.length;
}

function expectBothLanguages(text: TText | undefined, where: string) {
  expect(text?.it.trim(), `${where} (it)`).toBeTruthy();
  expect(text?.en.trim(), `${where} (en)`).toBeTruthy();
}

const versions = Object.values(QUESTIONNAIRES);

describe.each(versions.map((q) => [q.version, q] as const))('questionnaire %s', (_version, q) => {
  it('has the structure every version must have', () => {
    expect(() => ZQuestionnaire.parse(q)).not.toThrow();
  });

  it('has Italian and English for every text', () => {
    expectBothLanguages(q.dontKnow, 'dontKnow');
    for (const s of q.sections) {
      expectBothLanguages(s.title, `${s.key}.title`);
      expectBothLanguages(s.why, `${s.key}.why`);
      expectBothLanguages(s.priorityReason, `${s.key}.priorityReason`);
    }
    for (const question of q.questions) {
      expectBothLanguages(question.text, question.id);
      if (question.help) expectBothLanguages(question.help, `${question.id}.help`);
      for (const o of question.options) expectBothLanguages(o.text, `${question.id}.${o.id}`);
    }
  });

  it('has unique question ids and unique option ids within each question, none named like "non so"', () => {
    const ids = q.questions.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of q.questions) {
      const optionIds = question.options.map((o) => o.id);
      expect(new Set(optionIds).size, question.id).toBe(optionIds.length);
      expect(optionIds, question.id).not.toContain(DONT_KNOW);
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(3);
      expect(question.options.length, question.id).toBeLessThanOrEqual(5);
    }
  });

  it('gives every section at least three questions, counting those that also feed it', () => {
    for (const key of SECTION_KEYS) {
      expect(listSectionQuestions(q, key).length, key).toBeGreaterThanOrEqual(3);
    }
  });

  it('fits 10–15 minutes at 20–25 seconds a question, and never more than 32 questions', () => {
    expect(q.questions.length).toBeLessThanOrEqual(32);
    expect(q.questions.length * 20).toBeGreaterThanOrEqual(10 * 60);
    expect(q.questions.length * 25).toBeLessThanOrEqual(15 * 60);
  });

  it('keeps Italian questions short and plain (≤ 140 characters, Gulpease ≥ 60)', () => {
    for (const question of q.questions) {
      expect(question.text.it.length, question.id).toBeLessThanOrEqual(140);
      const block = [question.text.it, ...question.options.map((o) => `${o.text.it}.`)].join(' ');
      expect(gulpease(block), question.id).toBeGreaterThanOrEqual(60);
      if (question.help) expect(gulpease(question.help.it), `${question.id}.help`).toBeGreaterThanOrEqual(60);
    }
    for (const s of q.sections) {
      expect(gulpease(s.why.it), `${s.key}.why`).toBeGreaterThanOrEqual(60);
      expect(gulpease(s.priorityReason.it), `${s.key}.priorityReason`).toBeGreaterThanOrEqual(60);
    }
  });

  it('orders options from least to most mature, from 0 up to 4 points', () => {
    for (const question of q.questions) {
      const points = question.options.map((o) => o.points);
      expect(points[0], question.id).toBe(0);
      expect(maxPoints(question), question.id).toBe(4);
      expect([...points].sort((a, b) => a - b), question.id).toEqual(points);
    }
  });
});

describe('versions', () => {
  it('serves the current version and every older one; unknown versions are undefined', () => {
    expect(getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION)?.version).toBe(CURRENT_QUESTIONNAIRE_VERSION);
    expect(getQuestionnaire('2026-11-v1')).toBe(QUESTIONNAIRE_V1);
    expect(getQuestionnaire('2099-01-v9')).toBeUndefined();
    expect(getQuestionnaire('constructor')).toBeUndefined();
    expect(getQuestionnaire('__proto__')).toBeUndefined();
  });

  it('cannot be changed at run time', () => {
    const q = getQuestionnaire('2026-11-v1')!;
    expect(Object.isFrozen(q.questions[0]!.options[0]!.text)).toBe(true);
    expect(() => {
      (q.questions[0]!.text as { it: string }).it = 'altro';
    }).toThrow(TypeError);
  });

  it('keeps 2026-11-v1 exactly as published: any change needs a new version file', () => {
    // If this fails you edited a published questionnaire. Revert, and copy v1.ts to a new
    // version instead (docs/checkup-scoring.md, "Versioning"); stored results depend on it.
    const fingerprint = createHash('sha256').update(JSON.stringify(QUESTIONNAIRE_V1)).digest('hex');
    expect(fingerprint).toBe('8d004cbe652a9181a56e6eed872d6c545959a10e009651073da7bf44996faa77');
  });

  it('refuses a version whose points do not rise option by option', () => {
    const broken = structuredClone(QUESTIONNAIRE_V1) as unknown as { questions: { options: { points: number }[] }[] };
    broken.questions[0]!.options[1]!.points = 0;
    expect(ZQuestionnaire.safeParse(broken).success).toBe(false);
  });
});

describe('ZAnswers', () => {
  it('accepts answers and "non so", refuses long keys, long values and non-strings', () => {
    expect(ZAnswers.safeParse({ 'com-website': 'a', 'com-maps': DONT_KNOW }).success).toBe(true);
    expect(ZAnswers.safeParse({ ['x'.repeat(61)]: 'a' }).success).toBe(false);
    expect(ZAnswers.safeParse({ 'com-website': 'x'.repeat(41) }).success).toBe(false);
    expect(ZAnswers.safeParse({ 'com-website': 3 }).success).toBe(false);
    expect(ZAnswers.safeParse(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`q-${i}`, 'a']))).success).toBe(false);
  });
});
