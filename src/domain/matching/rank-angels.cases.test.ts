import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMatchingIndex } from './matching-index.js';
import { rankAngels } from './rank-angels.js';
import { ZMatchCases, type TMatchCase } from './types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const publicFile = path.resolve(repoRoot, '../shared/cases/matching-public.json');
const ownFile = path.join(here, 'cases/own.json');

function load(file: string): TMatchCase[] {
  return ZMatchCases.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).cases;
}

function check(c: TMatchCase) {
  const ranked = rankAngels(c.business, c.angels);
  const ids = ranked.map((m) => m.angelId);
  const { expect: want = {} } = c;
  if (want.top !== undefined) expect(ids[0], `top of ${ids.join(',')}`).toBe(want.top);
  if (want.topIn !== undefined) expect(want.topIn, `top of ${ids.join(',')}`).toContain(ids[0]);
  for (const id of want.excluded ?? []) expect(ids).not.toContain(id);
  if (want.count !== undefined) expect(ids.length).toBeLessThanOrEqual(want.count);
  // Every proposal explains itself, and the index agrees with the plain ranking.
  for (const m of ranked) expect(m.reasons.length).toBeGreaterThan(0);
  expect(buildMatchingIndex(c.angels).topFor(c.business)).toEqual(ranked);
}

describe.skipIf(!fs.existsSync(publicFile))('matching: shared public cases', () => {
  const cases = fs.existsSync(publicFile) ? load(publicFile) : [];
  it.each(cases.map((c) => [c.name ?? c.business.id, c] as const))('%s', (_name, c) => check(c));
});
if (!fs.existsSync(publicFile)) console.warn(`matching: ${publicFile} is absent; the shared public cases are skipped.`);

describe('matching: own cases (src/domain/matching/cases/own.json)', () => {
  const cases = load(ownFile);
  it('covers at least 15 cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
  it.each(cases.map((c) => [c.name ?? c.business.id, c] as const))('%s', (_name, c) => {
    check(c);
    // Our own cases state exactly how many qualify.
    if (c.expect?.count !== undefined) expect(rankAngels(c.business, c.angels)).toHaveLength(c.expect.count);
  });
});
