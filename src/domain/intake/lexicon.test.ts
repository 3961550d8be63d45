import { describe, expect, it } from 'vitest';
import { AREAS, type TArea } from './areas.js';
import { LEXICON } from './lexicon.js';
import { normalizeText } from './normalize-text.js';
import { stemWord } from './stem.js';

/** The key an entry is indexed and merged under, as `extract-needs.ts` compiles it. */
function signatureOf(phrase: string, gap: number): string {
  const keys = phrase
    .replace(/[’']/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.startsWith('=') ? [w] : normalizeText(w).split(' ')))
    .map((w) => (w.startsWith('=') ? `w:${normalizeText(w.slice(1))}` : `s:${stemWord(w)}`));
  return `${keys.join(' ')}|${gap}`;
}

function mainArea(weights: Partial<Record<TArea, number>>): TArea {
  return (Object.entries(weights) as [TArea, number][]).sort((a, b) => b[1] - a[1])[0]![0];
}

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

  it('never merges two entries that mean different areas under one stem', () => {
    // Entries on the same stems become one at compile time. "elettricisti" (people) and
    // "elettricità" (green) share "elettric": unless one is `=exact`, both words would say both.
    const byKey = new Map<string, { phrase: string; area: TArea }[]>();
    for (const entry of LEXICON) {
      const key = signatureOf(entry.phrase, entry.gap);
      const list = byKey.get(key) ?? [];
      list.push({ phrase: entry.phrase, area: mainArea(entry.weights) });
      byKey.set(key, list);
    }
    const clashes = [...byKey.values()].filter((list) => new Set(list.map((e) => e.area)).size > 1);
    expect(clashes.map((list) => list.map((e) => `${e.phrase}:${e.area}`).join(' | '))).toEqual([]);
  });

  it('widens every area with its everyday words, slang and loanwords', () => {
    const byPhrase = new Map(LEXICON.map((e) => [e.phrase, e.weights]));
    expect(byPhrase.get('budget')?.finance).toBeGreaterThan(0);
    expect(byPhrase.get('vuoto a rendere')?.green).toBeGreaterThan(0);
    expect(byPhrase.get('mettersi in proprio')?.strategy).toBeGreaterThan(0);
    expect(byPhrase.get('agenzia delle entrate')?.finance).toBeGreaterThan(0);
    expect(byPhrase.get('ricambio generazionale')?.people).toBeGreaterThan(0);
    expect(byPhrase.get('pec')?.data_tools).toBeGreaterThan(0);
    expect(byPhrase.get('farsi trovare')?.communication).toBeGreaterThan(0);
    for (const area of AREAS) {
      expect(LEXICON.filter((e) => (e.weights[area] ?? 0) >= 0.8).length, area).toBeGreaterThanOrEqual(40);
    }
  });
});
