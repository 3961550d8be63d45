import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_V1 } from '../checkup/questionnaires/v1.js';
import { buildCheckupPool, generateAngel, generateBusiness, type TGenerateContext } from './records.js';
import { TWeighted } from './random.js';

const ctx: TGenerateContext = {
  seed: 42,
  asOf: Date.parse('2026-12-01T00:00:00Z'),
  comunePicker: new TWeighted([[0, 3], [1, 1]] as const),
  comuneNames: ['Forlì', 'Bolzano'],
  comuneRegions: ['08', '04'],
  poolSize: 8,
};

describe('generated businesses', () => {
  it('depend only on the seed and their number', () => {
    expect(generateBusiness(ctx, 17)).toEqual(generateBusiness(ctx, 17));
    expect(generateBusiness(ctx, 17).id).not.toBe(generateBusiness(ctx, 18).id);
    expect(generateBusiness({ ...ctx, seed: 43 }, 17).id).not.toBe(generateBusiness(ctx, 17).id);
  });

  it('follow the funnel in time order, and nothing but booked meetings after the picture day', () => {
    let withPlan = 0;
    for (let i = 0; i < 5000; i++) {
      const b = generateBusiness(ctx, i);
      expect(b.email).toBe(`impresa-${i}@generato.affianco.test`);
      expect(b.createdAt).toBeLessThanOrEqual(ctx.asOf);
      if (!b.intake) {
        expect(b.checkups).toEqual([]);
        continue;
      }
      expect(b.intake.chosenAreas.length).toBeGreaterThan(0);
      for (const c of b.checkups) expect(c.at).toBeGreaterThanOrEqual(b.intake.at);
      if (b.checkups[1]) expect(b.checkups[1].at).toBeGreaterThan(b.checkups[0]!.at);
      if (b.meeting && b.meeting.status !== 'booked') expect(b.meeting.at).toBeLessThanOrEqual(ctx.asOf);
      if (b.plan) {
        withPlan++;
        expect(b.meeting?.nextStep).toBe('start_plan');
        for (const g of b.plan.goals) expect(g.actions.length).toBeGreaterThan(0);
      }
    }
    expect(withPlan).toBeGreaterThan(50);
  });
});

describe('generated angels', () => {
  it('have valid profiles', () => {
    for (let j = 0; j < 500; j++) {
      const a = generateAngel(ctx, j);
      expect(a.capacity).toBeGreaterThanOrEqual(1);
      expect(a.capacity).toBeLessThanOrEqual(50);
      expect(a.skills.length).toBeGreaterThanOrEqual(2);
      expect(new Set(a.sectors).size).toBe(a.sectors.length);
      expect(a.languages[0]).toBe('it');
      for (const r of a.availability) expect(r.startMinute).toBeLessThan(r.endMinute);
    }
    expect(generateAngel(ctx, 3)).toEqual(generateAngel(ctx, 3));
  });
});

describe('the check-up pool', () => {
  it('scores each answer set, and T1 is on average better than T0', () => {
    const pool = buildCheckupPool(1, 64, QUESTIONNAIRE_V1);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(pool.map((p) => p.t1.result.overall))).toBeGreaterThan(mean(pool.map((p) => p.t0.result.overall)));
    expect(pool[0]!.t0.result.version).toBe(QUESTIONNAIRE_V1.version);
    expect(Object.keys(pool[0]!.draft).length).toBeLessThan(QUESTIONNAIRE_V1.questions.length);
  });
});
