import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE, realRecord, snapshotRecords } from '../../test/funding-snapshot.js';
import { describeImportProblem } from './incentivi-record.js';
import { parseIncentiviJson } from './parse-incentivi-json.js';

const exportOf = (docs: unknown[]) => JSON.stringify({ response: { numFound: docs.length, docs } });

describe('parseIncentiviJson', () => {
  it('reads the real snapshot file', () => {
    const read = parseIncentiviJson(fs.readFileSync(SNAPSHOT_FILE, 'utf8'));
    expect(read.ok && read.records).toEqual(snapshotRecords());
  });

  it('refuses everything for one broken record, naming its index, id and field', () => {
    const broken = { ...realRecord('463'), Regioni: 'Friuli-Venezia Giulia' };
    const read = parseIncentiviJson(exportOf([realRecord('3730'), broken, realRecord('145')]));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([{ record: 1, id: '463', field: 'Regioni', message: expect.any(String) }]);
    expect(describeImportProblem(read.problems[0]!)).toMatch(/^record 1 \(ID_Incentivo 463\) field Regioni: /);
  });

  it('refuses a record without an id', () => {
    const { ID_Incentivo: _, ...withoutId } = realRecord('463');
    const read = parseIncentiviJson(exportOf([withoutId]));
    expect(read.ok === false && read.problems[0]).toMatchObject({ record: 0, field: 'ID_Incentivo' });
  });

  it('refuses text that is not JSON, or not the export', () => {
    expect(parseIncentiviJson('{"response":').ok).toBe(false);
    expect(parseIncentiviJson('{"docs":[]}')).toEqual({ ok: false, problems: [{ field: 'response.docs', message: 'not the portal’s export: expected {"response":{"docs":[…]}}' }] });
  });
});
