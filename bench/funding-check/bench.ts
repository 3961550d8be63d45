// Funding check: 1,000 calls (the real 369 of the snapshot, replicated) against one business,
// in-process, beside a naive peer that re-normalises each raw record on every check.
// Usage: npx tsx bench/funding-check/bench.ts [runs]   (see README.md)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkEligibility } from '../../src/domain/funding/check-eligibility.js';
import type { TIncentiviRecord } from '../../src/domain/funding/incentivi-record.js';
import { normalizeIncentiviExport } from '../../src/domain/funding/normalize-export.js';
import { normalizeIncentiviRecord } from '../../src/domain/funding/normalize-incentivi.js';
import { parseIncentiviJson } from '../../src/domain/funding/parse-incentivi-json.js';
import type { TBusiness, TCall } from '../../src/domain/funding/types.js';
import { loadFundingGeography, toBusiness, ZFundingBusiness } from '../../src/services/funding/check-calls.js';
import { percentiles } from '../support/bench-database.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const runs = Number(process.argv[2] ?? 300);
const CALLS = 1000;
const WARM_UP = 30;
const TODAY = '2025-07-12';

const geography = await loadFundingGeography();
const parsed = parseIncentiviJson(fs.readFileSync(path.join(ROOT, 'resources/funding/incentivi-gov-it-2025-07-12.json'), 'utf8'));
if (!parsed.ok) throw new Error('the snapshot does not parse');
// New ids for the copies, as a bigger export would have.
const raw: TIncentiviRecord[] = Array.from({ length: CALLS }, (_, i) => {
  const record = parsed.records[i % parsed.records.length]!;
  return { ...record, ID_Incentivo: `${record.ID_Incentivo}-${Math.floor(i / parsed.records.length)}` };
});
const normalized = normalizeIncentiviExport(raw, { comuni: geography.comuni });
if (!normalized.ok) throw new Error('the snapshot does not normalise');
const calls: TCall[] = normalized.calls;

const input = ZFundingBusiness.parse(JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/examples/funding-business.json'), 'utf8')));
const made = toBusiness(input, geography.regionByProvince);
if (!made.ok) throw new Error(made.message);
const business: TBusiness = made.business;

/** Ours: calls normalised once (at import), each check reads the TCall. */
function checkOurs(): number {
  let eligible = 0;
  for (const call of calls) if (checkEligibility(business, call, TODAY, 'it').verdict === 'eligible') eligible++;
  return eligible;
}

/** The peer: what one writes first, keeping only the raw records and normalising on every check. */
function checkNaive(): number {
  let eligible = 0;
  for (const record of raw) {
    const result = normalizeIncentiviRecord(record, { comuni: geography.comuni });
    if (result.ok && checkEligibility(business, result.call, TODAY, 'it').verdict === 'eligible') eligible++;
  }
  return eligible;
}

function measure(fn: () => number): { samples: number[]; eligible: number } {
  let eligible = 0;
  for (let i = 0; i < WARM_UP; i++) eligible = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    eligible = fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { samples, eligible };
}

const ours = measure(checkOurs);
const naive = measure(checkNaive);
if (ours.eligible !== naive.eligible) throw new Error(`the two disagree: ${ours.eligible} vs ${naive.eligible} eligible`);

console.log(`Funding check benchmark — ${CALLS} calls (the snapshot's ${parsed.records.length} replicated) × 1 business, ${runs} runs after ${WARM_UP} warm-up, Node ${process.version}, ${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}`);
console.log(`Business: docs/examples/funding-business.json, on ${TODAY}; ${ours.eligible} of ${CALLS} eligible.`);
console.log('');
console.log('| implementation | p50 | p95 | max | target |');
console.log('|---|---|---|---|---|');
for (const [name, result] of [
  ['checkEligibility on normalised calls', ours],
  ['naive: normalise each raw record, then check', naive],
] as const) {
  const p = percentiles(result.samples);
  console.log(`| ${name} | ${p.p50} ms | ${p.p95} ms | ${p.max} ms | < 5 ms |`);
}
