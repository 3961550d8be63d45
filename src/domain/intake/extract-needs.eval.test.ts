import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateNeeds, ZNeedsCaseFile, type TNeedsCase } from './evaluate.js';
import { extractNeeds } from './extract-needs.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const publicFile = path.resolve(repoRoot, '../shared/cases/ascolto-public.json');

function loadCases(file: string): TNeedsCase[] {
  return ZNeedsCaseFile.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).cases;
}

function measure(file: string) {
  const result = evaluateNeeds(loadCases(file), extractNeeds);
  console.log(`${path.basename(file)}: top1 ${result.top1.toFixed(2)} top3 ${result.top3.toFixed(2)} n ${result.n}`);
  return result;
}

describe('needs extraction quality', () => {
  it('meets the bar on the holdout set (written before tuning)', () => {
    const result = measure(path.join(here, 'cases/holdout.json'));
    expect(result.n).toBeGreaterThanOrEqual(80);
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
  });

  it('does not fall on the second holdout set (written after the first was measured)', () => {
    const result = measure(path.join(here, 'cases/holdout-2.json'));
    expect(result.n).toBeGreaterThanOrEqual(60);
    // Measured once at the end of the first round: top1 0.65, top3 0.65; after the second
    // round 0.80 / 0.77, but its misses had been read by then (docs/needs-extraction.md).
    // The floor only guards against regressions, 0.05 under the latest figure.
    expect(result.top3).toBeGreaterThanOrEqual(0.72);
    expect(result.top1).toBeGreaterThanOrEqual(0.75);
  });

  it('does not fall on the third holdout set (written before the second round, contaminated)', () => {
    const result = measure(path.join(here, 'cases/holdout-3.json'));
    expect(result.n).toBeGreaterThanOrEqual(100);
    // Measured once: top1 0.97, top3 0.96, but its author had lifted its phrases into the
    // lexicon from memory; after removing them, 0.93 / 0.90. Optimistic, see the doc.
    expect(result.top3).toBeGreaterThanOrEqual(0.85);
    expect(result.top1).toBeGreaterThanOrEqual(0.88);
  });

  it('does not fall on the fourth holdout set (the clean figure of the second round)', () => {
    const result = measure(path.join(here, 'cases/holdout-4.json'));
    expect(result.n).toBeGreaterThanOrEqual(80);
    // Measured once at the end of round two, nothing changed after: top1 0.75, top3 0.80; at
    // the end of round three (intent weighting, idioms) 0.79 / 0.85, its misses unread before.
    // At the end of round four (senses, objects of a wish) 0.81 / 0.88, not run during the round.
    // Below the product's bar (0.85 / 0.90): the floor guards regressions, it does not claim it.
    expect(result.top3).toBeGreaterThanOrEqual(0.825);
    expect(result.top1).toBeGreaterThanOrEqual(0.76);
  });

  it('does not fall on the fifth holdout set (the clean figure of the third round)', () => {
    const result = measure(path.join(here, 'cases/holdout-5.json'));
    expect(result.n).toBeGreaterThanOrEqual(120);
    // Written first in round three, before reading the lexicon or the other case files, and
    // measured once at the very end, nothing changed after: top1 0.775, top3 0.85 (the
    // extractor before the round: 0.73 / 0.84). At the end of round four 0.84 / 0.875, but its
    // misses had been named in that round's brief. Floors 0.05 under; the bar is not met.
    expect(result.top3).toBeGreaterThanOrEqual(0.825);
    expect(result.top1).toBeGreaterThanOrEqual(0.79);
  });

  it('does not fall on the sixth holdout set (the clean figure of the fourth round)', () => {
    const result = measure(path.join(here, 'cases/holdout-6.json'));
    expect(result.n).toBeGreaterThanOrEqual(120);
    // Written first in round four (word senses, objects of a wish), before opening the lexicon,
    // the code or any other case file, and measured once at the very end, nothing changed
    // after: top1 0.79, top3 0.88 (the extractor before the round: 0.725 / 0.84). Floors 0.05
    // under; the product's bar (0.85 / 0.90) is not met.
    expect(result.top3).toBeGreaterThanOrEqual(0.83);
    expect(result.top1).toBeGreaterThanOrEqual(0.74);
  });

  it('keeps the development set high', () => {
    const result = measure(path.join(here, 'cases/dev.json'));
    expect(result.n).toBeGreaterThanOrEqual(70);
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.top1).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!fs.existsSync(publicFile))('meets the bar on the shared public set', () => {
    const result = measure(publicFile);
    expect(result.top3).toBeGreaterThanOrEqual(0.9);
    expect(result.top1).toBeGreaterThanOrEqual(0.85);
  });

  it('has at least 150 statements of our own', () => {
    const n = loadCases(path.join(here, 'cases/dev.json')).length + loadCases(path.join(here, 'cases/holdout.json')).length;
    expect(n).toBeGreaterThanOrEqual(150);
  });
});

if (!fs.existsSync(publicFile)) {
  console.warn(`Skipping the public set: ${publicFile} is absent (it lives in the shared folder next to the repository).`);
}

describe('needs extraction behaviour', () => {
  it('reads communication, not finance, when money is denied', () => {
    const { areas } = extractNeeds('non ho problemi di soldi, ma nessuno mi trova su internet');
    expect(areas[0]!.area).toBe('communication');
    expect(areas.map((a) => a.area)).not.toContain('finance');
    expect(areas[0]!.evidence).toContain('mi trova');
  });

  it('reads elisions and accents', () => {
    expect(extractNeeds("Vorrei lasciare l'azienda a mia figlia").areas[0]!.area).toBe('strategy');
    expect(extractNeeds("Bilancio dell'anno in perdita").areas[0]!.area).toBe('finance');
    expect(extractNeeds('la PUBBLICITÀ costa').areas.map((a) => a.area)).toContain('marketing');
    expect(extractNeeds('la pubblicita costa').areas.map((a) => a.area)).toContain('marketing');
  });

  it('gives evidence words as they appear in the text', () => {
    const { areas } = extractNeeds('Il Prezzo del latte è basso: vorrei vendere direttamente.');
    const marketing = areas.find((a) => a.area === 'marketing')!;
    expect(marketing.evidence).toEqual(['Prezzo', 'vendere direttamente']);
  });
});
