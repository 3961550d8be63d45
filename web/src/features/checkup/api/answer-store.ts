import { readLocal, removeLocal, writeLocal } from '../../../lib/local-store';
import type { TAnswers } from './checkup';

/** Answers of one check-up on this device, and which of them the server has not confirmed yet. */
export type TStoredAnswers = { answers: TAnswers; pending: string[] };

const keyOf = (checkupId: string) => `affianco.checkup.${checkupId}.v1`;

function parse(v: unknown): TStoredAnswers | null {
  if (typeof v !== 'object' || v === null) return null;
  const r = v as Record<string, unknown>;
  if (typeof r.answers !== 'object' || r.answers === null || !Array.isArray(r.pending)) return null;
  const answers: TAnswers = {};
  for (const [k, val] of Object.entries(r.answers as Record<string, unknown>)) if (typeof val === 'string') answers[k] = val;
  return { answers, pending: r.pending.filter((p): p is string => typeof p === 'string' && p in answers) };
}

/** What this device remembers of a check-up. */
export function loadStored(checkupId: string): TStoredAnswers | null {
  return readLocal(keyOf(checkupId), parse);
}

/** Remembers the answers after every change. */
export function saveStored(checkupId: string, value: TStoredAnswers): void {
  writeLocal(keyOf(checkupId), value);
}

/** Forgets a submitted check-up. */
export function forgetStored(checkupId: string): void {
  removeLocal(keyOf(checkupId));
}

/**
 * The server's answers with this device's unsent ones on top: what the person chose last wins.
 * @example mergeAnswers({ a: 'x' }, { answers: { a: 'y', b: 'z' }, pending: ['a'] }) // { a: 'y' }
 */
export function mergeAnswers(server: TAnswers, local: TStoredAnswers | null): TStoredAnswers {
  if (!local) return { answers: { ...server }, pending: [] };
  const answers = { ...server };
  for (const id of local.pending) {
    const v = local.answers[id];
    if (v !== undefined) answers[id] = v;
  }
  return { answers, pending: local.pending.filter((id) => local.answers[id] !== undefined) };
}
