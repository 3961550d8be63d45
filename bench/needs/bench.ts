// Needs extraction: time per statement, and quality next to a naive keyword matcher.
// Usage: npx tsx bench/needs/bench.ts [repetitions]   (see README.md)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AREAS, type TArea } from '../../src/domain/intake/areas.js';
import { evaluateNeeds, ZNeedsCaseFile, type TExtract, type TNeedsCase } from '../../src/domain/intake/evaluate.js';
import { extractNeeds } from '../../src/domain/intake/extract-needs.js';
import { LEXICON } from '../../src/domain/intake/lexicon.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const repetitions = Number(process.argv[2] ?? 20);

function load(file: string): TNeedsCase[] {
  if (!fs.existsSync(file)) return [];
  return ZNeedsCaseFile.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).cases;
}

const sets: Record<string, TNeedsCase[]> = {
  holdout: load(path.join(root, 'src/domain/intake/cases/holdout.json')),
  'holdout-2': load(path.join(root, 'src/domain/intake/cases/holdout-2.json')),
  'holdout-3': load(path.join(root, 'src/domain/intake/cases/holdout-3.json')),
  'holdout-4': load(path.join(root, 'src/domain/intake/cases/holdout-4.json')),
  'holdout-5': load(path.join(root, 'src/domain/intake/cases/holdout-5.json')),
  'holdout-6': load(path.join(root, 'src/domain/intake/cases/holdout-6.json')),
  dev: load(path.join(root, 'src/domain/intake/cases/dev.json')),
  public: load(path.resolve(root, '../shared/cases/ascolto-public.json')),
};
const texts = Object.values(sets).flatMap((cases) => cases.map((c) => c.text));

/**
 * The peer: what one writes first. The same vocabulary as ours, flattened to lower-case
 * strings (accents and apostrophes as typed in the lexicon), each counted for every area it
 * leans to (weight >= 0.5) when found as a substring. No stemming, no phrases-over-words,
 * no negation, no intensity; areas ranked by number of hits.
 */
const flat = new Map<TArea, string[]>(AREAS.map((a) => [a, []]));
for (const entry of LEXICON) {
  for (const [area, weight] of Object.entries(entry.weights) as [TArea, number][]) {
    if (weight >= 0.5) flat.get(area)!.push(entry.phrase.replace(/^=/, '').replace(/ =/g, ' ').toLowerCase());
  }
}
const naiveExtract: TExtract = (text) => {
  const lower = text.toLowerCase();
  const hits = AREAS.map((area) => ({ area, n: flat.get(area)!.filter((w) => lower.includes(w)).length }));
  return { areas: hits.filter((h) => h.n > 0).sort((a, b) => b.n - a.n || AREAS.indexOf(a.area) - AREAS.indexOf(b.area)) };
};

function time(fn: (text: string) => unknown, rounds: number): { all: number[]; first: number[] } {
  const first: number[] = [];
  const all: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) {
      const t0 = process.hrtime.bigint();
      fn(text);
      const us = Number(process.hrtime.bigint() - t0) / 1000;
      (r === 0 ? first : all).push(us);
    }
  }
  return { all, first };
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const fmt = (us: number) => `${us < 10 ? us.toFixed(1) : us.toFixed(0)} µs`;
const row = (name: string, v: number[]) => `| ${name} | ${v.length} | ${fmt(pct(v, 50))} | ${fmt(pct(v, 95))} | ${fmt(pct(v, 99))} | ${fmt(Math.max(...v))} |`;

// The first round runs with a cold stem cache and is reported apart; later rounds are warm.
const ours = time((t) => extractNeeds(t), repetitions + 1);
const peer = time(naiveExtract, repetitions + 1);

console.log(`Needs extraction benchmark — ${texts.length} statements × ${repetitions} (+1 cold round), Node ${process.version}, ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}`);
console.log('');
console.log('| implementation | calls | p50 | p95 | p99 | max |');
console.log('|---|---|---|---|---|---|');
console.log(row('extractNeeds, first round (cold stem cache)', ours.first));
console.log(row('extractNeeds, warm', ours.all));
console.log(row('peer: naive substring matcher', peer.all));
console.log('');
console.log('| set | n | ours top1 | ours top3 | peer top1 | peer top3 |');
console.log('|---|---|---|---|---|---|');
for (const [name, cases] of Object.entries(sets)) {
  if (cases.length === 0) continue;
  const a = evaluateNeeds(cases, extractNeeds);
  const b = evaluateNeeds(cases, naiveExtract);
  console.log(`| ${name} | ${a.n} | ${a.top1.toFixed(2)} | ${a.top3.toFixed(2)} | ${b.top1.toFixed(2)} | ${b.top3.toFixed(2)} |`);
}
