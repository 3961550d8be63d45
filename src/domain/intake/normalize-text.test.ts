import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './normalize-text.js';

describe('normalizeText', () => {
  it('drops accents and case', () => {
    expect(normalizeText('Perché CITTÀ più')).toBe('perche citta piu');
  });

  it('splits elisions into two words', () => {
    expect(normalizeText("l'azienda dell'anno all’estero")).toBe('l azienda dell anno all estero');
  });

  it('squeezes long runs of one letter typed for emphasis', () => {
    expect(normalizeText('tantooo caosss')).toBe('tanto caos');
    // Italian double letters stay.
    expect(normalizeText('pizzeria')).toBe('pizzeria');
  });

  it('turns punctuation into single spaces', () => {
    expect(normalizeText('  e-commerce, B&B!! ')).toBe('e commerce b b');
  });
});

describe('tokenize', () => {
  it('keeps the words as written with their offsets', () => {
    const text = "Vendo l'olio, però";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(['Vendo', 'l', 'olio', 'però']);
    expect(tokens.map((t) => t.norm)).toEqual(['vendo', 'l', 'olio', 'pero']);
    expect(text.slice(tokens[2]!.start, tokens[2]!.end)).toBe('olio');
  });

  it('marks where a clause starts', () => {
    const tokens = tokenize('Non ho soldi, ma ho clienti. Poi basta');
    expect(tokens.filter((t) => t.isClauseStart).map((t) => t.raw)).toEqual(['Non', 'ma', 'Poi']);
  });

  it('tells "né" (also typed "ne\'") from the pronoun "ne"', () => {
    expect(tokenize('né soldi')[0]!.hasFinalAccent).toBe(true);
    expect(tokenize("ne' soldi")[0]!.hasFinalAccent).toBe(true);
    expect(tokenize('ne ho bisogno')[0]!.hasFinalAccent).toBe(false);
  });

  it('returns nothing for an empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ... ')).toEqual([]);
  });
});
