import { describe, expect, it } from 'vitest';
import { clauseStarts, findCancelled } from './negation.js';
import { tokenize } from './normalize-text.js';

function cancelledWords(text: string): string[] {
  const tokens = tokenize(text);
  const cancelled = findCancelled(tokens);
  return tokens.filter((_, i) => cancelled[i]).map((t) => t.raw);
}

describe('findCancelled', () => {
  it('cancels a denied trouble up to the clause end', () => {
    expect(cancelledWords('Non ho problemi di soldi, ma nessuno mi trova su internet')).toEqual(['Non', 'ho', 'problemi', 'di', 'soldi']);
  });

  it('keeps a negated lack, which is the need itself', () => {
    expect(cancelledWords('Non riesco a pagare i fornitori')).toEqual([]);
    expect(cancelledWords('Nessuno mi trova su internet')).toEqual([]);
    expect(cancelledWords('Imballaggi senza plastica')).toEqual([]);
  });

  it('handles "nessun", "senza" and denied wishes', () => {
    expect(cancelledWords('Nessun problema con la banca. Il sito è vecchio')).toEqual(['Nessun', 'problema', 'con', 'la', 'banca']);
    expect(cancelledWords('Senza debiti per fortuna')).toEqual(['Senza', 'debiti', 'per', 'fortuna']);
    expect(cancelledWords('Non mi interessa vendere online però')).toEqual(['Non', 'mi', 'interessa', 'vendere', 'online']);
  });

  it('carries the cancellation over "né"', () => {
    expect(cancelledWords('Non ho problemi col personale né con la banca; il sito è lento')).toEqual([
      'Non', 'ho', 'problemi', 'col', 'personale', 'né', 'con', 'la', 'banca',
    ]);
  });

  it('keeps the scope short when no punctuation ends it', () => {
    const words = cancelledWords('non ho problemi di soldi e di banca e di tutto il resto ma soprattutto clienti');
    expect(words).not.toContain('clienti');
    expect(words.length).toBeLessThanOrEqual(9);
  });

  it('cancels a clause that says things go well, unless negated or in doubt', () => {
    expect(cancelledWords('I conti vanno bene, il sito no')).toEqual(['I', 'conti', 'vanno', 'bene']);
    expect(cancelledWords('I conti non vanno bene')).toEqual([]);
    expect(cancelledWords('Vorrei capire se gli orari vanno bene')).toEqual([]);
  });
});

describe('clauseStarts', () => {
  it('opens a clause at punctuation and at contrast words', () => {
    expect(clauseStarts(tokenize('a b, c ma d'))).toEqual([0, 0, 2, 3, 3]);
  });
});
