import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { realRecord, SNAPSHOT_FILE, snapshotRecords, toIncentiviCsv } from '../../test/funding-snapshot.js';
import { ROOT } from '../../test/processes.js';

const BUSINESS = path.join(ROOT, 'docs/examples/funding-business.json');
const CALLS = path.join(ROOT, 'docs/examples/funding-calls.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-funding-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function fundingCheck(...args: string[]) {
  // `npx tsx src/cli/main.ts …` without npx's own start-up: the same tsx loader, as the other CLI tests run it.
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'funding', 'check', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function writeTmp(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

interface TOutput {
  results: { callId: string; title: string; verdict: string; reasons: { code: string; ok: boolean | null; text: string }[] }[];
}

describe('affianco funding check', () => {
  it('runs the documented examples', () => {
    const run = fundingCheck('--business', BUSINESS, '--calls', CALLS, '--on', '2025-07-12');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as TOutput;
    expect(output.results.map((r) => [r.callId, r.verdict])).toEqual([
      ['incentivi-148', 'eligible'],
      ['incentivi-966', 'eligible'],
      ['incentivi-52', 'to_verify'],
      ['incentivi-3730', 'not_eligible'],
    ]);
    expect(output.results[0]).toEqual({
      callId: 'incentivi-148',
      title: 'Fondo di Garanzia per le Piccole e Medie Imprese',
      verdict: 'eligible',
      reasons: [
        { code: 'dates.open', ok: true, text: 'È aperto fino al 31 dicembre 2026.' },
        { code: 'territory.national', ok: true, text: 'Vale in tutta Italia.' },
        { code: 'size.ok', ok: true, text: 'Sei una micro impresa: va bene.' },
        { code: 'ateco.all', ok: true, text: 'Va bene per tutti i settori.' },
        {
          code: 'prose.to_verify',
          ok: null,
          text: 'Da verificare sul bando: anni di attività, forma giuridica, quota delle spese coperta, documenti da presentare e regime de minimis. Leggilo qui: https://www.mimit.gov.it/index.php/it/incentivi/fondo-di-garanzia-per-le-pmi',
        },
      ],
    });
    expect(output.results[3]!.reasons.filter((r) => r.ok === false).map((r) => r.text)).toEqual([
      "È solo per imprese dell'Abruzzo.",
      'Il tuo settore (56.10.11) non è tra quelli ammessi.',
    ]);
    // The business is checked on the day asked: after 31 December 2025 the Abruzzo call is closed too.
    const later = JSON.parse(fundingCheck('--business', BUSINESS, '--calls', CALLS, '--on', '2026-01-01').stdout) as TOutput;
    expect(later.results[3]!.reasons[0]).toEqual({ code: 'dates.closed', ok: false, text: 'Chiude il 31 dicembre 2025: è già chiuso.' });
  });

  it('checks the real snapshot, all 369 calls in the file’s order', () => {
    const run = fundingCheck('--business', BUSINESS, '--calls', SNAPSHOT_FILE, '--on', '2025-07-12');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as TOutput;
    expect(output.results.map((r) => r.callId)).toEqual(snapshotRecords().map((r) => r.ID_Incentivo));
    const counts = Object.fromEntries(['eligible', 'to_verify', 'not_eligible'].map((v) => [v, output.results.filter((r) => r.verdict === v).length]));
    expect(counts.eligible).toBeGreaterThan(10);
    expect(counts.to_verify).toBeGreaterThan(10);
    expect(counts.not_eligible).toBeGreaterThan(200);
    expect(output.results.find((r) => r.callId === '1579')?.verdict).toBe('eligible');
    expect(output.results.find((r) => r.callId === '3730')?.verdict).toBe('not_eligible');
    // Every reason is said in words, and every call ends with the reminder of what only the bando says.
    expect(output.results.every((r) => r.reasons.every((x) => x.text.length > 10) && r.reasons.at(-1)?.code === 'prose.to_verify')).toBe(true);

    // The same records as the portal's CSV give the same answers.
    const csv = writeTmp('snapshot.csv', toIncentiviCsv(snapshotRecords(), ';'));
    expect(JSON.parse(fundingCheck('--business', BUSINESS, '--calls', csv, '--on', '2025-07-12').stdout)).toEqual(output);
  });

  it('refuses a calls file with a bad call, naming the call and the field', () => {
    const calls = JSON.parse(fs.readFileSync(CALLS, 'utf8')) as { calls: Record<string, unknown>[] };
    calls.calls[2]!.closesOn = '2020-01-01';
    calls.calls[3]!.ateco = ['45.11'];
    const run = fundingCheck('--business', BUSINESS, '--calls', writeTmp('bad-calls.json', JSON.stringify(calls)));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('calls.2.closesOn: The closing date comes before the opening date.');
    expect(run.stderr).toContain('calls.3.ateco.0: The ATECO code 45.11 does not exist (ATECO 2025 divisions).');
  });

  it('refuses a CSV export with a broken row, naming the row and the field', () => {
    const csv = toIncentiviCsv([realRecord('3730'), { ...realRecord('463'), Spesa_Ammessa_max: 'tanti' }]);
    const run = fundingCheck('--business', BUSINESS, '--calls', writeTmp('broken.csv', csv));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('row 3 (ID_Incentivo 463) field Spesa_Ammessa_max: "tanti" is not an amount in euro');
  });

  it('refuses a JSON export with a broken record, naming its index and id', () => {
    const broken = JSON.stringify({ response: { docs: [realRecord('3730'), { ...realRecord('463'), Regioni: ['Atlantide'] }] } });
    const run = fundingCheck('--business', BUSINESS, '--calls', writeTmp('broken.json', broken));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('record 1 (ID_Incentivo 463) field Regioni: "Atlantide" is not an Italian region');
  });

  it('refuses a wrong business file, a missing file and a wrong day', () => {
    const business = fundingCheck('--business', writeTmp('business.json', '{"comuneIstat":"Udine"}'), '--calls', CALLS);
    expect(business.status).toBe(1);
    expect(business.stderr).toContain('comuneIstat: six digits');
    expect(fundingCheck('--business', BUSINESS, '--calls', path.join(tmp, 'none.json')).stderr).toContain('no such file');
    expect(fundingCheck('--business', BUSINESS, '--calls', CALLS, '--on', '2025-02-30').stderr).toContain('--on must be a day as YYYY-MM-DD');
  });
});
