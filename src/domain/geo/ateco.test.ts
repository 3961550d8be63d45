import { describe, expect, it } from 'vitest';
import { ATECO_DIVISIONS, ATECO_SECTIONS, findDivision, findSection, formatDivision, listDivisions } from './ateco.js';

describe('ATECO 2025', () => {
  it('has the 22 sections A–V and 87 divisions, each in a known section', () => {
    expect(ATECO_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUV');
    expect(ATECO_DIVISIONS).toHaveLength(87);
    const codes = ATECO_DIVISIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(87);
    expect([...codes].sort()).toEqual(codes);
    for (const d of ATECO_DIVISIONS) {
      expect(d.code).toMatch(/^\d{2}$/);
      expect(findSection(d.section)).toBeDefined();
      expect(d.it.length).toBeGreaterThan(2);
      expect(d.en.length).toBeGreaterThan(2);
    }
    for (const s of ATECO_SECTIONS) expect(listDivisions(s.code).length).toBeGreaterThan(0);
  });

  it('follows the 2025 boundaries between sections', () => {
    expect(listDivisions('C').map((d) => d.code)).toHaveLength(24);
    expect(listDivisions('G').map((d) => d.code)).toEqual(['46', '47']);
    expect(listDivisions('K').map((d) => d.code)).toEqual(['61', '62', '63']);
    expect(findDivision('68')?.section).toBe('M');
    expect(findDivision('96')?.section).toBe('T');
    expect(findDivision('45')).toBeUndefined();
  });

  it('finds a division from longer codes and formats it per locale', () => {
    expect(findDivision('56.10.11')?.code).toBe('56');
    expect(findDivision('561011')?.code).toBe('56');
    expect(findDivision('x1')).toBeUndefined();
    expect(formatDivision('56', 'it')).toBe('56 — Bar e ristoranti');
    expect(formatDivision('56', 'en')).toBe('56 — Bars and restaurants');
    expect(formatDivision('00', 'it')).toBeUndefined();
  });
});
