import { describe, expect, it } from 'vitest';
import { compareCheckups, PEER_MIN_GROUP, summarizePeers, type TScoredCheckup } from './compare.js';
import { getQuestionnaire, SECTION_KEYS } from './questionnaire.js';
import { scoreCheckup } from './score.js';

function result(overall: number, scores: Partial<Record<string, number | null>> = {}, version = '2026-11-v1'): TScoredCheckup {
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, k in scores ? scores[k]! : overall]));
  return {
    version,
    overall,
    areas: pick(SECTION_KEYS.slice(0, 6)) as TScoredCheckup['areas'],
    dimensions: pick(SECTION_KEYS.slice(6)) as TScoredCheckup['dimensions'],
  };
}

describe('compareCheckups', () => {
  it('gives after − before per section and overall', () => {
    const d = compareCheckups(result(30, { communication: 25, green: 50 }), result(45, { communication: 75, green: 40 }));
    expect(d.overall).toBe(15);
    expect(d.sections.communication).toBe(50);
    expect(d.sections.green).toBe(-10);
    expect(d.sections.finance).toBe(15);
    expect(Object.keys(d.sections)).toEqual([...SECTION_KEYS]);
    expect(d.isSameVersion).toBe(true);
  });

  it('gives null where either side is null', () => {
    const d = compareCheckups(result(30, { finance: null, green: 10 }), result(40, { finance: 20, green: null }));
    expect(d.sections.finance).toBeNull();
    expect(d.sections.green).toBeNull();
    expect(d.sections.strategy).toBe(10);
  });

  it('compares across versions but says so', () => {
    expect(compareCheckups(result(30), result(40, {}, '2027-06-v2')).isSameVersion).toBe(false);
  });

  it('reads results as stored, straight from scoreCheckup and JSON', () => {
    const v1 = getQuestionnaire('2026-11-v1')!;
    const t0 = JSON.parse(JSON.stringify(scoreCheckup(v1, { 'com-website': 'a', 'com-maps': 'a', 'com-social': 'a' }))) as TScoredCheckup;
    const t1 = scoreCheckup(v1, { 'com-website': 'c', 'com-maps': 'e', 'com-social': 'c' });
    expect(compareCheckups(t0, t1).sections.communication).toBe(67);
    expect(compareCheckups(t0, t1).sections.finance).toBeNull();
  });
});

describe('summarizePeers', () => {
  const five = [10, 20, 30, 40, 90].map((o) => result(o));

  it('returns nothing for fewer than five businesses', () => {
    expect(summarizePeers([], { minGroup: 5 })).toBeNull();
    expect(summarizePeers(five.slice(0, 4), { minGroup: 5 })).toBeNull();
  });

  it('never goes below five, even when asked to', () => {
    expect(PEER_MIN_GROUP).toBe(5);
    expect(summarizePeers(five.slice(0, 3), { minGroup: 2 })).toBeNull();
    expect(summarizePeers(five.slice(0, 4), { minGroup: Number.NaN })).toBeNull();
    expect(summarizePeers(five.slice(0, 4))).toBeNull();
  });

  it('honours a larger minimum', () => {
    expect(summarizePeers(five, { minGroup: 6 })).toBeNull();
  });

  it('gives the group size and medians only, nothing that points to one business', () => {
    const s = summarizePeers(five, { minGroup: 5 })!;
    expect(s).toEqual({ n: 5, sections: Object.fromEntries(SECTION_KEYS.map((k) => [k, 30])), overallMedian: 30 });
    expect(Object.keys(s).sort()).toEqual(['n', 'overallMedian', 'sections']);
  });

  it('takes the mean of the two middle values for an even group, rounded', () => {
    const six = [10, 20, 30, 41, 50, 60].map((o) => result(o));
    expect(summarizePeers(six, { minGroup: 5 })?.overallMedian).toBe(36); // 35.5
  });

  it('leaves a section null when fewer than the minimum have a score for it', () => {
    const peers = [10, 20, 30, 40, 50].map((o, i) => result(o, { green: i < 4 ? null : 80, finance: i === 0 ? null : o }));
    const six = [...peers, result(60, { green: null })];
    const s = summarizePeers(six, { minGroup: 5 })!;
    expect(s.sections.green).toBeNull();
    expect(s.sections.finance).toBe(40); // 20, 30, 40, 50, 60
    expect(s.n).toBe(6);
  });

  it('skips malformed stored rows rather than counting them', () => {
    const broken = { version: 'x', overall: Number.NaN, areas: {}, dimensions: {} } as unknown as TScoredCheckup;
    expect(summarizePeers([...five.slice(0, 4), broken], { minGroup: 5 })).toBeNull();
  });
});
