import { describe, expect, it } from 'vitest';
import { mapKinds, mapPurposes, mapSizes } from './normalize-kinds.js';

describe('mapKinds', () => {
  it('maps the six portal forms', () => {
    expect(
      mapKinds([
        'Contributo/Fondo perduto',
        'Prestito/Anticipo rimborsabile',
        'Agevolazione fiscale',
        'Capitale di rischio',
        'Interventi a garanzia',
        'Riduzione dei contributi di previdenza sociale',
      ]).kinds,
    ).toEqual(['grant', 'loan', 'tax_credit', 'equity', 'guarantee', 'contribution_relief']);
  });

  it('leaves out and reports a form it does not know', () => {
    expect(mapKinds(['Voucher', 'Contributo/Fondo perduto'])).toEqual({ kinds: ['grant'], unknown: ['Voucher'] });
  });
});

describe('mapPurposes', () => {
  it('maps each of the 11 values of the snapshot', () => {
    expect(mapPurposes(['Sostegno liquidità'])).toEqual(['finance']);
    expect(mapPurposes(['Innovazione e ricerca'])).toEqual(['finance', 'innovation']);
    expect(mapPurposes(["Start up/Sviluppo d'impresa"])).toEqual(['finance', 'strategy']);
    expect(mapPurposes(['Transizione ecologica'])).toEqual(['finance', 'green']);
    expect(mapPurposes(['Internazionalizzazione'])).toEqual(['finance', 'market_research', 'marketing']);
    expect(mapPurposes(['Inclusione sociale'])).toEqual(['finance', 'people']);
    expect(mapPurposes(["Crisi d'impresa"])).toEqual(['finance', 'strategy']);
  });

  it('gives finance alone for a value it does not know', () => {
    expect(mapPurposes(['Qualcosa di nuovo'])).toEqual(['finance']);
  });
});

describe('mapSizes', () => {
  it('keeps the classes listed, in order', () => {
    expect(mapSizes(['Piccola Impresa', 'Microimpresa'])).toEqual(['micro', 'small']);
    expect(mapSizes(['Media Impresa', 'Piccola Impresa', 'Non classificabile/classificato'])).toEqual(['small', 'medium']);
  });

  it('reads all four, none, or only "Non classificabile" as all', () => {
    expect(mapSizes(['Microimpresa', 'Piccola Impresa', 'Media Impresa', 'Grande Impresa'])).toBe('all');
    expect(mapSizes(['Non classificabile/classificato'])).toBe('all');
    expect(mapSizes(undefined)).toBe('all');
  });
});
