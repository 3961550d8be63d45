import { describe, expect, it } from 'vitest';
import { realRecord, shippedComuneLookup, snapshotRecords } from '../../test/funding-snapshot.js';
import { normalizeIncentiviExport } from './normalize-export.js';

const comuni = shippedComuneLookup();

describe('normalizeIncentiviExport', () => {
  it('normalises the whole real snapshot', () => {
    const result = normalizeIncentiviExport(snapshotRecords(), { comuni });
    expect(result.ok && result.calls).toHaveLength(369);
  });

  it('refuses all for one record that cannot be read, naming its row and field', () => {
    const records = [realRecord('3730'), { ...realRecord('463'), Data_apertura: 'presto' }];
    expect(normalizeIncentiviExport(records, { comuni, rows: [2, 3] })).toEqual({
      ok: false,
      problems: [{ row: 3, id: '463', field: 'Data_apertura', message: '"presto" is not a date (YYYY-MM-DDTHH:MM:SS)' }],
    });
    const json = normalizeIncentiviExport(records, { comuni });
    expect(json.ok === false && json.problems[0]).toMatchObject({ record: 1, id: '463' });
  });
});
