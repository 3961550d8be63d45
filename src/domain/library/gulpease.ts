/**
 * The Gulpease index (Lucchesi and Franchina, GULP, Università di Roma "La Sapienza", 1988):
 * 89 + (300 × sentences − 10 × letters) / words, on a 0–100 scale. Made for Italian:
 * it counts letters rather than syllables. Counting rules: docs/readability.md.
 */

export interface TReadabilityCounts {
  letters: number;
  words: number;
  sentences: number;
}

export interface TSentenceStats {
  text: string;
  words: number;
  letters: number;
}

export interface TGulpease extends TReadabilityCounts {
  /** Rounded to one decimal; null for a text without words. Clamped to 0–100. */
  index: number | null;
  sentenceList: TSentenceStats[];
}

// Titles come before a name: their full stop never ends a sentence ("il sig. Rossi").
const TITLES = new Set(['dott', 'dott.ssa', 'dr', 'sig', 'sigg', 'sig.ra', 'sra', 'prof', 'prof.ssa', 'ing', 'avv', 'geom', 'rag', 'arch', 'mr', 'mrs', 'ms', 'on', 'sen']);
// After these a full stop ends a sentence only before a capital ("es. un forno", "ecc. Poi").
const ABBREVIATIONS = new Set([
  'es', 'ecc', 'etc', 'n', 'nr', 'num', 'pag', 'pagg', 'art', 'artt', 'cap', 'capp',
  'cfr', 'vd', 'ca', 'circa', 'tel', 'fax', 'p', 'pp', 'c.a', 'sec', 'min', 'max', 'tab', 'fig', 'vol', 'ed', 'spa', 's.p.a', 'srl', 's.r.l', 'snc', 'sas', 'st', 'v', 'vs', 'lett', 'co',
  'gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic', 'e.g', 'i.e', 'p.es', 'ss', 'segg', 'cit', 'op', 'id', 'ibid',
]);

/**
 * Markdown to the words a reader reads: code and images dropped, a link read as its
 * text, markup signs removed, each heading, list item, table row and paragraph
 * ending a sentence of its own.
 */
export function markdownToProse(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:\/\/|mailto:)[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
        .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|?)+\s*$/, '')
        .replace(/\|/g, '. ')
        .replace(/[*_~]{1,3}/g, '')
        .trim(),
    )
    .join('\n');
}

const WORD = /[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu;

function countWord(token: string): number {
  // Letters and digits are counted as letters; the separators inside a number are not.
  return [...token].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length;
}

/**
 * Splits prose into sentences: at . ! ? … ; and at every line break (a heading or a
 * list item ends where its line does), never at a decimal point or after an abbreviation.
 */
export function splitSentences(prose: string): string[] {
  const sentences: string[] = [];
  for (const block of prose.split(/\n+/)) {
    let start = 0;
    const text = block.trim();
    const re = /[.!?…;]+/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const end = m.index + m[0].length;
      const before = text.slice(0, m.index);
      const after = text.slice(end);
      if (m[0] === '.' && /\p{N}$/u.test(before) && /^\p{N}/u.test(after)) continue;
      if (m[0] === '.') {
        const lastWord = (before.match(/([\p{L}.]+)$/u)?.[1] ?? '').toLowerCase();
        if (TITLES.has(lastWord) && !/^\s*$/.test(after)) continue;
        if (ABBREVIATIONS.has(lastWord) && !/^\s*$/.test(after) && !/^\s+\p{Lu}/u.test(after)) continue;
        // A single capital with a dot inside a name ("G. Verdi") is an initial.
        if (/(^|\s)\p{Lu}$/u.test(before) && /^\s*\p{Lu}/u.test(after)) continue;
      }
      const piece = text.slice(start, end).trim();
      if (piece.match(WORD)) sentences.push(piece);
      start = end;
    }
    const rest = text.slice(start).trim();
    if (rest.match(WORD)) sentences.push(rest);
  }
  return sentences;
}

/** Words of a sentence: letters and digits; an apostrophe separates ("l'azienda" is two words). */
export function wordsOf(sentence: string): string[] {
  return sentence.match(WORD) ?? [];
}

/**
 * Gulpease of a text (plain or Markdown).
 *
 * @example computeGulpease("L'implementazione presuppone un'attenta pianificazione.").index; // 57.3
 */
export function computeGulpease(text: string): TGulpease {
  const sentenceList = splitSentences(markdownToProse(text)).map((s) => {
    const words = wordsOf(s);
    return { text: s, words: words.length, letters: words.reduce((sum, w) => sum + countWord(w), 0) };
  });
  const words = sentenceList.reduce((s, x) => s + x.words, 0);
  const letters = sentenceList.reduce((s, x) => s + x.letters, 0);
  const sentences = sentenceList.length;
  if (words === 0) return { index: null, letters, words, sentences, sentenceList };
  const raw = 89 + (300 * sentences - 10 * letters) / words;
  return { index: Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10, letters, words, sentences, sentenceList };
}
