import { describe, expect, it } from 'vitest';
import { computeGulpease, markdownToProse, splitSentences, wordsOf } from './gulpease.js';

describe('computeGulpease', () => {
  it('applies 89 + (300 × sentences − 10 × letters) / words', () => {
    // 2 sentences, 10 words, 47 letters: 89 + (600 − 470) / 10 = 102 → 100 (clamped).
    const g = computeGulpease('Il mio negozio vende scarpe. Ora voglio vendere anche su internet.');
    expect(g).toMatchObject({ sentences: 2, words: 11 });
    expect(g.letters).toBe(54);
    expect(g.index).toBeCloseTo(89 + (600 - 540) / 11, 1);
  });

  it('gives a low index to a long bureaucratic sentence', () => {
    const text =
      "L'implementazione di strategie di internazionalizzazione finalizzate all'ottimizzazione della competitività aziendale presuppone un'attenta pianificazione delle risorse organizzative e finanziarie disponibili.";
    expect(computeGulpease(text).index!).toBeLessThan(40);
  });

  it('counts accented letters as letters and splits elisions at the apostrophe', () => {
    expect(wordsOf("Così l'azienda è più forte")).toEqual(['Così', 'l', 'azienda', 'è', 'più', 'forte']);
    expect(computeGulpease("l'àncora").letters).toBe(7);
    expect(computeGulpease('qualità').letters).toBe(computeGulpease('qualita').letters);
  });

  it('reads a number as one word whose digits count as letters, and never ends a sentence at its point', () => {
    expect(wordsOf('Costa 1.500 euro, cioè 3,5 al giorno')).toEqual(['Costa', '1.500', 'euro', 'cioè', '3,5', 'al', 'giorno']);
    expect(computeGulpease('Costa 1.500 euro.').letters).toBe(5 + 4 + 4);
    expect(splitSentences('Costa 1.500 euro. Poco.')).toEqual(['Costa 1.500 euro.', 'Poco.']);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    expect(splitSentences('Per es. un forno apre alle sei. Il sig. Rossi no.')).toEqual(['Per es. un forno apre alle sei.', 'Il sig. Rossi no.']);
    expect(splitSentences('Lo dice G. Verdi nel suo libro.')).toHaveLength(1);
    expect(splitSentences('Pane, latte, ecc. Poi torna.')).toEqual(['Pane, latte, ecc.', 'Poi torna.']);
  });

  it('ends a sentence at ! ? … ; and counts an ellipsis once', () => {
    expect(splitSentences('Davvero? Sì! Allora... vediamo; ok')).toEqual(['Davvero?', 'Sì!', 'Allora...', 'vediamo;', 'ok']);
  });

  it('reads Markdown as prose: a heading and each list item are sentences, links read as their text, code is dropped', () => {
    const md = '# Vendi il tuo latte\n\nIl prezzo lo fai tu. Leggi [la guida](https://example.it/guida).\n\n- Fai un cartello\n- Apri il sabato\n\n```\nconst x = 1;\n```\n![foto](a.png)';
    expect(splitSentences(markdownToProse(md))).toEqual(['Vendi il tuo latte', 'Il prezzo lo fai tu.', 'Leggi la guida.', 'Fai un cartello', 'Apri il sabato']);
  });

  it('has no index for a text without words', () => {
    expect(computeGulpease('  … !! ').index).toBeNull();
    expect(computeGulpease('').index).toBeNull();
  });
});
