import { AREAS, type TArea } from './areas.js';
import { LEXICON } from './lexicon.js';
import { readIntent, type TIntent } from './intent.js';
import { clauseStarts, findCancelled } from './negation.js';
import { findWishObjects, hasSenses, phraseKeys, senseWeights } from './senses.js';
import { tokenize, type TToken } from './normalize-text.js';
import { stemWord } from './stem.js';
import { weakCues } from './weak-cues.js';

/** One area read in a statement: how strongly (0..1) and the words that said it, as written. */
export interface TAreaNeed {
  area: TArea;
  score: number;
  evidence: string[];
}

export interface TNeedsProfile {
  /** Strongest first; only areas with a score above zero. */
  areas: TAreaNeed[];
}

/**
 * How fast the score saturates: one plain word of weight 1 gives 0.49, two give 0.74, so a
 * score reads as "how much of the statement is about this", not as a probability.
 */
const SATURATION = 1.5;
/** Words around a match, inside its clause, that can make it stronger or weaker. */
const INTENSITY_WINDOW = 3;
/**
 * Ceiling of a score read from weak cues only (`weak-cues.ts`): low enough that the person sees
 * a guess to correct, not a reading; any real match of weight 0.5 or more scores above it.
 */
const WEAK_MAX_SCORE = 0.2;
/** Stems shorter than this are never corrected for typos: too many real words sit one letter away. */
const MIN_FUZZY_STEM = 6;

// "Un sacco di ore", "troppo caro", "sempre in ritardo": the speaker leans on it.
const AMPLIFIERS = new Set([
  'molto', 'troppo', 'troppi', 'troppa', 'troppe', 'tantissimo', 'tantissimi', 'tantissime', 'sempre', 'enorme', 'enormi',
  'pazzesco', 'pazzesca', 'pazzeschi', 'urgente', 'davvero', 'proprio', 'sacco', 'assolutamente', 'continuamente',
  'disperato', 'disperata', 'impossibile', 'mai', 'ogni', 'niente', 'nessuno',
]);
// "Forse", "ogni tanto", "un po'": the speaker plays it down.
const DAMPENERS = new Set(['forse', 'magari', 'abbastanza', 'po', 'qualche', 'pochino', 'leggermente', 'eventualmente']);
// What the person asks for weighs more than the background they give (`intent.ts`).
const KIND_WEIGHT = { wish: 1.4, trouble: 1.25, plain: 1 } as const;
/** A self-description ("ho un negozio di...", "faccio il muratore") says who speaks, not the need. */
const BACKGROUND_WEIGHT = 0.4;
/** The area a wish names leads when the wish says it this strongly (one clear word of the area). */
const WISH_LEAD_MIN = 0.9;
/** ...and when the rest of the statement does not say another area more than twice as strongly. */
const WISH_LEAD_SHARE = 0.5;

interface TPatternWord {
  /** `s:` + stem, or `w:` + folded word for `=word` entries. */
  key: string;
}

interface TCompiledEntry {
  phrase: string;
  weights: Partial<Record<TArea, number>>;
  gap: number;
  words: TPatternWord[];
  order: number;
  /** The words' keys joined: what sense rules (`senses.ts`) are indexed by. */
  signature: string;
}

interface TMatch {
  compiled: TCompiledEntry;
  tokenIndexes: number[];
}

/** The lexicon compiled once per process: entries by the key of their first word, longest first. */
const INDEX = new Map<string, TCompiledEntry[]>();
/** Every stem the lexicon knows, for typo correction. */
const KNOWN_STEMS = new Set<string>();
/** Known stems with one letter removed → the stem (`null` when two stems share the variant). */
const DELETIONS = new Map<string, string | null>();

// Two entries can meet on the same stems ("consuma" and "consumano"; a phrase listed under two
// areas): they become one, keeping the larger weight per area, so lexicon order never decides.
const BY_KEYS = new Map<string, TCompiledEntry>();
LEXICON.forEach((entry, order) => {
  // Each word folded as a statement's words are: "l'azienda" -> "l", "azienda".
  const words = phraseKeys(entry.phrase).map((key) => ({ key }));
  const signature = `${words.map((w) => w.key).join(' ')}|${entry.gap}`;
  const seen = BY_KEYS.get(signature);
  if (seen) {
    for (const [area, weight] of Object.entries(entry.weights) as [TArea, number][]) {
      seen.weights[area] = Math.max(seen.weights[area] ?? 0, weight);
    }
    return;
  }
  const compiled: TCompiledEntry = {
    phrase: entry.phrase,
    weights: { ...entry.weights },
    gap: entry.gap,
    order,
    words,
    signature: words.map((w) => w.key).join(' '),
  };
  BY_KEYS.set(signature, compiled);
  const list = INDEX.get(words[0]!.key) ?? [];
  list.push(compiled);
  INDEX.set(words[0]!.key, list);
  for (const w of words) if (w.key.startsWith('s:')) KNOWN_STEMS.add(w.key.slice(2));
});
for (const list of INDEX.values()) list.sort((a, b) => b.words.length - a.words.length || a.order - b.order);
for (const stem of KNOWN_STEMS) {
  if (stem.length < MIN_FUZZY_STEM) continue;
  for (const variant of deletionsOf(stem)) {
    const seen = DELETIONS.get(variant);
    DELETIONS.set(variant, seen === undefined || seen === stem ? stem : null);
  }
}

function deletionsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * A stem the lexicon does not know, one letter short of or over one it knows, is read as
 * that one. Deletion variants keep it to a few map look-ups per word instead of comparing
 * against every stem.
 */
function correctStem(stem: string): string {
  if (KNOWN_STEMS.has(stem) || stem.length < MIN_FUZZY_STEM) return stem;
  // A letter dropped ("magazino") or doubled/added ("spedizzioni"): the usual slips on a
  // phone. A letter *changed* is left alone: "fattoria" is not a typo for "fattura".
  const missing = DELETIONS.get(stem);
  if (missing) return missing;
  for (const variant of deletionsOf(stem)) {
    if (variant.length >= MIN_FUZZY_STEM && KNOWN_STEMS.has(variant)) return variant;
  }
  return stem;
}

function tokenKeys(token: TToken): [string, string] {
  return [`s:${correctStem(stemWord(token.norm))}`, `w:${token.norm}`];
}

function findMatches(keys: [string, string][], consumed: boolean[]): TMatch[] {
  const matches: TMatch[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (consumed[i]) continue;
    const [stemKey, wordKey] = keys[i]!;
    const candidates = [...(INDEX.get(stemKey) ?? []), ...(INDEX.get(wordKey) ?? [])].sort(
      (a, b) => b.words.length - a.words.length || a.order - b.order,
    );
    for (const compiled of candidates) {
      const tokenIndexes = matchFrom(compiled, i, keys, consumed);
      if (!tokenIndexes) continue;
      for (const k of tokenIndexes) consumed[k] = true;
      matches.push({ compiled, tokenIndexes });
      break;
    }
  }
  return matches;
}

function matchFrom(compiled: TCompiledEntry, start: number, keys: [string, string][], consumed: boolean[]): number[] | undefined {
  const indexes = [start];
  let at = start;
  for (let w = 1; w < compiled.words.length; w++) {
    const key = compiled.words[w]!.key;
    let found = -1;
    for (let j = at + 1; j <= at + 1 + compiled.gap && j < keys.length; j++) {
      if (consumed[j]) break;
      if (keys[j]![0] === key || keys[j]![1] === key) {
        found = j;
        break;
      }
    }
    if (found < 0) return undefined;
    indexes.push(found);
    at = found;
  }
  return indexes;
}

function intensityOf(match: TMatch, tokens: readonly TToken[], clause: readonly number[], intent: TIntent): number {
  const first = match.tokenIndexes[0]!;
  const last = match.tokenIndexes[match.tokenIndexes.length - 1]!;
  let amplifiers = 0;
  let dampeners = 0;
  for (let k = Math.max(0, first - INTENSITY_WINDOW); k <= Math.min(tokens.length - 1, last + INTENSITY_WINDOW); k++) {
    if (clause[k] !== clause[first] || (k >= first && k <= last)) continue;
    const norm = tokens[k]!.norm;
    if (AMPLIFIERS.has(norm)) amplifiers++;
    if (DAMPENERS.has(norm)) dampeners++;
  }
  const isBackground = match.tokenIndexes.every((k) => intent.isBackground[k]);
  return (1 + 0.25 * Math.min(amplifiers, 2)) * (dampeners > 0 ? 0.75 : 1) * KIND_WEIGHT[intent.kind[first]!] * (isBackground ? BACKGROUND_WEIGHT : 1);
}

function evidenceText(text: string, match: TMatch, tokens: readonly TToken[]): string {
  const idx = match.tokenIndexes;
  const first = idx[0]!;
  const last = idx[idx.length - 1]!;
  // One article in between reads naturally ("fine del mese"); a longer gap would quote half
  // the sentence, so the phrase's own words are shown ("vendere direttamente").
  if (last - first + 1 - idx.length <= 1) return text.slice(tokens[first]!.start, tokens[last]!.end);
  return idx.map((k) => tokens[k]!.raw).join(' ');
}

/**
 * Adds the verb + object pairs of what the person asks for ("far arrivare la birra nei pub":
 * outlets → marketing, `senses.ts`). A pair takes the place of single-word matches on its
 * verb and its noun ("vendere" 0.5, "ristoranti" 0.5); a longer phrase on either word keeps
 * its reading and the pair is not made.
 */
function withWishObjects(tokens: readonly TToken[], intent: TIntent, matches: TMatch[]): TMatch[] {
  const owner: (TMatch | undefined)[] = tokens.map(() => undefined);
  for (const match of matches) for (const k of match.tokenIndexes) owner[k] = match;
  const pairs = findWishObjects(
    tokens,
    (k) => intent.kind[k] !== 'plain' && !intent.isBackground[k],
    (k) => owner[k] === undefined || owner[k]!.tokenIndexes.length === 1,
  );
  if (pairs.length === 0) return matches;
  const replaced = new Set<TMatch>();
  const added: TMatch[] = [];
  for (const pair of pairs) {
    // Two pairs cannot share a word: the first one read keeps it.
    if (pair.tokenIndexes.some((k) => owner[k] !== undefined && added.includes(owner[k]!))) continue;
    for (const k of pair.tokenIndexes) if (owner[k]) replaced.add(owner[k]!);
    const match: TMatch = {
      compiled: { phrase: pair.route, weights: pair.weights, gap: 0, words: [], order: -1, signature: '' },
      tokenIndexes: pair.tokenIndexes,
    };
    for (const k of pair.tokenIndexes) owner[k] = match;
    added.push(match);
  }
  return [...matches.filter((m) => !replaced.has(m)), ...added];
}

/** The area the wishes say most strongly (summed weights), when they say one clearly. */
function strongestOf(weights: ReadonlyMap<TArea, number>): TArea | undefined {
  let best: TArea | undefined;
  let bestWeight = 0;
  for (const [area, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && best && AREAS.indexOf(area) < AREAS.indexOf(best))) {
      best = area;
      bestWeight = weight;
    }
  }
  return bestWeight >= WISH_LEAD_MIN ? best : undefined;
}

/**
 * The main area follows the wish: when what the person asks for names an area clearly, that
 * area goes first ("faccio il muratore e vorrei un sito" is about the site). The others keep
 * their order.
 */
function leadWithWish(raw: Map<TArea, number>, lead: TArea | undefined): void {
  if (!lead) return;
  let top = 0;
  for (const [area, value] of raw) if (area !== lead) top = Math.max(top, value);
  // A wish word that is only a passing mention does not lead over a much stronger reading.
  const value = raw.get(lead) ?? 0;
  if (value <= top && value >= WISH_LEAD_SHARE * top) raw.set(lead, top * 1.01 + 0.001);
}

/**
 * Reads the areas of need in a plain-Italian statement: ranked, scored 0..1 (two decimals),
 * each with the words that said it as they were written. Pure and deterministic.
 *
 * @example
 *   extractNeeds('Non ho problemi di soldi, ma nessuno mi trova su internet').areas[0]
 *   // { area: 'communication', score: 0.73, evidence: ['mi trova', 'internet'] }
 */
export function extractNeeds(text: string): TNeedsProfile {
  const tokens = tokenize(text);
  const keys = tokens.map(tokenKeys);
  const cancelled = findCancelled(tokens);
  const clause = clauseStarts(tokens);
  const intent = readIntent(tokens, text);
  const matches = withWishObjects(tokens, intent, findMatches(keys, tokens.map(() => false)));
  const wished = new Map<TArea, number>();

  let raw = new Map<TArea, number>();
  let evidence = new Map<TArea, string[]>();
  let isDenied = false;
  for (const match of matches) {
    if (match.tokenIndexes.some((k) => cancelled[k])) {
      isDenied = true;
      continue;
    }
    const factor = intensityOf(match, tokens, clause, intent);
    const said = evidenceText(text, match, tokens);
    const isWish = intent.kind[match.tokenIndexes[0]!] === 'wish';
    // A word whose area depends on the words around it ("la domanda del bando").
    const sensed = hasSenses(match.compiled.signature) ? senseWeights(match.compiled.signature, match.tokenIndexes, keys) : undefined;
    for (const [area, weight] of Object.entries(sensed ?? match.compiled.weights) as [TArea, number][]) {
      raw.set(area, (raw.get(area) ?? 0) + weight * factor);
      if (isWish) wished.set(area, (wished.get(area) ?? 0) + weight);

      const list = evidence.get(area) ?? [];
      if (!list.some((e) => e.toLowerCase() === said.toLowerCase())) list.push(said);
      evidence.set(area, list);
    }
  }

  // Nothing matched and nothing was denied: a guess from weak cues beats an empty list.
  // A statement whose every need was denied ("non ho problemi col personale né con la banca")
  // stays empty: the person said there is nothing.
  const isWeak = raw.size === 0 && !isDenied;
  if (isWeak) ({ raw, evidence } = weakCues(tokens));
  else leadWithWish(raw, strongestOf(wished));
  const ceiling = isWeak ? WEAK_MAX_SCORE : 1;

  const areas = [...raw.entries()]
    .map(([area, value]) => ({ area, value, score: Math.round(ceiling * (1 - Math.exp(-value / SATURATION)) * 100) / 100 }))
    .filter((a) => a.score > 0)
    .sort((a, b) => b.value - a.value || AREAS.indexOf(a.area) - AREAS.indexOf(b.area))
    .map(({ area, score }) => ({ area, score, evidence: evidence.get(area) ?? [] }));
  return { areas };
}
