import { findCancelled } from '../intake/negation.js';
import { tokenize, type TToken } from '../intake/normalize-text.js';
import { stemWord } from '../intake/stem.js';

/** What detection needs of a warning: who it is and the phrases that reveal it. */
export interface TTrapCues {
  slug: string;
  cues: readonly string[];
}

/**
 * Where the person stands with the trap, as their words say it: `signed` ("ho firmato un
 * contratto di 48 mesi"), `before` ("mi hanno proposto", "non ho firmato nessun contratto"),
 * `unknown` when the sentence says neither.
 */
export type TTrapStage = 'signed' | 'before' | 'unknown';

export interface TTrapHit {
  slug: string;
  /** The person's own words around each cue, as written (one clause each, at most `MAX_EVIDENCE`). */
  evidence: string[];
  /** The cues of the warning that were found, as the warning writes them. */
  cues: string[];
  stage: TTrapStage;
}

/** Words that may sit between two words of a cue: "contratto *del* POS", "sito *fatto a* 99 euro". */
const GAP = 3;
const MAX_EVIDENCE = 3;
const MAX_EVIDENCE_CHARS = 160;

const NEGATORS = new Set(['non', 'nn', 'mai', 'nessun', 'nessuno', 'nessuna', 'senza', 'ancora']);
/** Words that say it is done: a contract signed, a service taken, a fee being paid. */
const SIGNED = new Set(
  ['firmato', 'firmata', 'firmati', 'firmate', 'sottoscritto', 'sottoscritta', 'preso', 'presa', 'comprato', 'comprata', 'comprate', 'pagato', 'pagata', 'pago', 'paghiamo', 'pagando', 'attivato', 'attivata', 'vincolato', 'vincolata', 'legato', 'legata', 'bloccato', 'bloccata', 'incastrato', 'incastrata', 'fregato', 'fregata'],
);
/** Words that say it is not done yet: an offer on the table, a choice to make. */
const BEFORE = new Set(
  ['firmare', 'sottoscrivere', 'proposto', 'proposta', 'propongono', 'propone', 'offerto', 'offrono', 'offre', 'preventivo', 'preventivi', 'valutando', 'pensando', 'conviene', 'decidere', 'scegliere', 'prendere', 'comprare', 'vorrei', 'dovrei', 'devo'],
);
const SENTENCE_MARK = /[.!?;\n\r…]/;

type TCompiledCue = { cue: string; keys: string[] };

const keyOf = (token: TToken) => (/^\d+$/.test(token.norm) ? token.norm : stemWord(token.norm));

/** A cue's words as keys; one-letter words ("a", "e", "l") are dropped: they say nothing alone. */
function compileCue(cue: string): TCompiledCue | null {
  const keys = tokenize(cue)
    .filter((t) => t.norm.length > 1 || /\d/.test(t.norm))
    .map(keyOf);
  return keys.length ? { cue, keys } : null;
}

/** Every place the cue's words appear in order, each within `GAP` words of the one before. */
function findCue(keys: readonly string[], cue: TCompiledCue): number[][] {
  const found: number[][] = [];
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== cue.keys[0]) continue;
    const at = [i];
    let last = i;
    for (let w = 1; w < cue.keys.length; w++) {
      let next = -1;
      for (let j = last + 1; j <= last + 1 + GAP && j < keys.length; j++) {
        if (keys[j] === cue.keys[w]) {
          next = j;
          break;
        }
      }
      if (next < 0) break;
      at.push(next);
      last = next;
    }
    if (at.length === cue.keys.length) found.push(at);
  }
  return found;
}

/** Index of the first token of each token's sentence (a full stop, question mark, new line...). */
function sentenceStarts(text: string, tokens: readonly TToken[]): number[] {
  const starts: number[] = [];
  let current = 0;
  tokens.forEach((token, i) => {
    if (i > 0 && SENTENCE_MARK.test(text.slice(tokens[i - 1]!.end, token.start))) current = i;
    starts.push(current);
  });
  return starts;
}

function sentenceRange(starts: readonly number[], at: number): [number, number] {
  const from = starts[at]!;
  let to = at;
  while (to + 1 < starts.length && starts[to + 1] === from) to++;
  return [from, to];
}

/** The stage one sentence speaks of: a signing word, negated or not, or an offer still open. */
function stageOf(tokens: readonly TToken[], from: number, to: number): TTrapStage {
  let stage: TTrapStage = 'unknown';
  for (let i = from; i <= to; i++) {
    const norm = tokens[i]!.norm;
    if (SIGNED.has(norm)) {
      let isNegated = false;
      for (let k = Math.max(from, i - 3); k < i; k++) if (NEGATORS.has(tokens[k]!.norm)) isNegated = true;
      // "Non ho firmato nessun contratto": not signed, so a warning *before* signing.
      if (isNegated) stage = stage === 'signed' ? 'signed' : 'before';
      else return 'signed';
    } else if (BEFORE.has(norm) && stage === 'unknown') stage = 'before';
  }
  return stage;
}

/** The person's words from the start of the first cue word's clause to the end of the last's. */
function quote(text: string, tokens: readonly TToken[], from: number, to: number, match: readonly number[]): string {
  let start = match[0]!;
  while (start > from && !tokens[start]!.isClauseStart) start--;
  let end = match[match.length - 1]!;
  while (end < to && !tokens[end + 1]!.isClauseStart) end++;
  const words = text.slice(tokens[start]!.start, tokens[end]!.end).replace(/\s+/g, ' ').trim();
  return words.length > MAX_EVIDENCE_CHARS ? `${words.slice(0, MAX_EVIDENCE_CHARS - 2).replace(/\s+\S*$/, '')} …` : words;
}

/**
 * The warnings an ascolto text speaks of, most cues found first, each with the person's own
 * words as evidence and where they stand (signed or not yet). A cue counts when its words come
 * in order, close together, in the text's stems ("contratti del Pos" meets "contratto pos"); a
 * cue the person denies wanting ("non mi interessa il sito a 99 euro", negation.ts) does not.
 *
 * @example
 *   detectTraps('Mi hanno fatto firmare il contratto del POS per 48 mesi', [{ slug: 'pos-48-mesi', cues: ['contratto pos', '48 mesi'] }])
 *   // [{ slug: 'pos-48-mesi', cues: ['contratto pos', '48 mesi'], stage: 'signed', evidence: ['Mi hanno fatto firmare il contratto del POS per 48 mesi'] }]
 */
export function detectTraps(text: string, traps: readonly TTrapCues[]): TTrapHit[] {
  const tokens = tokenize(text);
  if (!tokens.length) return [];
  const keys = tokens.map(keyOf);
  const cancelled = findCancelled(tokens);
  const starts = sentenceStarts(text, tokens);
  const hits: (TTrapHit & { order: number })[] = [];

  traps.forEach((trap, order) => {
    const cues: string[] = [];
    const evidence: string[] = [];
    const stages: TTrapStage[] = [];
    for (const raw of trap.cues) {
      const cue = compileCue(raw);
      if (!cue) continue;
      const matches = findCue(keys, cue).filter((m) => !m.every((k) => cancelled[k]));
      if (!matches.length) continue;
      cues.push(raw);
      for (const match of matches) {
        const [from, to] = sentenceRange(starts, match[0]!);
        stages.push(stageOf(tokens, from, to));
        const words = quote(text, tokens, from, to, match);
        if (!evidence.includes(words) && evidence.length < MAX_EVIDENCE) evidence.push(words);
      }
    }
    if (!cues.length) return;
    const stage: TTrapStage = stages.includes('signed') ? 'signed' : stages.includes('before') ? 'before' : 'unknown';
    hits.push({ slug: trap.slug, cues, evidence, stage, order });
  });

  return hits.sort((a, b) => b.cues.length - a.cues.length || a.order - b.order).map(({ order: _order, ...hit }) => hit);
}

/** Cues as a coordinator types them: trimmed, spaces squeezed, duplicates (folded) and empty ones dropped. */
export function cleanCues(cues: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const cue of cues) {
    const clean = cue.replace(/\s+/g, ' ').trim();
    const key = tokenize(clean).map(keyOf).join(' ');
    if (!clean || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(clean);
  }
  return out;
}
