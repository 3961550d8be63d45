import { describe, expect, it } from 'vitest';
import { DONT_KNOW, getQuestionnaire, SECTION_KEYS, type TAnswers, type TQuestion, type TQuestionnaire, type TSectionKey } from './questionnaire.js';
import { QUESTIONNAIRE_V1 } from './questionnaires/v1.js';
import { levelForScore, LEVELS, scoreCheckup } from './score.js';

const LETTERS = 'abcde';

function question(id: string, section: TSectionKey, extra: Partial<TQuestion> & { points?: number[] } = {}): TQuestion {
  const { points = [0, 1, 2, 3, 4], ...rest } = extra;
  return {
    id,
    section,
    text: { it: id, en: id },
    options: points.map((p, i) => ({ id: LETTERS[i]!, points: p, text: { it: `${id}-${i}`, en: `${id}-${i}` } })),
    ...rest,
  };
}

/** A small questionnaire with v1's sections and the questions a test needs. */
function questionnaire(questions: TQuestion[], version = 'test-v1'): TQuestionnaire {
  return { ...QUESTIONNAIRE_V1, version, questions };
}

/** One question per section; answering 'a'..'e' gives 0, 25, 50, 75, 100. */
const ONE_EACH = questionnaire(SECTION_KEYS.map((k) => question(`q-${k}`, k)));

function answerEach(pick: Partial<Record<TSectionKey, string>>): TAnswers {
  return Object.fromEntries(Object.entries(pick).map(([k, v]) => [`q-${k}`, v]));
}

describe('scoreCheckup: the math', () => {
  it('averages points / max points × 100 over the answered questions of a section', () => {
    const q = questionnaire([question('c1', 'communication'), question('c2', 'communication'), question('c3', 'communication')]);
    expect(scoreCheckup(q, { c1: 'e', c2: 'c' }).areas.communication).toBe(75);
    expect(scoreCheckup(q, { c1: 'e', c2: 'c', c3: 'a' }).areas.communication).toBe(50);
  });

  it('uses each question’s own maximum, so a 0–1–2 question answered in the middle is worth 50', () => {
    const q = questionnaire([question('g1', 'green', { points: [0, 1, 2] })]);
    expect(scoreCheckup(q, { g1: 'b' }).dimensions.green).toBe(50);
  });

  it('weighs questions by their weight', () => {
    const q = questionnaire([question('f1', 'finance', { weight: 3 }), question('f2', 'finance')]);
    expect(scoreCheckup(q, { f1: 'e', f2: 'a' }).areas.finance).toBe(75);
  });

  it('counts a question that also feeds another section there with weight × share, fully at home', () => {
    const q = questionnaire([
      question('web', 'communication', { alsoFeeds: [{ target: 'digital_readiness', share: 0.5 }] }),
      question('tools', 'digital_readiness'),
    ]);
    const r = scoreCheckup(q, { web: 'e', tools: 'a' });
    expect(r.areas.communication).toBe(100);
    expect(r.dimensions.digital_readiness).toBe(33); // (0 × 1 + 1 × 0.5) / 1.5
  });

  it('rounds to whole numbers, halves up', () => {
    const q = questionnaire([question('s1', 'strategy'), question('s2', 'strategy')]);
    expect(scoreCheckup(q, { s1: 'b', s2: 'a' }).areas.strategy).toBe(13); // 12.5
    const thirds = questionnaire([question('s1', 'strategy'), question('s2', 'strategy'), question('s3', 'strategy')]);
    expect(scoreCheckup(thirds, { s1: 'c', s2: 'c', s3: 'd' }).areas.strategy).toBe(58); // 58.33
  });
});

describe('scoreCheckup: "non so", unanswered and nulls', () => {
  const q = questionnaire([question('d1', 'data_management'), question('d2', 'data_management'), question('d3', 'data_management')]);

  it('counts "non so" as an answer worth 0 that stays in the mean', () => {
    const r = scoreCheckup(q, { d1: 'e', d2: DONT_KNOW });
    expect(r.dimensions.data_management).toBe(50);
    expect(r).toMatchObject({ answered: 1, dontKnow: 1, total: 3 });
  });

  it('scores a section answered only "non so" as 0, not null', () => {
    expect(scoreCheckup(q, { d1: DONT_KNOW, d2: DONT_KNOW, d3: DONT_KNOW }).dimensions.data_management).toBe(0);
  });

  it('leaves unanswered questions out, and a section with no answer at all is null', () => {
    const r = scoreCheckup(q, { d1: 'e' });
    expect(r.dimensions.data_management).toBe(100);
    expect(scoreCheckup(q, {}).dimensions.data_management).toBeNull();
    expect(r.areas.strategy).toBeNull();
  });

  it('ignores unknown questions and options (validateAnswers reports them) and inherited keys', () => {
    const tampered = JSON.parse('{"d1":"z","d2":"e","nope":"a","__proto__":{"d3":"e"}}') as TAnswers;
    const r = scoreCheckup(q, tampered);
    expect(r.dimensions.data_management).toBe(100);
    expect(r).toMatchObject({ answered: 1, dontKnow: 0 });
  });

  it('counts a null dimension as 0 in the overall, so skipping a dimension never raises it', () => {
    const r = scoreCheckup(ONE_EACH, answerEach({ digital_strategy: 'e', digital_readiness: 'e', human_centric: 'e' }));
    expect(r.dimensions.green).toBeNull();
    expect(r.overall).toBe(50);
  });
});

describe('overall and level', () => {
  it('makes the overall the mean of the six DMA dimensions; fundamentals do not move it', () => {
    const dims = { digital_strategy: 'a', digital_readiness: 'b', human_centric: 'c', data_management: 'd', automation_ai: 'e', green: 'c' } as const;
    const r = scoreCheckup(ONE_EACH, answerEach({ ...dims, strategy: 'e', marketing: 'e' }));
    expect(r.overall).toBe(50); // (0 + 25 + 50 + 75 + 100 + 50) / 6
    expect(scoreCheckup(ONE_EACH, answerEach({ ...dims, strategy: 'a', marketing: 'a' })).overall).toBe(50);
    expect(r.level.key).toBe('average');
  });

  it('uses the DMA bands 0–25, 26–50, 51–70, 71–100, on the whole-number score', () => {
    const at = (s: number) => levelForScore(s).key;
    expect([0, 25, 25.4].map(at)).toEqual(['basic', 'basic', 'basic']);
    expect([25.5, 26, 50, 50.49].map(at)).toEqual(['average', 'average', 'average', 'average']);
    expect([50.5, 51, 70].map(at)).toEqual(['moderately_advanced', 'moderately_advanced', 'moderately_advanced']);
    expect([70.5, 71, 100].map(at)).toEqual(['advanced', 'advanced', 'advanced']);
    expect(levelForScore(-3).step).toBe(1);
    expect(levelForScore(140).step).toBe(4);
  });

  it('has four steps with plain names in both languages, covering 0–100 without gaps', () => {
    expect(LEVELS.map((l) => l.step)).toEqual([1, 2, 3, 4]);
    expect(LEVELS.map((l) => l.name.it)).toEqual(['Ai blocchi di partenza', 'In cammino', 'A buon ritmo', 'Apripista']);
    LEVELS.forEach((l, i) => expect(l.min).toBe(i === 0 ? 0 : LEVELS[i - 1]!.max + 1));
    expect(LEVELS.at(-1)!.max).toBe(100);
  });

  it('reaches the level through scoreCheckup at the edges', () => {
    const all = (letter: string) => answerEach(Object.fromEntries(SECTION_KEYS.map((k) => [k, letter])));
    expect(scoreCheckup(ONE_EACH, all('b'))).toMatchObject({ overall: 25, level: { step: 1, key: 'basic' } });
    expect(scoreCheckup(ONE_EACH, all('c'))).toMatchObject({ overall: 50, level: { step: 2, key: 'average' } });
    expect(scoreCheckup(ONE_EACH, all('d'))).toMatchObject({ overall: 75, level: { step: 4, key: 'advanced' } });
    // 0, 25, 25, 25, 25, 50 → 25 basic; one more step up → 29.17 → 29 average
    const edge = { digital_strategy: 'a', digital_readiness: 'b', human_centric: 'b', data_management: 'b', automation_ai: 'b', green: 'c' };
    expect(scoreCheckup(ONE_EACH, answerEach(edge)).level.key).toBe('basic');
    expect(scoreCheckup(ONE_EACH, answerEach({ ...edge, digital_strategy: 'b' })).level.key).toBe('average');
  });
});

describe('priorities', () => {
  it('lists the three weakest sections, weakest first, with the section’s own sentence', () => {
    const r = scoreCheckup(
      ONE_EACH,
      answerEach({ strategy: 'e', marketing: 'd', communication: 'b', finance: 'a', green: 'c', automation_ai: 'd' }),
    );
    expect(r.priorities.map((p) => [p.section, p.score])).toEqual([
      ['finance', 0],
      ['communication', 25],
      ['green', 50],
    ]);
    expect(r.priorities[1]!.reason.it).toMatch(/^Farti trovare è il primo passo/);
    expect(r.priorities[1]!.reason.en).toBeTruthy();
  });

  it('breaks ties by section order: fundamentals first, then the DMA dimensions in their order', () => {
    const r = scoreCheckup(ONE_EACH, answerEach({ green: 'b', digital_readiness: 'b', communication: 'b', strategy: 'b', finance: 'e' }));
    expect(r.priorities.map((p) => p.section)).toEqual(['strategy', 'communication', 'digital_readiness']);
  });

  it('skips sections with no answers and sections at 100, so it may list fewer than three', () => {
    const r = scoreCheckup(ONE_EACH, answerEach({ strategy: 'e', marketing: 'c', green: DONT_KNOW }));
    expect(r.priorities.map((p) => p.section)).toEqual(['green', 'marketing']);
    expect(scoreCheckup(ONE_EACH, {}).priorities).toEqual([]);
  });
});

describe('scoreCheckup on version 2026-11-v1', () => {
  const v1 = getQuestionnaire('2026-11-v1')!;

  it('scores a village bar worked out by hand (docs/checkup-scoring.md, worked example)', () => {
    const answers: TAnswers = {
      'str-direction': 'b', 'str-decisions': 'c', 'mkt-customers': 'c', 'mkt-price': 'b', 'mkt-channels': 'b',
      'com-website': 'a', 'com-maps': 'b', 'com-social': 'c', 'org-stock': 'b', 'org-absence': 'b',
      'fin-cash': 'b', 'fin-margins': 'a', 'fin-funding': DONT_KNOW, 'inn-new': 'c', 'inn-ideas': 'b',
      'dst-plan': 'b', 'dst-invest': 'b', 'dst-choose': 'c', 'dre-tools': 'c', 'dre-online-sales': 'b',
      'hum-skills': 'c', 'hum-confidence': 'b', 'hum-involve': 'b', 'dat-where': 'b', 'dat-backup': 'a',
      'dat-security': DONT_KNOW, 'aut-repetitive': 'b', 'aut-ai': 'a', 'grn-energy': 'c', 'grn-paper': 'b', 'grn-devices': 'a',
    };
    const r = scoreCheckup(v1, answers);
    expect(r.areas).toEqual({ strategy: 35, marketing: 32, communication: 25, organisation: 25, finance: 8, innovation: 30 });
    expect(r.dimensions).toEqual({
      digital_strategy: 33,
      digital_readiness: 30,
      human_centric: 33,
      data_management: 19,
      automation_ai: 15,
      green: 25,
    });
    expect(r.overall).toBe(26);
    expect(r.level).toMatchObject({ step: 2, key: 'average', name: { it: 'In cammino' } });
    expect(r.priorities.map((p) => p.section)).toEqual(['finance', 'automation_ai', 'data_management']);
    expect(r).toMatchObject({ version: '2026-11-v1', answered: 29, dontKnow: 2, total: 31 });
  });

  it('gives 0 for the least mature answers everywhere and 100 for the most mature', () => {
    const lowest = Object.fromEntries(v1.questions.map((x) => [x.id, x.options[0]!.id]));
    const highest = Object.fromEntries(v1.questions.map((x) => [x.id, x.options.at(-1)!.id]));
    expect(scoreCheckup(v1, lowest)).toMatchObject({ overall: 0, level: { key: 'basic' } });
    const top = scoreCheckup(v1, highest);
    expect(top).toMatchObject({ overall: 100, level: { key: 'advanced' }, priorities: [] });
    expect(Object.values(top.areas).every((s) => s === 100)).toBe(true);
  });

  it('keeps an old version scorable: a result carries the version it was scored with', () => {
    // A later version may reword or drop questions; a check-up stored on the old one is
    // still scored with the old one, which stays registered.
    const later = questionnaire(
      v1.questions.filter((x) => x.id !== 'com-website').map((x) => ({ ...x, text: { it: `${x.text.it} (nuovo)`, en: x.text.en } })),
      '2027-06-v2',
    );
    const answers: TAnswers = { 'com-website': 'e', 'com-maps': 'a', 'com-social': 'a' };
    expect(scoreCheckup(v1, answers)).toMatchObject({ version: '2026-11-v1', areas: { communication: 33 } });
    expect(scoreCheckup(later, answers)).toMatchObject({ version: '2027-06-v2', areas: { communication: 0 } });
  });
});
