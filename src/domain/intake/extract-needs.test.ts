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

  it('reads everyday words apart from the need they share a stem with', () => {
    // Each pair: a common word, and the area its Snowball stem (or a one-letter typo fix)
    // would have given it before the entry was made `=exact`.
    const cases: [string, string][] = [
      ['le carte del comune', 'communication'],
      ['credo che sia così', 'finance'],
      ['me lo hanno rifiutato', 'green'],
      ['la forma del formaggio', 'people'],
      ['una piccola bottega', 'finance'],
      ['il panificio ha un sito', 'strategy'],
      ['vendiamo mobili', 'green'],
      ['ho una trattoria', 'automation_ai'],
      ['è importante', 'marketing'],
      ['metà del paese', 'green'],
      ['solo il sabato', 'green'],
      ['un posto tranquillo', 'ecommerce'],
      ['formaggio stagionato', 'strategy'],
      ['la cooperativa sociale', 'communication'],
      ['praticamente tutto', 'organisation'],
      ['completamente diverso', 'marketing'],
      ['immagino di sì', 'communication'],
      ['faccio l elettricista', 'green'],
      ['verso le otto', 'finance'],
      ['formaggio fresco', 'automation_ai'],
      ['nessuno che mi aiuti', 'finance'],
    ];
    for (const [text, area] of cases) expect(areasOf(text), text).not.toContain(area);
    // The need itself is still read.
    expect(top('Sul sito vorrei comunicare meglio')).toBe('communication');
    expect(top('Mi hanno tolto il credito')).toBe('finance');
    expect(top('Non so dove mettere i rifiuti')).toBe('green');
    expect(top('Il corriere arriva quando vuole')).toBe('ecommerce');
    expect(top('Vorrei mettere i pannelli e il solare sul tetto')).toBe('green');
    expect(top('Ci sono aiuti per chi apre?')).toBe('finance');
  });

  it('reads the new everyday vocabulary', () => {
    expect(top('Il budget è finito a marzo')).toBe('finance');
    expect(top('Usiamo il vuoto a rendere per le bottiglie')).toBe('green');
    expect(top('Vorrei mettermi in proprio')).toBe('strategy');
    expect(top("È arrivata una cartella dell'Agenzia delle Entrate")).toBe('finance');
    expect(top('Il ricambio generazionale in bottega non c’è')).toBe('strategy');
    expect(top('Mi chiedono la PEC e lo SPID')).toBe('data_tools');
    expect(top('Vorrei farmi trovare su Google Maps')).toBe('communication');
  });

  it('reads "nn" as "non" when it denies a need', () => {
    expect(areasOf('nn ho problemi di soldi')).not.toContain('finance');
  });

  it('falls back on weak cues when nothing matches, and says so with a low score', () => {
    const { areas } = extractNeeds('Vorrei dare una mano alla mia bottega, boh');
    expect(areas.length).toBeGreaterThan(0);
    expect(areas[0]!.area).toBe('strategy');
    expect(areas[0]!.evidence).toContain('bottega');
    for (const a of areas) expect(a.score).toBeLessThanOrEqual(0.2);
    // A sector word alone still gives a ranking to correct.
    expect(top('Ho un vigneto')).toBe('strategy');
    // Small talk has no cue, and a statement that denies every need stays empty.
    expect(areasOf('Buongiorno, come sta?')).toEqual([]);
    expect(areasOf('Non ho problemi col personale né con la banca')).toEqual([]);
    // A real match is never mixed with the fallback.
    const real = extractNeeds('Vorrei fare qualcosa per la mia bottega: i prezzi sono troppo bassi');
    expect(real.areas[0]!.area).toBe('marketing');
    expect(real.areas[0]!.score).toBeGreaterThan(0.2);
  });
});

