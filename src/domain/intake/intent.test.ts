import { describe, expect, it } from 'vitest';
import { extractNeeds } from './extract-needs.js';
import { readIntent } from './intent.js';
import { tokenize } from './normalize-text.js';

function read(text: string) {
  const tokens = tokenize(text);
  const intent = readIntent(tokens, text);
  return tokens.map((t, i) => ({ word: t.norm, kind: intent.kind[i], isBackground: intent.isBackground[i], clause: intent.clause[i] }));
}

const top = (text: string) => extractNeeds(text).areas[0]?.area;

describe('readIntent', () => {
  it('cuts a wish after "e" and marks the trade as background', () => {
    const words = read('Faccio il muratore da solo e vorrei un sito');
    expect(words.filter((w) => w.isBackground).map((w) => w.word)).toEqual(['faccio', 'il', 'muratore', 'da', 'solo']);
    expect(words.find((w) => w.word === 'sito')!.kind).toBe('wish');
    expect(words.find((w) => w.word === 'muratore')!.kind).toBe('plain');
  });

  it('reads a question and a trouble', () => {
    expect(read('Come si gestiscono le recensioni?').every((w) => w.kind === 'trouble')).toBe(true);
    expect(read('non riesco a pagare i fornitori').every((w) => w.kind === 'trouble')).toBe(true);
    expect(read('come faccio a vendere online').every((w) => w.kind === 'wish')).toBe(true);
  });

  it('keeps the trouble in the foreground, and a tool is not a business', () => {
    const words = read('Ho un negozio che non vende');
    expect(words.filter((w) => w.isBackground).map((w) => w.word)).toEqual(['ho', 'un', 'negozio']);
    expect(read('Abbiamo un gestionale vecchio').some((w) => w.isBackground)).toBe(false);
    expect(read('Ho un negozio di scarpe ma non vendo').some((w) => w.isBackground && w.word === 'vendo')).toBe(false);
  });

  it('marks how long and how many, not a machine that works alone', () => {
    expect(read("Da trent'anni vendiamo scarpe").filter((w) => w.isBackground).map((w) => w.word)).toEqual(['da', 'trent', 'anni']);
    expect(read('vorrei una macchina che lavori da sola').some((w) => w.isBackground)).toBe(false);
  });
});

describe('intent in extractNeeds', () => {
  it('lets the wish lead over the background', () => {
    expect(top('Faccio il muratore da solo e vorrei un sito per farmi trovare')).toBe('communication');
    expect(top('Faccio il muratore da solo e vorrei capire se ci sono bandi per un escavatore')).toBe('finance');
    expect(top('Vorrei vendere la mia bottega al mio dipendente più bravo')).toBe('strategy');
  });

  it('reads frequent complaints that name no area', () => {
    expect(top('In cucina ognuno fa come gli pare')).toBe('organisation');
    expect(top('A fine mese non ci sto dentro')).toBe('finance');
    expect(top('Ho un negozio di scarpe e non entra più nessuno')).toBe('marketing');
    expect(top('Non so più che pesci prendere')).toBe('strategy');
  });
});
