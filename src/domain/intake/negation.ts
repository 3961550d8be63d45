import type { TToken } from './normalize-text.js';
import { stemWord } from './stem.js';

/**
 * Negation for needs extraction.
 *
 * In a complaint, negation usually *is* the need: "non riesco a pagare i fornitori",
 * "nessuno mi trova su internet", "non abbiamo un sito". Cancelling every negated word would
 * throw those away. What takes a need away is a negated *need or trouble*: "non ho problemi
 * di soldi", "nessun bisogno di un sito", "non abbiamo debiti", "senza difficoltà", "non mi
 * interessa vendere online". So a negator cancels words only when a need/trouble cue follows
 * it closely, and then only up to the end of the clause (a comma, "ma", "però"...) or a few
 * words, whichever comes first; "né" carries the cancellation on ("né con la banca").
 * A clause that says things go well ("i conti vanno bene") is cancelled as well.
 */

/** Words that may follow the negator before the cue: "non *mi* serve", "non *ho* problemi". */
const CUE_WINDOW = 3;
/** Words cancelled after the cue (or after "né") when no clause mark comes first. */
const SPAN_AFTER_CUE = 6;

// "nn" is how "non" is typed in a hurry on a phone.
const NEGATORS = new Set(['non', 'nn', 'nessun', 'nessuno', 'nessuna', 'senza', 'mica', 'neanche', 'nemmeno', 'neppure']);

/** Need and trouble words, matched on their stems: what "non"/"nessun"/"senza" can deny. */
const CUE_STEMS = new Set(
  [
    'problema', 'problemi', 'bisogno', 'serve', 'servono', 'servirebbe', 'interessa', 'interessano',
    'preoccupa', 'preoccupano', 'preoccupato', 'difficoltà', 'debiti', 'debito', 'mancano', 'manca',
    'lamento', 'lamentarmi', 'crisi', 'guaio', 'guai', 'rischio', 'rischi', 'necessità', 'esigenza',
  ].map((w) => stemWord(foldWord(w))),
);

/** First-person wanting only: "non voglio vendere online" denies a need, "i giovani non vogliono" does not. */
const CUE_WORDS = new Set(['voglio', 'vogliamo', 'vorrei', 'vorremmo', 'cerco', 'cerchiamo']);

/** Words that open a new clause even without punctuation. */
const CONTRAST = new Set(['ma', 'pero', 'invece', 'tuttavia', 'anzi', 'piuttosto', 'eppure']);

const GOING = new Set(['va', 'vanno', 'vado', 'andiamo', 'funziona', 'funzionano', 'gira', 'girano', 'procede', 'procedono']);
const WELL = new Set(['bene', 'benissimo']);
const DOUBT = new Set(['se', 'chissa', 'capire', 'sapere']);

function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function isNegator(token: TToken): boolean {
  return NEGATORS.has(token.norm) || isNe(token);
}

function isNe(token: TToken): boolean {
  return token.norm === 'ne' && token.hasFinalAccent;
}

function isCue(token: TToken): boolean {
  return CUE_WORDS.has(token.norm) || CUE_STEMS.has(stemWord(token.norm));
}

/**
 * Index of the first token of the clause each token belongs to. A clause starts at
 * punctuation or at a contrast word such as "ma".
 */
export function clauseStarts(tokens: readonly TToken[]): number[] {
  const starts: number[] = [];
  let current = 0;
  tokens.forEach((token, i) => {
    if (token.isClauseStart || CONTRAST.has(token.norm)) current = i;
    starts.push(current);
  });
  return starts;
}

/**
 * Marks the words whose evidence must not count because the speaker denies the need.
 *
 * @example
 *   const tokens = tokenize('Non ho problemi di soldi, ma nessuno mi trova su internet');
 *   findCancelled(tokens) // true for "non ho problemi di soldi", false from "ma" on
 */
export function findCancelled(tokens: readonly TToken[]): boolean[] {
  const cancelled = tokens.map(() => false);
  const clause = clauseStarts(tokens);
  const sameClause = (a: number, b: number) => clause[a] === clause[b];

  const cancelFrom = (from: number, cue: number) => {
    let last = cue + SPAN_AFTER_CUE;
    for (let i = from; i < tokens.length && i <= last && sameClause(from, i); i++) {
      cancelled[i] = true;
      // "non ho problemi col personale né con la banca": each "né" opens another short span.
      if (i > cue && isNe(tokens[i]!)) last = i + SPAN_AFTER_CUE;
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    if (!isNegator(tokens[i]!)) continue;
    for (let j = i + 1; j <= i + CUE_WINDOW && j < tokens.length && sameClause(i, j); j++) {
      if (isCue(tokens[j]!)) {
        cancelFrom(i, j);
        break;
      }
    }
  }

  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!GOING.has(tokens[i]!.norm)) continue;
    const next = tokens[i + 1]!.norm;
    const after = tokens[i + 2]?.norm;
    const isWell = WELL.has(next) || (next === 'alla' && after === 'grande');
    if (!isWell) continue;
    const from = clause[i]!;
    // "Non va bene" is a complaint and "se gli orari vanno bene" a doubt: neither is content.
    let isDoubtful = false;
    for (let k = from; k < tokens.length && clause[k] === from; k++) {
      if (isNegator(tokens[k]!) || DOUBT.has(tokens[k]!.norm)) isDoubtful = true;
    }
    if (isDoubtful) continue;
    for (let k = from; k < tokens.length && clause[k] === from; k++) cancelled[k] = true;
  }
  return cancelled;
}
