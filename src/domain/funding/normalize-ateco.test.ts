import { describe, expect, it } from 'vitest';
import { realRecord } from '../../test/funding-snapshot.js';
import { atecoMatches, readAtecoField } from './normalize-ateco.js';

describe('readAtecoField', () => {
  it('reads the sentences meaning all sectors', () => {
    for (const text of ['Tutti i settori economici ammissibili a ricevere aiuti', 'Tutti i settori economici ammissibili a ricevere aiuti;', 'Tutti i codici Ateco', undefined]) {
      expect(readAtecoField(text)).toEqual({ ok: true, value: { all: true, version: null } });
    }
  });

  it('reads the real list of 1443 (hotels and restaurants of Trentino)', () => {
    const read = readAtecoField(realRecord('1443').Codici_ATECO);
    expect(read.ok && !read.value.all && read.value.codes.slice(0, 4)).toEqual(['55', '55.10', '55.20', '55.30']);
  });

  it('drops repeats and trailing semicolons ("55.90; 55.90;")', () => {
    expect(readAtecoField('55.90; 55.90;')).toEqual({ ok: true, value: { all: false, codes: ['55.90'], version: null } });
  });

  it('reads the version prefix ("ATECO 2025: 82.1; 82.10")', () => {
    expect(readAtecoField('ATECO 2025: 82.1; 82.10')).toEqual({ ok: true, value: { all: false, codes: ['82.1', '82.10'], version: '2025' } });
  });

  it('refuses what is not a code', () => {
    expect(readAtecoField('alberghi; 55.10').ok).toBe(false);
    expect(readAtecoField(';').ok).toBe(false);
  });
});

describe('atecoMatches', () => {
  it('matches a business code by division, group and class prefix', () => {
    expect(atecoMatches('56.10', '56.10.11')).toBe(true);
    expect(atecoMatches('56', '56.10.11')).toBe(true);
    expect(atecoMatches('82.1', '82.10.00')).toBe(true);
    expect(atecoMatches('56.2', '56.10.11')).toBe(false);
    expect(atecoMatches('55', '56.10.11')).toBe(false);
  });
});
