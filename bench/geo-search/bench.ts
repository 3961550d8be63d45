/**
 * Comune prefix search: the sorted-key index against linear scans, on the shipped list.
 *
 *   npx tsx bench/geo-search/bench.ts [queries]
 */
import fs from 'node:fs';
import os from 'node:os';
import { buildComuneIndex } from '../../src/domain/geo/comune-index.js';
import { normalizeName } from '../../src/domain/geo/normalize.js';

const QUERIES = Number(process.argv[2] ?? 20_000);
const LIMIT = 10;

const comuni = JSON.parse(fs.readFileSync(new URL('../../resources/geo/comuni.json', import.meta.url), 'utf8')) as {
  istat: string;
  name: string;
}[];

/** Seeded so every run asks the same questions. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What people type: 1–8 characters of a real name, as written or lower case without accents. */
function makeQueries(n: number): string[] {
  const random = mulberry32(2026);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = comuni[Math.floor(random() * comuni.length)]!.name;
    const prefix = name.slice(0, 1 + Math.floor(random() * 8));
    out.push(random() < 0.5 ? prefix : prefix.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());
  }
  return out;
}

function percentiles(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
  return { p50: at(50), p95: at(95), p99: at(99), max: s[s.length - 1]! };
}

function measure(label: string, queries: string[], search: (q: string) => unknown[]) {
  for (const q of queries.slice(0, Math.min(2000, queries.length))) search(q); // warm-up for the JIT
  const samples: number[] = [];
  let found = 0;
  for (const q of queries) {
    const start = process.hrtime.bigint();
    found += search(q).length;
    samples.push(Number(process.hrtime.bigint() - start) / 1000);
  }
  const p = percentiles(samples);
  const fmt = (x: number) => x.toFixed(1).padStart(8);
  console.log(`${label.padEnd(44)} n=${String(queries.length).padStart(6)} p50${fmt(p.p50)} µs  p95${fmt(p.p95)} µs  p99${fmt(p.p99)} µs  max${fmt(p.max)} µs  (avg ${(found / queries.length).toFixed(1)} results)`);
  return p;
}

const queries = makeQueries(QUERIES);

const builtAt = process.hrtime.bigint();
const index = buildComuneIndex(comuni);
const buildMs = Number(process.hrtime.bigint() - builtAt) / 1e6;

const normalized = comuni.map((c) => normalizeName(c.name));
/** The obvious implementation: names normalized once, every query scans them all. */
function linearScan(q: string) {
  const key = normalizeName(q);
  const hits: number[] = [];
  for (let i = 0; i < normalized.length; i++) if (normalized[i]!.startsWith(key)) hits.push(i);
  hits.sort((a, b) => normalized[a]!.length - normalized[b]!.length || (normalized[a]! < normalized[b]! ? -1 : 1));
  return hits.slice(0, LIMIT).map((i) => comuni[i]!);
}
/** Worse still: normalizing every name on every query. */
function linearScanNormalizing(q: string) {
  const key = normalizeName(q);
  const hits = comuni.filter((c) => normalizeName(c.name).startsWith(key));
  hits.sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
  return hits.slice(0, LIMIT);
}

console.log(`${comuni.length} comuni, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}`);
console.log(`index built in ${buildMs.toFixed(1)} ms`);
measure('sorted index (prefix of name or any word)', queries, (q) => index.search(q, LIMIT));
measure('peer: linear scan, normalize+startsWith', queries, linearScan);
measure('peer: linear scan, normalizing each name', queries.slice(0, 2000), linearScanNormalizing);
