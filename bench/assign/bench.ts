/**
 * "Assegna tutte" on a seeded random instance: our exact min-cost max-flow beside a greedy peer
 * (each request in turn to its cheapest free angel) and HiGHS on the same instance, in the same
 * run (bench/assign/README.md).
 *
 *   npx tsx bench/assign/bench.ts [businesses] [angels] [seed]     # default 20000 5000 2026
 *   HIGHS=0 npx tsx bench/assign/bench.ts 2000 500                  # without HiGHS
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assignmentNetwork, assignWithStats } from '../../src/domain/assignment/assign.js';
import { slotLoadCost } from '../../src/domain/assignment/cost.js';
import { angelTable, forEachFeasiblePair } from '../../src/domain/assignment/pairs.js';
import type { TMatchAngel, TMatchBusiness } from '../../src/domain/matching/types.js';
import { generateAngels, generateBusinesses, loadComuni } from '../matching/generate-angels.js';

const [nb = 20_000, na = 5_000, seed = 2026] = process.argv.slice(2).map(Number);
const HIGHS_TIMEOUT_MS = Number(process.env.HIGHS_TIMEOUT_S ?? 300) * 1000;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
/** The 1-minute load average now: the machine is shared, so every figure says what it ran beside. */
const load = () => `load ${os.loadavg()[0]!.toFixed(1)}`;
const cpuS = (usage: NodeJS.CpuUsage) => `${((usage.user + usage.system) / 1e6).toFixed(2)} s CPU`;

/** Each business in input order takes its cheapest angel with a place left (pair + that place's load). */
function greedy(businesses: readonly TMatchBusiness[], angels: readonly TMatchAngel[]): { served: number; cost: number; pairs: number } {
  const table = angelTable(angels);
  const taken = new Int32Array(angels.length);
  let served = 0;
  let cost = 0;
  let pairs = 0;
  let current = -1;
  let best = -1;
  let bestCost = Infinity;
  const close = () => {
    if (best < 0) return;
    taken[best]!++;
    served++;
    cost += bestCost;
  };
  forEachFeasiblePair(
    businesses,
    angels,
    (i, pair) => {
      pairs++;
      if (i !== current) {
        close();
        current = i;
        best = -1;
        bestCost = Infinity;
      }
      const j = pair.angelIndex;
      if (taken[j]! >= table.free[j]!) return;
      const c = pair.cost + slotLoadCost(angels[j]!, taken[j]! + 1);
      if (c < bestCost) {
        bestCost = c;
        best = j;
      }
    },
    table,
  );
  close();
  return { served, cost, pairs };
}

/** The flow network as an LP in CPLEX LP format: x per arc, conservation per node, `served` either maximised or fixed. */
function networkLp(served: number | null): { file: string; vars: number; bytes: number } {
  const { nodeCount, arcs, scale } = assignmentNetwork(businesses, angels);
  const file = path.join(os.tmpdir(), `assign-${nb}x${na}-${served === null ? 'max' : 'fixed'}.lp`);
  const fd = fs.openSync(file, 'w');
  let buf: string[] = [];
  const out = (line: string) => {
    buf.push(line);
    if (buf.length >= 10_000) {
      fs.writeSync(fd, `${buf.join('\n')}\n`);
      buf = [];
    }
  };
  const rows: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let k = 0; k < arcs.length; k++) {
    rows[arcs.tail[k]!]!.push(-(k + 1));
    rows[arcs.head[k]!]!.push(k + 1);
  }
  const term = (signed: number) => `${signed < 0 ? '-' : '+'} x${Math.abs(signed) - 1}`;
  if (served === null) {
    out('Maximize');
    out(' obj:');
    for (const k of rows[1]!) out(` ${term(k)}`);
  } else {
    out('Minimize');
    out(' obj:');
    for (let k = 0; k < arcs.length; k++) if (arcs.cost[k]! > 0) out(` + ${(arcs.cost[k]! / scale).toFixed(9)} x${k}`);
  }
  out('Subject To');
  for (let v = 2; v < nodeCount; v++) {
    if (rows[v]!.length === 0) continue;
    out(` n${v}:`);
    for (const k of rows[v]!) out(` ${term(k)}`);
    out(' = 0');
  }
  if (served !== null) {
    out(' served:');
    for (const k of rows[1]!) out(` ${term(k)}`);
    out(` = ${served}`);
  }
  out('Bounds');
  for (let k = 0; k < arcs.length; k++) out(` 0 <= x${k} <= ${arcs.cap[k]}`);
  out('End');
  fs.writeSync(fd, `${buf.join('\n')}\n`);
  fs.closeSync(fd);
  return { file, vars: arcs.length, bytes: fs.statSync(file).size };
}

/** HiGHS in a child process (its own heap; an out-of-memory abort is reported, not fatal), killed at the time cap. */
function runHighs(file: string): string {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'highs-run.ts'), file], {
    encoding: 'utf8',
    timeout: HIGHS_TIMEOUT_MS,
    killSignal: 'SIGKILL',
    maxBuffer: 1 << 26,
  });
  const wall = ms(start);
  if (run.error) return `stopped after ${(wall / 1000).toFixed(1)} s (${run.error.message}), ${load()}`;
  const line = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    const why = (run.stderr ?? '').split('\n').filter((l) => /memory|abort|Error|RuntimeError/i.test(l)).slice(0, 2).join(' | ');
    return `failed after ${(wall / 1000).toFixed(1)} s (exit ${run.status}${run.signal ? `, ${run.signal}` : ''}: ${why || 'no message'})`;
  }
  const r = JSON.parse(line) as { status: string; objective?: number; ms: number; cpuMs: number; error?: string; maxRssKb: number };
  return `${r.status}${r.objective !== undefined ? `, objective ${r.objective.toFixed(6)}` : ''}${r.error ? ` (${r.error})` : ''}, solve ${(r.ms / 1000).toFixed(1)} s wall, ${(r.cpuMs / 1000).toFixed(1)} s CPU, process ${(wall / 1000).toFixed(1)} s, peak rss ${mb(r.maxRssKb * 1024)}, ${load()}`;
}

const comuni = loadComuni();
const angels = generateAngels(na, seed, comuni);
const businesses = generateBusinesses(nb, seed + 1, comuni);
console.log(`instance: ${nb} requests × ${na} angels (seed ${seed}); node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

let t = process.hrtime.bigint();
const loadBefore = load();
const cpu0 = process.cpuUsage();
const { detail: ours, stats } = assignWithStats(businesses, angels);
const oursMs = ms(t);
const cpu = process.cpuUsage(cpu0);
const usage = process.resourceUsage();
console.log(
  `ours (exact: hubs + max flow + cost scaling, everything included): ${(oursMs / 1000).toFixed(2)} s wall, ${cpuS(cpu)} (${loadBefore} before, ${load()} after); max flow ${stats.maxFlowMs.toFixed(0)} ms, cost scaling ${stats.scalingMs.toFixed(0)} ms wall (${stats.phases} phases, ${stats.relabels.toLocaleString('en')} relabels, ${stats.pushes.toLocaleString('en')} pushes, ${stats.updates} price updates), network ${stats.nodes.toLocaleString('en')} nodes ${stats.arcs.toLocaleString('en')} arcs; peak rss ${mb(usage.maxRSS * 1024)}, heap used ${mb(process.memoryUsage().heapUsed)}`,
);
console.log(`  served ${ours.assignments.length}, unassigned ${ours.unassigned.length}, total cost ${ours.totalCost.toFixed(6)}`);

t = process.hrtime.bigint();
const greedyCpu0 = process.cpuUsage();
const g = greedy(businesses, angels);
const greedyMs = ms(t);
const greedyCpu = process.cpuUsage(greedyCpu0);
const gap = ((g.cost - ours.totalCost) / ours.totalCost) * 100;
console.log(`feasible pairs: ${g.pairs.toLocaleString('en')}`);
console.log(`greedy peer (pairs enumerated inside): ${(greedyMs / 1000).toFixed(2)} s wall, ${cpuS(greedyCpu)}, ${load()}; served ${g.served} (${g.served - ours.assignments.length} vs ours), cost ${g.cost.toFixed(6)} (${gap >= 0 ? '+' : ''}${gap.toFixed(1)}%)`);

if (process.env.HIGHS !== '0') {
  // The direct LP (one variable per feasible pair) cannot even be handed over: HiGHS's JS API
  // takes the LP as one string, and V8 strings stop at 2^29 − 24 characters.
  const directChars = g.pairs * 40;
  console.log(`HiGHS, one variable per pair: ${g.pairs.toLocaleString('en')} variables, ≈ ${mb(directChars)} of LP text${directChars > 2 ** 29 ? ' — over the 512 MB string limit of V8, not runnable' : ''}`);
  const max = networkLp(null);
  console.log(`HiGHS on our network (same optimum; ${max.vars.toLocaleString('en')} variables, LP ${mb(max.bytes)}), step 1, maximum flow: ${runHighs(max.file)}`);
  const fixed = networkLp(ours.assignments.length);
  const res = runHighs(fixed.file);
  const obj = /objective ([\d.]+)/.exec(res)?.[1];
  const rel = obj ? ` (relative difference from ours ${(Math.abs(Number(obj) - ours.totalCost) / ours.totalCost).toExponential(1)})` : '';
  console.log(`HiGHS on our network, flow value fixed to ${ours.assignments.length}, least cost: ${res}${rel}`);
  fs.rmSync(max.file, { force: true });
  fs.rmSync(fixed.file, { force: true });
}
