import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE, realRecord, shippedComuneLookup, toIncentiviCsv } from '../../test/funding-snapshot.js';
import { readCallsText } from './read-calls-text.js';

const comuni = shippedComuneLookup();

describe('readCallsText', () => {
  it('tells the three formats apart', () => {
    const json = readCallsText(fs.readFileSync(SNAPSHOT_FILE, 'utf8'), { comuni });
    expect(json.ok && [json.format, json.calls.length]).toEqual(['incentivi-json', 369]);
    const csv = readCallsText(toIncentiviCsv([realRecord('3730'), realRecord('463')], ','), { comuni });
    expect(csv.ok && [csv.format, csv.calls.map((c) => c.id)]).toEqual(['incentivi-csv', ['3730', '463']]);
    const own = readCallsText(JSON.stringify({ calls: [] }), { comuni });
    expect(own).toEqual({ ok: true, format: 'own-json', calls: [] });
  });

  it('names the row and the field of a broken CSV', () => {
    const csv = toIncentiviCsv([realRecord('3730'), { ...realRecord('463'), Data_chiusura: '31/12/2026' }]);
    expect(readCallsText(csv, { comuni })).toEqual({ ok: false, format: 'incentivi-csv', problems: ['row 3 (ID_Incentivo 463) field Data_chiusura: "31/12/2026" is not a date (YYYY-MM-DDTHH:MM:SS)'] });
  });

  it('names the call and the field of our own format, in the language asked', () => {
    const text = JSON.stringify({ calls: [{ id: 'x', title: 'X', regions: 'national', sizes: 'all', ateco: 'all', kinds: ['grant'], areas: [] }] });
    expect(readCallsText(text, { comuni })).toEqual({ ok: false, format: 'own-json', problems: ['calls.0.areas: Choose at least one need the call serves (for example finance or e-commerce).'] });
    expect(readCallsText(text, { comuni, locale: 'it' }).ok === false).toBe(true);
  });

  it('refuses broken JSON', () => {
    expect(readCallsText('{"calls": [', { comuni })).toMatchObject({ ok: false, format: null });
  });
});
