import { describe, expect, it } from 'vitest';
import type { TArea } from './areas.js';
import { evaluateNeeds, ZNeedsCaseFile } from './evaluate.js';

const fixed = (ranking: Record<string, TArea[]>) => (text: string) => ({ areas: (ranking[text] ?? []).map((area) => ({ area })) });

describe('evaluateNeeds', () => {
  it('counts top1 on any gold area and top3 on the main one', () => {
    const extract = fixed({
      a: ['finance'],
      b: ['people', 'strategy', 'marketing'],
      c: ['green', 'finance', 'people', 'strategy'],
      d: [],
    });
    const result = evaluateNeeds(
      [
        { text: 'a', gold: ['finance'] },
        { text: 'b', gold: ['marketing', 'people'] },
        { text: 'c', gold: ['strategy'] },
        { text: 'd', gold: ['green'] },
      ],
      extract,
    );
    expect(result.n).toBe(4);
    expect(result.top1).toBe(0.5);
    expect(result.top3).toBe(0.5);
    expect(result.misses.map((m) => [m.text, m.isTop1Miss, m.isTop3Miss])).toEqual([
      ['c', true, true],
      ['d', true, true],
    ]);
  });

  it('gives zeros for no cases', () => {
    expect(evaluateNeeds([], fixed({}))).toMatchObject({ top1: 0, top3: 0, n: 0 });
  });
});

describe('ZNeedsCaseFile', () => {
  it('accepts the shared format and refuses unknown areas', () => {
    expect(ZNeedsCaseFile.safeParse({ about: 'x', cases: [{ text: 'ciao', gold: ['green'] }] }).success).toBe(true);
    expect(ZNeedsCaseFile.safeParse({ cases: [{ text: 'ciao', gold: ['verde'] }] }).success).toBe(false);
    expect(ZNeedsCaseFile.safeParse({ cases: [{ text: 'ciao', gold: [] }] }).success).toBe(false);
    expect(ZNeedsCaseFile.safeParse({ cases: [] }).success).toBe(false);
  });
});
