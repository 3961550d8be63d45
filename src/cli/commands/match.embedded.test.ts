import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT, runToEnd } from '../../test/processes.js';

// No database is needed: a bogus URL proves the command never opens one.
const ENV = { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-match-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTmp(name: string, content: unknown): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const business = { id: 'b-bari-bar', location: { lat: 41.1171, lon: 16.8719 }, ateco: '56', needs: { communication: 1 }, mode: 'in_person', language: 'it' };
const angel = (id: string, activeCases: number) => ({
  id,
  location: { lat: 41.1171, lon: 16.8719 },
  radiusKm: 30,
  skills: ['communication'],
  sectors: ['56'],
  modes: ['in_person'],
  languages: ['it'],
  capacity: 5,
  activeCases,
  available: true,
});

interface TOut {
  matches: { angelId: string; score: number; reasons: string[] }[];
}

// Each run starts Node and tsx (~1 s): more than the default 5 s for the multi-run tests.
vi.setConfig({ testTimeout: 30_000 });

describe('affianco match', () => {
  it('ranks one case and prints {"matches": [...]} with reasons in Italian', async () => {
    const file = writeTmp('one.json', { business, angels: [angel('a-busy', 4), angel('a-light', 1), angel('a-full', 5)] });
    const run = await runToEnd('bin/affianco.mjs', ['match', '--input', file], ENV);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.output) as TOut;
    expect(out.matches.map((m) => m.angelId)).toEqual(['a-light', 'a-busy']);
    expect(Object.keys(out.matches[0]!)).toEqual(['angelId', 'score', 'reasons']);
    expect(out.matches[0]!.reasons).toContain('Conosce il tuo settore: Bar e ristoranti');
  });

  it('ranks a file of cases in order, in English, within the limit', async () => {
    const file = writeTmp('many.json', {
      cases: [
        { name: 'x', business, angels: [angel('a1', 0), angel('a2', 1), angel('a3', 2)], expect: { top: 'a1' } },
        { business: { ...business, language: 'de' }, angels: [angel('a1', 0)] },
      ],
    });
    const run = await runToEnd('bin/affianco.mjs', ['match', '--input', file, '--limit', '2', '--lang', 'en'], ENV);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.output) as TOut[];
    expect(out).toHaveLength(2);
    expect(out[0]!.matches.map((m) => m.angelId)).toEqual(['a1', 'a2']);
    expect(out[0]!.matches[0]!.reasons).toContain('Knows your sector: Bars and restaurants');
    expect(out[1]).toEqual({ matches: [] });
  });

  it('reads the shared public cases', async () => {
    const shared = path.resolve(ROOT, '../shared/cases/matching-public.json');
    if (!fs.existsSync(shared)) return console.warn(`${shared} is absent: skipped.`);
    const run = await runToEnd('bin/affianco.mjs', ['match', '--input', shared], ENV);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.output) as TOut[])[0]!.matches[0]!.angelId).toBe('a-milano-mkt');
  });

  it('fails clearly on a missing file, bad JSON, a wrong shape and bad options', async () => {
    const missing = await runToEnd('bin/affianco.mjs', ['match', '--input', path.join(tmp, 'nope.json')], ENV);
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/Cannot read .*nope\.json: no such file/);

    const bad = await runToEnd('bin/affianco.mjs', ['match', '--input', writeTmp('bad.json', '{"cases": [')], ENV);
    expect(bad.code).toBe(1);
    expect(bad.output).toMatch(/is not valid JSON/);

    const wrong = { cases: [{ business, angels: [{ ...angel('a1', 0), radiusKm: 'far' }] }] };
    const shape = await runToEnd('bin/affianco.mjs', ['match', '--input', writeTmp('shape.json', wrong)], ENV);
    expect(shape.code).toBe(1);
    expect(shape.output).toMatch(/is not a matching file[\s\S]*cases\.0\.angels\.0\.radiusKm/);

    const area = await runToEnd('bin/affianco.mjs', ['match', '--input', writeTmp('area.json', { business: { ...business, needs: { social: 1 } }, angels: [] })], ENV);
    expect(area.code).toBe(1);
    expect(area.output).toMatch(/business\.needs\.social: not an area of need/);

    const limit = await runToEnd('bin/affianco.mjs', ['match', '--input', writeTmp('ok.json', { business, angels: [] }), '--limit', 'many'], ENV);
    expect(limit.code).toBe(1);
    expect(limit.output).toMatch(/--limit must be a whole number/);
  });
});
