import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../test/processes.js';

describe('affianco templates build', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-templates-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes every template into a new folder and prints name, kind and bytes of each', () => {
    const out = path.join(dir, 'modelli');
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'templates', 'build', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(6);
    for (const line of lines) {
      const [name, kind, bytes] = line.split('\t');
      expect(name).toMatch(/^[a-z0-9-]+\.(xlsx|pdf)$/);
      expect(kind).toBe(path.extname(name!).slice(1));
      expect(fs.statSync(path.join(out, name!)).size).toBe(Number(bytes));
    }
    expect(lines.map((l) => l.split('\t')[0])).toContain('quanto-mi-costa-davvero.xlsx');
    expect(fs.readdirSync(out).sort()).toEqual(lines.map((l) => l.split('\t')[0]).sort());
  });
});
