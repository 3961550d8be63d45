import { describe, expect, it } from 'vitest';
import { SECTORS, comunePopulationWeights, drawEmployees, drawFoundedOn, drawLegalForm, drawTurnover, type TComuneRef } from './italy.js';
import { TRandom } from './random.js';

const place = (istat: string, name: string, provinceName: string, regionCode: string): TComuneRef => ({ istat, name, provinceCode: '000', provinceName, regionCode, lat: 0, lon: 0 });

describe('the population proxy', () => {
  it('gives big cities their residents, a chief town more than a village, and keeps the region total', () => {
    const comuni = [place('058091', 'Roma', 'Roma', '12'), place('056059', 'Viterbo', 'Viterbo', '12'), place('056001', 'Acquapendente', 'Viterbo', '12'), place('056002', 'Arlena', 'Viterbo', '12')];
    const w = comunePopulationWeights(comuni);
    expect(w[0]).toBe(2755);
    expect(w[1]).toBeCloseTo(w[2]! * 12);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(5715);
  });

  it('knows a chief town of a two-name province', () => {
    const w = comunePopulationWeights([place('040012', 'Forlì', 'Forlì-Cesena', '08'), place('040001', 'Bagno di Romagna', 'Forlì-Cesena', '08')]);
    expect(w[0]! / w[1]!).toBeCloseTo(12);
  });
});

describe('size and money', () => {
  it('about 95% of firms are micro (under 10 employees)', () => {
    const random = new TRandom(5);
    let micro = 0;
    for (let i = 0; i < 50_000; i++) if (drawEmployees(random) < 10) micro++;
    expect(micro / 50_000).toBeGreaterThan(0.93);
    expect(micro / 50_000).toBeLessThan(0.97);
  });

  it('turnover grows with size', () => {
    const random = new TRandom(6);
    const retail = SECTORS.find((s) => s.division === '47')!;
    const mean = (employees: number) => Array.from({ length: 2000 }, () => drawTurnover(random, retail, employees)).reduce((a, b) => a + b, 0) / 2000;
    expect(mean(20)).toBeGreaterThan(mean(2) * 5);
    expect(mean(0)).toBeGreaterThan(50_000);
  });

  it('a sole trader is a ditta individuale or a professional, a large firm a company', () => {
    const random = new TRandom(8);
    for (let i = 0; i < 200; i++) {
      expect(['ditta_individuale', 'professionista', 'srls']).toContain(drawLegalForm(random, '69', 0));
      expect(['spa', 'srl']).toContain(drawLegalForm(random, '25', 120));
    }
  });

  it('founding days are real dates before the picture', () => {
    const random = new TRandom(10);
    for (let i = 0; i < 500; i++) {
      const day = drawFoundedOn(random, 2026);
      expect(day < '2026-01-01').toBe(true);
      expect(Number.isNaN(new Date(day).getTime())).toBe(false);
    }
  });

  it('the sector weights cover the divisions the brief names', () => {
    const divisions = SECTORS.map((s) => s.division);
    for (const d of ['47', '56', '43', '96', '10', '01', '55', '62', '69', '70', '71', '73', '74']) expect(divisions).toContain(d);
    for (const s of SECTORS) for (const code of s.codes) expect(code.startsWith(`${s.division}.`)).toBe(true);
  });
});
