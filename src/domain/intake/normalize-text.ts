/**
 * Text normalisation for needs extraction: the same folding for the statement and for the
 * lexicon, so "Perché", "perche'" and "perche" meet, and "l'azienda" reads as "l azienda".
 */

/** One word of a statement, with where it sits in the original text for evidence. */
export interface TToken {
  /** As written, e.g. "Prezzi" or "azienda" (from "dell'azienda"). */
  raw: string;
  /** Lower case, no accents, long letter runs squeezed: "prezzi", "azienda". */
  norm: string;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
  /** A sentence or clause mark (. , ; : ! ? parentheses, new line) sits between the previous word and this one. */
  isClauseStart: boolean;
  /** Written with a final accent ("né", "più") or an apostrophe used as one ("ne'"): tells "né" from the pronoun "ne". */
  hasFinalAccent: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const CLAUSE_MARK = /[.,;:!?()[\]\n\r…]|\s[-–—]\s/;
const FINAL_ACCENT = /[àèéìíòóùú]$/i;
// Words people type with an apostrophe instead of the accent on a phone keyboard.
const APOSTROPHE_ACCENT = new Set(['e', 'ne', 'perche', 'piu', 'gia', 'cosi', 'puo', 'pero', 'po', 'se', 'chissa', 'citta', 'qualita', 'attivita', 'liquidita']);

/**
 * Folds one word or a whole text: lower case, accents removed, any run of three or more of
 * the same letter squeezed to one ("tantooo" → "tanto"), apostrophes and punctuation to spaces.
 *
 * @example
 *   normalizeText("Dell'anno più difficile!") // "dell anno piu difficile"
 *   normalizeText('Perché NOOO') // "perche no"
 */
export function normalizeText(text: string): string {
  return (
    text
      .normalize('NFD')
      // Combining marks left by NFD: "è" -> "e" + U+0300.
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/(\p{L})\1{2,}/gu, '$1')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Splits a statement into words, keeping offsets and clause boundaries. Elided articles and
 * prepositions become words of their own ("dell'anno" → "dell", "anno") so the noun is found.
 *
 * @example
 *   tokenize("L'azienda, oggi").map((t) => t.norm) // ["l", "azienda", "oggi"]
 *   tokenize("L'azienda, oggi")[2].isClauseStart // true
 */
export function tokenize(text: string): TToken[] {
  const tokens: TToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const norm = normalizeText(raw);
    const between = text.slice(previousEnd, start);
    const next = text.charAt(end);
    const isApostropheAccent = (next === "'" || next === '’') && APOSTROPHE_ACCENT.has(norm) && !/\p{L}/u.test(text.charAt(end + 1));
    tokens.push({
      raw,
      norm,
      start,
      end,
      isClauseStart: tokens.length === 0 || CLAUSE_MARK.test(between),
      hasFinalAccent: FINAL_ACCENT.test(raw) || isApostropheAccent,
    });
    previousEnd = end;
  }
  return tokens;
}
