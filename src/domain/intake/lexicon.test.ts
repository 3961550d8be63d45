import { describe, expect, it } from 'vitest';
import { AREAS } from './areas.js';
import { LEXICON } from './lexicon.js';

describe('LEXICON', () => {
  it('covers every area with a real vocabulary', () => {
    for (const area of AREAS) {
      const entries = LEXICON.filter((e) => (e.weights[area] ?? 0) >= 0.8);
      expect(entries.length, area).toBeGreaterThanOrEqual(15);
    }
  });

  it('keeps weights in 0..1.2 and phrases clean', () => {
    for (const entry of LEXICON) {
      expect(entry.phrase.trim(), entry.phrase).toBe(entry.phrase);
      expect(entry.phrase, entry.phrase).not.toMatch(/['’]|\s{2}/);
      expect(entry.gap).toBeGreaterThanOrEqual(0);
      const weights = Object.values(entry.weights);
      expect(weights.length, entry.phrase).toBeGreaterThan(0);
      for (const w of weights) {
        expect(w).toBeGreaterThan(0);
        expect(w).toBeLessThanOrEqual(1.2);
      }
    }
  });

  it('lists each phrase once per gap after merging', () => {
    const keys = LEXICON.map((e) => `${e.phrase}|${e.gap}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('says the phrases of the brief', () => {
    const byPhrase = new Map(LEXICON.map((e) => [e.phrase, e.weights]));
    expect(byPhrase.get('vendere direttamente')?.marketing).toBeGreaterThan(0);
    expect(byPhrase.get('fine mese')?.finance).toBeGreaterThan(0);
    expect(byPhrase.get('passaggio generazionale')?.strategy).toBeGreaterThan(0);
    expect(byPhrase.get('sito internet')?.communication).toBeGreaterThan(0);
    expect(byPhrase.get('recensioni negative')?.communication).toBeGreaterThan(0);
  });
});
