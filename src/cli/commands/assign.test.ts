import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAngels, generateBusinesses, loadComuni } from '../../../bench/matching/generate-angels.js';
import { feasiblePairs } from '../../domain/assignment/assign.js';
import { ROOT } from '../../test/processes.js';

const EXAMPLE = path.join(ROOT, 'docs/examples/assign-input.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'affianco-assign-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function assign(...args: string[]) {
  // `npx tsx src/cli/main.ts …` without npx's own start-up, as the other CLI tests run it.
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), 'assign', ...args], { cwd: ROOT, encoding: 'utf8' });
}

interface TOutput {
  assignments: { businessId: string; angelId: string; cost: number }[];
  unassigned: { businessId: string; reason: string }[];
  totalCost: number;
}

describe('affianco assign', () => {
  it('assigns the documented example and writes its feasible pairs', () => {
    const arcsFile = path.join(tmp, 'arcs.json');
    const run = assign('--input', EXAMPLE, '--arcs-out', arcsFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as TOutput;
    expect(Object.keys(out)).toEqual(['assignments', 'unassigned', 'totalCost']);
    expect(out.assignments.map((a) => [a.businessId, a.angelId])).toEqual([
      ['b-bar-milano', 'a-marco'],
      ['b-negozio-monza', 'a-giulia'],
      ['b-officina-bergamo', 'a-marco'],
      ['b-studio-torino', 'a-paola'],
    ]);
    expect(out.unassigned).toEqual([
      { businessId: 'b-hotel-bolzano', reason: 'nessun angelo con posto libero parla la sua lingua' },
      { businessId: 'b-forno-bari', reason: 'nessun angelo entro il raggio' },
    ]);
    expect(out.totalCost).toBeCloseTo(
      out.assignments.reduce((s, a) => s + a.cost, 0),
      12,
    );
    const { arcs } = JSON.parse(fs.readFileSync(arcsFile, 'utf8')) as { arcs: { businessId: string; angelId: string; cost: number }[] };
    expect(arcs).toHaveLength(8);
    expect(Object.keys(arcs[0]!)).toEqual(['businessId', 'angelId', 'cost']);
    // Every assignment is a feasible pair; its cost is the pair's plus the load of its place.
    for (const a of out.assignments) {
      const arc = arcs.find((x) => x.businessId === a.businessId && x.angelId === a.angelId);
      expect(arc).toBeDefined();
      expect(a.cost).toBeGreaterThan(arc!.cost);
    }
  });

  it('streams the arcs file byte for byte as the whole list written at once would be', () => {
    // Big enough for the file to go out in many chunks (over 64 K characters each), small enough for a test.
    const comuni = loadComuni();
    const angels = generateAngels(120, 11, comuni);
    const businesses = generateBusinesses(400, 12, comuni);
    const input = path.join(tmp, 'generated.json');
    fs.writeFileSync(input, JSON.stringify({ businesses, angels }));
    const arcsFile = path.join(tmp, 'generated-arcs.json');
    const run = assign('--input', input, '--arcs-out', arcsFile);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // What the command wrote before it streamed: every pair listed, then one JSON.stringify.
    const arcs = feasiblePairs(businesses, angels).map((a) => ({ businessId: businesses[a.businessIndex]!.id, angelId: angels[a.angelIndex]!.id, cost: a.cost }));
    const written = fs.readFileSync(arcsFile, 'utf8');
    expect(arcs.length).toBeGreaterThan(5000);
    expect(written.length).toBeGreaterThan(4 * 65536);
    expect(written).toBe(`${JSON.stringify({ arcs })}\n`);
  });

  it('says why it cannot write the arcs file, and prints nothing', () => {
    const run = assign('--input', EXAMPLE, '--arcs-out', path.join(tmp, 'no-such-folder', 'arcs.json'));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Cannot write');
    expect(run.stderr).toContain('no such file');
  });

  it('says the reasons in English on request', () => {
    const out = JSON.parse(assign('--input', EXAMPLE, '--lang', 'en').stdout) as TOutput;
    expect(out.unassigned.map((u) => u.reason)).toEqual(['no angel with a free place speaks their language', 'no angel within their travel radius']);
  });

  it('names the wrong field and exits 1', () => {
    const bad = path.join(tmp, 'bad.json');
    const input = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8')) as { angels: { capacity: unknown }[] };
    input.angels[1]!.capacity = 'tre';
    fs.writeFileSync(bad, JSON.stringify(input));
    const run = assign('--input', bad);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('angels.1.capacity');

    fs.writeFileSync(bad, JSON.stringify({ businesses: [] }));
    const missing = assign('--input', bad);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('angels');

    const none = assign('--input', path.join(tmp, 'nope.json'));
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('no such file');
  });
});
