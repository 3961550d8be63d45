import { CHECKUP_AREAS, SECTION_KEYS, type TSectionKey } from './questionnaire.js';
import type { TCheckupResult } from './score.js';

/** The parts of a stored result that comparisons read; results come back from JSON. */
export type TScoredCheckup = Pick<TCheckupResult, 'version' | 'areas' | 'dimensions' | 'overall'>;

export interface TCheckupComparison {
  /** after − before per section; null when either side is null. */
  sections: Record<TSectionKey, number | null>;
  /** after − before of the overall score. */
  overall: number;
  /** False when the two were taken on different questionnaire versions: show a note. */
  isSameVersion: boolean;
}

export interface TPeerSummary {
  /** How many businesses the group holds. */
  n: number;
  /** Median per section; null where fewer than the minimum group have a score. */
  sections: Record<TSectionKey, number | null>;
  overallMedian: number;
}

/** Below this many businesses no comparison is given, whatever the caller asks. */
export const PEER_MIN_GROUP = 5;

function isScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function sectionScore(result: TScoredCheckup, key: TSectionKey): number | null {
  const from: Record<string, unknown> = (CHECKUP_AREAS as readonly string[]).includes(key) ? result.areas : result.dimensions;
  const value = from?.[key];
  return isScore(value) ? value : null;
}

/**
 * The change between two check-ups of the same business (T0 → T1): after − before per
 * section and overall. Sections are the same in every version, so versions may differ;
 * `isSameVersion` says whether they do.
 *
 * @example compareCheckups(t0, t1).sections.communication // 25 (from 25 to 50)
 */
export function compareCheckups(before: TScoredCheckup, after: TScoredCheckup): TCheckupComparison {
  const sections = {} as Record<TSectionKey, number | null>;
  for (const key of SECTION_KEYS) {
    const a = sectionScore(before, key);
    const b = sectionScore(after, key);
    sections[key] = a === null || b === null ? null : b - a;
  }
  return {
    sections,
    overall: (isScore(after.overall) ? after.overall : 0) - (isScore(before.overall) ? before.overall : 0),
    isSameVersion: before.version === after.version,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value);
}

/**
 * Medians of similar businesses' results, or null when the group is smaller than
 * `minGroup` (never below PEER_MIN_GROUP = 5). Returns counts and medians only, no
 * result of its own, so nobody in the group can be told apart. A section that fewer than
 * `minGroup` businesses have a score for is null. Medians are rounded to whole numbers.
 *
 * @example summarizePeers(fiveResults, { minGroup: 5 })?.overallMedian // 42
 */
export function summarizePeers(peers: readonly TScoredCheckup[], { minGroup = PEER_MIN_GROUP }: { minGroup?: number } = {}): TPeerSummary | null {
  const floor = Math.max(PEER_MIN_GROUP, Number.isFinite(minGroup) ? Math.ceil(minGroup) : PEER_MIN_GROUP);
  const valid = peers.filter((p) => p && isScore(p.overall));
  if (valid.length < floor) return null;
  const sections = {} as Record<TSectionKey, number | null>;
  for (const key of SECTION_KEYS) {
    const values = valid.map((p) => sectionScore(p, key)).filter(isScore);
    sections[key] = values.length >= floor ? median(values) : null;
  }
  return { n: valid.length, sections, overallMedian: median(valid.map((p) => p.overall)) };
}

