import { describe, expect, it } from 'vitest';
import { extractNeeds } from './extract-needs.js';

const areasOf = (text: string) => extractNeeds(text).areas.map((a) => a.area);
const top = (text: string) => areasOf(text)[0];
const find = (text: string, area: string) => extractNeeds(text).areas.find((a) => a.area === area);

describe('extractNeeds', () => {
  it('reads the main need and gives its words as written', () => {
    const profile = extractNeeds('Il prezzo lo fanno gli altri: vorrei vendere direttamente i miei formaggi.');
    expect(profile.areas[0]!.area).toBe('marketing');
    expect(profile.areas[0]!.evidence).toEqual(['prezzo', 'vendere direttamente']);
  });

  it('keeps the original case and accents in the evidence', () => {
    expect(find('Le Recensioni su TripAdvisor mi preoccupano', 'communication')?.evidence).toEqual(['Recensioni', 'TripAdvisor']);
    expect(find('Non ho più liquidità', 'finance')?.evidence).toEqual(['liquidità']);
  });

  it('does not raise a denied need', () => {
    const areas = areasOf('Non ho problemi di soldi, ma nessuno mi trova su internet');
    expect(areas[0]).toBe('communication');
    expect(areas).not.toContain('finance');
    expect(areasOf('Nessun problema con la banca')).not.toContain('finance');
    expect(areasOf('Non mi interessa vendere online')).not.toContain('ecommerce');
    expect(areasOf('Non ho problemi col personale né con la banca')).toEqual([]);
  });

  it('keeps a need said through a negation', () => {
    expect(top('Le banche non mi danno più credito')).toBe('finance');
    expect(areasOf('Non abbiamo mai fatto pubblicità').slice(0, 2).sort()).toEqual(['communication', 'marketing']);
    expect(top('Non trovo personale')).toBe('people');
  });

  it('reads elided words', () => {
    expect(top("Vorrei lasciare l'azienda a mia figlia")).toBe('strategy');
    expect(top("Non arrivo a fine mese, dell'anno scorso non parliamo")).toBe('finance');
    expect(top("L'e-commerce non decolla")).toBe('ecommerce');
  });

  it('reads words with or without accents, and common typos', () => {
    expect(find('poca liquidita', 'finance')?.evidence).toEqual(['liquidita']);
    expect(find('POCA LIQUIDITÀ', 'finance')?.evidence).toEqual(['LIQUIDITÀ']);
    expect(top('vorrei fare le spedizzioni dei salumi')).toBe('ecommerce');
    expect(top('il magazino è un disastro')).toBe('organisation');
  });

  it('matches phrases with a word or two in between', () => {
    expect(find('Vorrei vendere i miei formaggi direttamente', 'marketing')?.evidence).toEqual(['vendere direttamente']);
    expect(find('arrivare alla fine del mese', 'finance')?.evidence).toEqual(['fine del mese']);
  });

  it('lets intensity rank the stronger need first', () => {
    const plain = find('Il magazzino è in disordine', 'organisation')!.score;
    const strong = find('Il magazzino è sempre in un disordine pazzesco', 'organisation')!.score;
    const weak = find('Forse il magazzino è in disordine', 'organisation')!.score;
    expect(strong).toBeGreaterThan(plain);
    expect(weak).toBeLessThan(plain);
  });

  it('returns sorted scores in 0..1 with two decimals, and nothing for small talk', () => {
    const { areas } = extractNeeds('Bollette altissime, banca che non presta, dipendenti da formare e un sito da rifare.');
    expect(areas.length).toBeGreaterThan(2);
    for (let i = 1; i < areas.length; i++) expect(areas[i - 1]!.score).toBeGreaterThanOrEqual(areas[i]!.score);
    for (const a of areas) {
      expect(a.score).toBeGreaterThan(0);
      expect(a.score).toBeLessThanOrEqual(1);
      expect(Math.round(a.score * 100) / 100).toBe(a.score);
    }
    expect(extractNeeds('').areas).toEqual([]);
    expect(extractNeeds('Buongiorno, come sta?').areas).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Vorrei capire se conviene aprire un secondo punto vendita o investire nella consegna a domicilio.';
    expect(extractNeeds(text)).toEqual(extractNeeds(text));
  });
});
