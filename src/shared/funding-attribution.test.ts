import { describe, expect, it } from 'vitest';
import { attributionLine } from './funding-attribution.js';

describe('attributionLine', () => {
  it('names the source, the licence and the day of the data', () => {
    expect(attributionLine('2025-07-12', 'it')).toBe('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 12 luglio 2025');
    expect(attributionLine('2025-07-12', 'en')).toBe('Source: Incentivi.gov.it – MIMIT, licence IODL 2.0, data of 12 July 2025');
  });
  it('still names source and licence before any import', () => {
    expect(attributionLine(null, 'it')).toBe('Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0');
  });
});
