import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../test/processes.js';

interface TRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `affianco needs ...` as a user would, feeding `input` on stdin (runToEnd has no stdin). */
function runNeeds(args: string[], input = ''): Promise<TRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/affianco.mjs'), 'needs', ...args], {
      cwd: ROOT,
      // No database is needed: a bogus URL proves the command never opens one.
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-needs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeTmp(name: string, content: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('affianco needs', () => {
  it('prints the needs profile of the text on stdin as JSON', async () => {
    const run = await runNeeds([], 'Non ho problemi di soldi, ma nessuno mi trova su internet.\n');
    expect(run.code).toBe(0);
    const profile = JSON.parse(run.stdout) as { areas: { area: string; score: number; evidence: string[] }[] };
    expect(profile.areas[0]).toMatchObject({ area: 'communication' });
    expect(profile.areas[0]!.evidence).toContain('mi trova');
    expect(profile.areas.map((a) => a.area)).not.toContain('finance');
  });

  it('refuses an empty stdin with a hint', async () => {
    const run = await runNeeds([], '  \n');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No text on stdin/);
  });

  it('measures a case file: misses on stderr, figures as the last stdout line', async () => {
    const file = writeTmp(
      'cases.json',
      JSON.stringify({
        about: 'test',
        cases: [
          { text: 'Le banche non mi danno più credito e a fine mese non pago i fornitori.', gold: ['finance'] },
          { text: 'Ho tre recensioni negative su Google.', gold: ['communication'] },
          { text: 'Le bollette della luce sono raddoppiate.', gold: ['people'] },
        ],
      }),
    );
    const run = await runNeeds(['--eval', file]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[lines.length - 1]).toBe('top1 0.67 top3 0.67 n 3');
    expect(run.stderr).toMatch(/miss top1\+top3: gold people got .*: Le bollette/);
  });

  it('fails clearly on a missing file, bad JSON and a wrong shape', async () => {
    const missing = await runNeeds(['--eval', path.join(tmp, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Cannot read .*nope\.json: no such file/);

    const bad = await runNeeds(['--eval', writeTmp('bad.json', '{"cases": [')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not valid JSON/);

    const shape = await runNeeds(['--eval', writeTmp('shape.json', JSON.stringify({ cases: [{ text: 'x', gold: ['finanza'] }] }))]);
    expect(shape.code).toBe(1);
    expect(shape.stderr).toMatch(/is not a case file[\s\S]*cases\.0\.gold\.0/);
  });
});
