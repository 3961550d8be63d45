import { describe, expect, it } from 'vitest';
import { realRecord, shippedComuneLookup, snapshotRecords } from '../../test/funding-snapshot.js';
import { normalizeIncentiviRecord } from './normalize-incentivi.js';
import type { TCall } from './types.js';

const options = { comuni: shippedComuneLookup() };

function normalized(id: string): TCall {
  const result = normalizeIncentiviRecord(realRecord(id), options);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.call;
}

describe('normalizeIncentiviRecord on the real snapshot', () => {
  it('reads all 369 records', () => {
    const failures = snapshotRecords().filter((r) => !normalizeIncentiviRecord(r, options).ok);
    expect(failures.map((r) => r.ID_Incentivo)).toEqual([]);
  });

  it('keeps the record as read beside the normalised call', () => {
    const call = normalized('3730');
    expect(call).toMatchObject({ id: '3730', source: 'incentivi', grantingBody: 'Regione Abruzzo', link: 'https://www.regione.abruzzo.it/delibera/9118704/view' });
    expect(call.raw).toEqual(realRecord('3730'));
  });

  it('reads dates without a zone in Europe/Rome (3730: 1 January to 31 December 2025)', () => {
    const call = normalized('3730');
    expect(call).toMatchObject({ opensOn: '2024-12-31T23:00:00.000Z', opensDay: '2025-01-01', closesOn: '2025-12-30T23:00:00.000Z', closesDay: '2025-12-31', closing: 'date' });
  });

  it('reads no closing date as rolling when the note says so (171: "Fino a esaurimento risorse")', () => {
    expect(normalized('171')).toMatchObject({ closesOn: null, closing: 'rolling', closingNote: 'Fino a esaurimento risorse' });
  });

  it('reads no closing date and no telling note as unknown, never open forever (145, 138)', () => {
    expect(normalized('145')).toMatchObject({ closesOn: null, opensOn: null, closing: 'unknown' });
    expect(normalized('138')).toMatchObject({ closesOn: null, closing: 'unknown' });
  });

  it('makes every record without a closing date rolling or unknown', () => {
    const open = snapshotRecords().filter((r) => !r.Data_chiusura).map((r) => normalizeIncentiviRecord(r, options));
    expect(open).toHaveLength(130);
    const kinds = open.map((r) => (r.ok ? r.call.closing : 'refused'));
    expect(kinds.every((k) => k === 'rolling' || k === 'unknown')).toBe(true);
    expect(kinds.filter((k) => k === 'rolling').length).toBeGreaterThan(30);
  });

  it('reads the "Tutti i settori" sentence and its variants as all sectors (813, 138)', () => {
    expect(normalized('813').ateco).toBe('all');
    expect(normalized('138').ateco).toBe('all'); // "Tutti i settori economici"
  });

  it('reads "55.10;" and "01.16; 01.15; …" lists as prefixes, a division of zeros as the division', () => {
    expect(normalized('463').ateco).toEqual(['55.10']);
    const agrarian = normalized('3730').ateco as string[];
    expect(agrarian).toContain('01.16');
    expect(agrarian).toContain('01'); // "01.00"
    expect(normalized('1443').ateco).toEqual(expect.arrayContaining(['55', '55.10', '56', '56.10']));
  });

  it('keeps the ATECO version a record names (3906: "ATECO 2007: 55.30; 55.10")', () => {
    expect(normalized('3906')).toMatchObject({ ateco: ['55.30', '55.10'], atecoVersion: '2007' });
  });

  it('reads 20 regions, and 19, as national (138, 145, 109)', () => {
    expect(normalized('138')).toMatchObject({ national: true, abroad: false });
    expect(normalized('138').regions).toHaveLength(20);
    // 145 leaves Puglia out of its list: a national call covers it all the same.
    expect(normalized('145')).toMatchObject({ national: true });
    expect(normalized('145').regions).toContain('16');
    expect(normalized('109').national).toBe(true);
  });

  it('counts a region listed twice once (2659 lists Trentino-Alto Adige twice: 21 names, 20 regions)', () => {
    expect(normalized('2659')).toMatchObject({ national: true });
    expect(normalized('2659').regions).toHaveLength(20);
  });

  it('reads one region as its ISTAT code, Estero as abroad (1579, 813)', () => {
    expect(normalized('1579')).toMatchObject({ national: false, regions: ['06'], abroad: false });
    expect(normalized('813')).toMatchObject({ national: false, regions: ['04', '05'], abroad: true });
  });

  it('reads "0" amounts as not stated (3730, 2340)', () => {
    expect(normalized('3730').amounts).toEqual({ spendingMin: null, spendingMax: 47480, grantMin: null, grantMax: 47479 });
    expect(normalized('2340').amounts).toEqual({ spendingMin: null, spendingMax: null, grantMin: null, grantMax: null });
    expect(normalized('3628').amounts).toEqual({ spendingMin: 3000, spendingMax: 10000, grantMin: 1800, grantMax: 10000 });
  });

  it('matches Comuni names to ISTAT codes in the call’s region (531 Udine, 3588 nine comuni of Ravenna)', () => {
    expect(normalized('531').comuni).toEqual({ istat: ['030129'], unmatched: [] });
    const ravenna = normalized('3588').comuni;
    expect(ravenna).not.toBe('all');
    if (ravenna === 'all') return;
    expect(ravenna.istat).toHaveLength(9);
    expect(ravenna.istat.every((c) => c.startsWith('039'))).toBe(true);
  });

  it('matches names written in other case and with commas (171: "Acquarica Del Capo, Alessano, …")', () => {
    const salento = normalized('171').comuni;
    if (salento === 'all') throw new Error('expected a list');
    expect(salento.istat.length).toBeGreaterThan(50);
    expect(salento.istat.every((c) => c.startsWith('075'))).toBe(true);
    // Comuni merged since (Acquarica del Capo is in Presicce-Acquarica since 2019) stay as written.
    expect(salento.unmatched).toContain('Acquarica Del Capo');
  });

  it('reads "Tutti i comuni" and its typo "Titti i comuni" as all comuni (145, 138)', () => {
    expect(normalized('145').comuni).toBe('all');
    expect(normalized('138').comuni).toBe('all');
  });

  it('maps sizes: the classes listed, all when all four or only "Non classificabile" (3730, 145, 1579, 531)', () => {
    expect(normalized('3730').sizes).toEqual(['micro', 'small', 'medium']);
    expect(normalized('145').sizes).toEqual(['small', 'medium']);
    expect(normalized('1579').sizes).toBe('all');
    expect(normalized('531').sizes).toEqual(['large']);
    const onlyUnclassified = snapshotRecords().find((r) => r.Dimensioni?.length === 1 && r.Dimensioni[0] === 'Non classificabile/classificato')!;
    expect(normalized(onlyUnclassified.ID_Incentivo).sizes).toBe('all');
  });

  it('maps Forma_agevolazione to plain kinds, each once (171, 3588, 1579, 2980)', () => {
    expect(normalized('171').kinds).toEqual(['equity', 'loan', 'grant']);
    expect(normalized('3588').kinds).toEqual(['guarantee', 'grant']);
    expect(normalized('1579').kinds).toEqual(['tax_credit']);
    expect(normalized('2980').kinds).toEqual(['grant']); // listed twice
  });

  it('maps Obiettivo_Finalita to our areas, finance always first (813, 3730)', () => {
    expect(normalized('3730').areas).toEqual(['finance']);
    expect(normalized('813').areas).toEqual(['finance', 'data_tools', 'ecommerce', 'automation_ai', 'people', 'innovation', 'market_research', 'marketing', 'strategy', 'green']);
  });

  it('gives every real record at least one kind and one area', () => {
    for (const record of snapshotRecords()) {
      const result = normalizeIncentiviRecord(record, options);
      if (!result.ok) continue;
      expect(result.call.kinds.length, record.ID_Incentivo).toBeGreaterThan(0);
    }
  });
});

describe('normalizeIncentiviRecord on broken records', () => {
  it('names the field of a date that is not one', () => {
    const record = { ...realRecord('3730'), Data_chiusura: '31/12/2025' };
    expect(normalizeIncentiviRecord(record, options)).toEqual({ ok: false, problems: [{ field: 'Data_chiusura', message: '"31/12/2025" is not a date (YYYY-MM-DDTHH:MM:SS)' }] });
  });

  it('refuses a closing before the opening', () => {
    const record = { ...realRecord('3730'), Data_chiusura: '2024-12-31T00:00:00' };
    const result = normalizeIncentiviRecord(record, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe('Data_chiusura');
  });

  it('refuses an amount that is not a number, and a minimum above the maximum', () => {
    const result = normalizeIncentiviRecord({ ...realRecord('3628'), Spesa_Ammessa_max: 'diecimila', Agevolazione_Concedibile_min: '20000' }, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['Spesa_Ammessa_max', 'Agevolazione_Concedibile_min']);
  });

  it('refuses a region it does not know and an ATECO list it cannot read', () => {
    const result = normalizeIncentiviRecord({ ...realRecord('3730'), Regioni: ['Padania'], Codici_ATECO: 'alberghi' }, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['Regioni', 'Codici_ATECO']);
  });
});
