import { describe, expect, it } from 'vitest';
import { parseMentions } from './mentions.js';

const people = [
  { userId: 'angela', displayName: 'Angela Prova' },
  { userId: 'anna', displayName: 'Anna Rossi' },
  { userId: 'annamaria', displayName: 'Anna Maria Verdi' },
  { userId: 'nicola', displayName: 'Nicola Lupò' },
];

describe('parseMentions', () => {
  it('finds full names whatever the case and accents', () => {
    expect(parseMentions('Grazie @angela prova e @Nicola Lupo!', people).sort()).toEqual(['angela', 'nicola']);
  });
  it('takes the longest name, so "@Anna Maria Verdi" is not Anna Rossi', () => {
    expect(parseMentions('Ciao @Anna Maria Verdi', people)).toEqual(['annamaria']);
  });
  it('takes a first name alone only when one person has it', () => {
    expect(parseMentions('@Angela ci sei?', people)).toEqual(['angela']);
    expect(parseMentions('@Anna ci sei?', people)).toEqual([]);
  });
  it('ignores people not in the thread and names inside longer words', () => {
    expect(parseMentions('@Mario Bianchi e @angelaprova', people)).toEqual([]);
  });
  it('counts each person once', () => {
    expect(parseMentions('@Angela Prova @Angela Prova', people)).toEqual(['angela']);
  });
});
