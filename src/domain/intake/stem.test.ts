import { describe, expect, it } from 'vitest';
import { stemWord } from './stem.js';

describe('stemWord', () => {
  it('brings the forms of a word to one Snowball stem', () => {
    expect(stemWord('prezzo')).toBe(stemWord('prezzi'));
    expect(stemWord('vendere')).toBe(stemWord('vendiamo'));
    expect(stemWord('recensione')).toBe(stemWord('recensioni'));
  });

  it('gives the same answer from the cache', () => {
    const first = stemWord('magazzino');
    expect(stemWord('magazzino')).toBe(first);
    expect(first).toBe('magazzin');
  });

  it('leaves unknown brand names whole', () => {
    expect(stemWord('instagram')).toBe('instagram');
  });
});
