import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TDb } from '../../db/client.js';
import { istatCsvText } from '../../domain/geo/istat-csv.fixtures.js';
import { createTestDatabase, type TTestDatabase } from '../../test/db.js';
import { registerImportComuni } from './import-comuni.js';

let t: TTestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-comuni-'));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t.drop();
});
afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  const program = new Command().exitOverride();
  registerImportComuni(program, (fn: (db: TDb) => Promise<void>) => fn(t.db));
  await program.parseAsync(['node', 'affianco', 'import', 'comuni', ...args]);
  vi.restoreAllMocks();
  return { out: out.join(''), err: err.join(''), exitCode: process.exitCode };
}

describe('affianco import comuni', () => {
  it('fails clearly on a missing file', async () => {
    const r = await run(path.join(dir, 'nope.csv'));
    expect(r.exitCode).toBe(1);
    expect(r.err).toMatch(/Cannot read .*nope\.csv: no such file/);
  });

  it('fails clearly on a file that is not the ISTAT list, changing nothing', async () => {
    const file = path.join(dir, 'wrong.csv');
    fs.writeFileSync(file, 'a;b\n1;2\n');
    const r = await run(file);
    expect(r.exitCode).toBe(1);
    expect(r.err).toMatch(/Nothing was changed: .* has 1 problem\.\n  line 1: not an ISTAT list of comuni/);
  });

  it('prints what changed', async () => {
    const rows = (await t.db.query.comune.findMany({ where: (c, { eq }) => eq(c.isActive, true) })).map((c) => ({ istat: c.istat, name: c.name }));
    const edited = [...rows.filter((r) => r.istat !== '096034'), { istat: '098900', name: 'Borgo Nuovo Lodigianò' }];
    const file = path.join(dir, 'Elenco-comuni-italiani.csv');
    fs.writeFileSync(file, Buffer.from(istatCsvText(edited), 'latin1'));
    const r = await run(file);
    expect(r.exitCode).toBeUndefined();
    expect(r.out).toContain('added 1, renamed 0, removed 1, unchanged 7,895');
    expect(r.out).toContain('  + 098900 Borgo Nuovo Lodigianò (province 098');
    expect(r.out).toContain('  - 096034 Miagliano');
  });
});
