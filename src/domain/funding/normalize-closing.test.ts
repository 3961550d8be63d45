import { describe, expect, it } from 'vitest';
import { realRecord } from '../../test/funding-snapshot.js';
import { closingKind } from './normalize-closing.js';

describe('closingKind', () => {
  it('is a date when there is one', () => {
    expect(closingKind('2025-12-31', 'Fino a esaurimento risorse')).toBe('date');
  });

  it('reads the real notes of a rolling desk', () => {
    expect(closingKind(null, 'Sportello presentazione domande sempre aperto (Procedura valutativa a sportello)')).toBe('rolling');
    expect(closingKind(null, 'La chiusura avverrà ad esaurimento risorse.')).toBe('rolling');
    expect(closingKind(null, realRecord('171').Note_di_apertura_chiusura)).toBe('rolling');
  });

  it('is unknown without a date nor a telling note', () => {
    expect(closingKind(null, undefined)).toBe('unknown');
    expect(closingKind(null, 'Le date di apertura e chiusura della procedura informatica saranno comunicate')).toBe('unknown');
  });
});
