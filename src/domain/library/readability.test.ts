import { describe, expect, it } from 'vitest';
import { findWordsToAvoid } from './plain-words.js';
import { analyseReadability } from './readability.js';

const plain = 'Il latte lo paghi poco. Il caseificio lo paga ancora meno. Prova a venderlo tu. Metti un cartello sulla strada. Apri la stalla il sabato. Chi passa compra.';
const hard =
  "L'implementazione di strategie di internazionalizzazione finalizzate all'ottimizzazione della competitività aziendale presuppone un'attenta pianificazione delle risorse organizzative, finanziarie e umane disponibili nell'ambito del perimetro operativo di riferimento dell'impresa.";

describe('analyseReadability', () => {
  it('lets a plain first-steps lesson through', () => {
    const r = analyseReadability(plain, 'first_steps');
    expect(r.gulpease!).toBeGreaterThanOrEqual(60);
    expect(r).toMatchObject({ floor: 60, isPublishable: true, problems: [] });
  });

  it('refuses a hard text, and shows the long sentence, the long words and the words to say plainly', () => {
    const r = analyseReadability(hard, 'advanced');
    expect(r.floor).toBe(50);
    expect(r.isPublishable).toBe(false);
    expect(r.problems).toEqual(['readability.too_hard']);
    expect(r.longSentences).toHaveLength(1);
    expect(r.longSentences[0]!.words).toBeGreaterThan(25);
    expect(r.longWords).toContain('internazionalizzazione');
    expect(r.wordsToAvoid.map((w) => w.found)).toEqual(['implementazione', 'finalizzate', 'ottimizzazione']);
  });

  it('refuses an empty lesson', () => {
    expect(analyseReadability('## \n\n', 'on_the_way').problems).toEqual(['readability.empty']);
  });
});

describe('findWordsToAvoid', () => {
  it('finds jargon in any case and with any ending, with the plain words to use', () => {
    const hits = findWordsToAvoid('Dobbiamo IMPLEMENTARE i KPI e capire il nostro target.');
    expect(hits.map((h) => [h.found, h.plain])).toEqual([
      ['IMPLEMENTARE', 'mettere in pratica, fare'],
      ['KPI', 'numero da seguire'],
      ['target', 'clienti a cui ti rivolgi'],
    ]);
  });

  it('matches whole words only, and the longer phrase before its first word', () => {
    expect(findWordsToAvoid('Il teamwork e la seoul')).toEqual([]);
    expect(findWordsToAvoid('Serve brand awareness').map((h) => h.word)).toEqual(['brand awareness']);
    expect(findWordsToAvoid('il follow up di domani').map((h) => h.word)).toEqual(['follow-up']);
  });
});
