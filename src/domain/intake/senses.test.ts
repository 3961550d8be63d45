import { describe, expect, it } from 'vitest';
import { extractNeeds } from './extract-needs.js';
import { LEXICON } from './lexicon.js';
import { phraseKeys, SENSE_RULES } from './senses.js';

const areasOf = (text: string) => extractNeeds(text).areas.map((a) => a.area);

describe('word senses', () => {
  it('names only phrases the lexicon has', () => {
    const signatures = new Set(LEXICON.map((e) => phraseKeys(e.phrase).join(' ')));
    for (const rule of SENSE_RULES) expect(signatures.has(phraseKeys(rule.target).join(' ')), rule.target).toBe(true);
  });

  it('reads "domanda" as an application near a grant, as demand otherwise', () => {
    expect(areasOf('La domanda del bando scade venerdì')[0]).toBe('finance');
    expect(areasOf("C'è poca domanda per i mobili classici")[0]).toBe('market_research');
  });

  it('reads a broken website as a tool, a wished one as being found', () => {
    expect(areasOf('Il sito non si apre più')[0]).toBe('data_tools');
    expect(areasOf('Il nostro sito è lentissimo')[0]).toBe('data_tools');
    expect(areasOf('Vorrei un sito per far vedere i lavori')[0]).toBe('communication');
  });

  it('reads packaging by what surrounds it', () => {
    expect(areasOf('Vorrei confezioni in carta riciclabile')[0]).toBe('green');
    expect(areasOf('Vorrei cambiare le confezioni dei prodotti, sembrano vecchie')[0]).toBe('marketing');
  });

  it('reads a course as training when taken, as a new offer when sold online', () => {
    expect(areasOf('I ragazzi devono seguire un corso sulla sicurezza')[0]).toBe('people');
    expect(areasOf('Vorrei fare dei corsi online di pasticceria')[0]).toBe('innovation');
  });

  it('reads "non trovo" as disorder when things are sought', () => {
    expect(areasOf('Non trovo mai le carte quando mi servono')[0]).toBe('organisation');
    expect(areasOf('Non trovo personale per la stagione')[0]).toBe('people');
  });
});

describe('objects of a wish', () => {
  it('reads reaching outlets as selling', () => {
    const { areas } = extractNeeds('Vorrei far arrivare la nostra birra nei pub di Roma');
    expect(areas[0]!.area).toBe('marketing');
    expect(areas[0]!.evidence).toEqual(['far arrivare pub']);
  });

  it('reads joining peers as a decision on the business', () => {
    expect(areasOf('Vorremmo mettere insieme i produttori della valle')[0]).toBe('strategy');
  });

  it('reads finding suppliers as cost, staff as people', () => {
    expect(areasOf('Vorrei trovare fornitori più economici')[0]).toBe('finance');
    expect(areasOf('Vorrei trovare un apprendista per la bottega')[0]).toBe('people');
  });

  it('leaves self-descriptions and longer phrases alone', () => {
    // A plain description of who buys is not a need to reach them.
    const evidence = extractNeeds('Vendiamo ai ristoranti della zona da vent anni').areas.flatMap((a) => a.evidence);
    expect(evidence).not.toContain('Vendiamo ristoranti');
    expect(extractNeeds('Vorremmo vendere ai ristoranti della zona').areas[0]!.evidence).toContain('vendere ai ristoranti');
    // "vendere online" stays selling online.
    expect(areasOf('Vorrei vendere online ai clienti di fuori')[0]).toBe('ecommerce');
    // Selling the business itself is not a sale to outlets.
    expect(areasOf('Vorrei vendere la mia azienda')[0]).toBe('strategy');
  });
});
