import { normalizeText, type TToken } from './normalize-text.js';
import { PLAIN_SECTORS } from './sectors.js';

/**
 * Intent of the parts of a statement: what the person asks for weighs more than the
 * background they give.
 *
 * "Faccio il muratore da solo e vorrei capire quanto guadagno" is a question about money,
 * not about the trade. So the statement is cut into clauses (punctuation, "ma", "però",
 * "perché", "quindi", and an "e" that opens a wish: "... e vorrei ...") and each clause gets
 * a kind:
 *
 * - `wish`: it asks for something ("vorrei", "mi serve", "ho bisogno", "mi piacerebbe",
 *   "come faccio", "come posso"): weighs most, and the area it names leads the reading.
 * - `trouble`: it says what goes wrong or asks ("non riesco", "non so come", "è un problema",
 *   a clause closed by "?"): weighs more than plain words.
 * - `plain`: anything else.
 *
 * Inside any clause, a self-description at its head ("ho un negozio di...", "faccio il...",
 * "siamo in tre", "da trent'anni", "sono una parrucchiera") weighs less, up to the first
 * "e", "che", "ma" or "dove": it says who speaks, not what they need.
 */
export type TClauseKind = 'wish' | 'trouble' | 'plain';

export interface TIntent {
  /** Index of the first token of each token's intent clause. */
  clause: number[];
  /** Kind of each token's clause. */
  kind: TClauseKind[];
  /** True for tokens inside a self-description. */
  isBackground: boolean[];
}

// A wish: first person wanting, needing, asking how.
const WISH_WORDS = new Set([
  'vorrei', 'vorremmo', 'voglio', 'vogliamo', 'piacerebbe', 'servirebbe', 'serve', 'servono', 'bisogno',
  'cerco', 'cerchiamo', 'desidero', 'sogno',
]);
// "Come faccio", "come posso": a wish put as a question ("come si gestiscono?" is only a question).
const HOW_AFTER = new Set(['faccio', 'facciamo', 'posso', 'possiamo', 'potrei', 'potremmo']);
// Trouble and doubt.
const TROUBLE_WORDS = new Set([
  'riesco', 'riusciamo', 'problema', 'problemi', 'guaio', 'guai', 'difficile', 'difficolta', 'fatica', 'aiuto',
  'aiutatemi', 'capire', 'sapere', 'conviene', 'incubo', 'disastro', 'caos', 'casino', 'paura', 'preoccupa',
]);
// What opens a new clause without punctuation.
const OPENERS = new Set(['ma', 'pero', 'invece', 'tuttavia', 'anzi', 'eppure', 'perche', 'quindi', 'percio', 'allora']);
// What closes a self-description.
const BACKGROUND_END = new Set(['e', 'ed', 'che', 'ma', 'pero', 'dove', 'perche', 'quindi', 'mentre', 'se']);
// First-person heads that describe the business: "ho un...", "faccio il...", "siamo in tre".
const OWN = new Set(['ho', 'abbiamo', 'avevo', 'avevamo', 'gestisco', 'gestiamo', 'possiedo', 'possediamo']);
const DO = new Set(['faccio', 'facciamo', 'lavoro', 'lavoriamo', 'produco', 'produciamo', 'coltivo', 'coltiviamo', 'alleviamo', 'allevo', 'vendo', 'vendiamo']);
const BE = new Set(['sono', 'siamo']);
const ARTICLES = new Set(['un', 'uno', 'una', 'il', 'lo', 'la', 'l', 'i', 'gli', 'le', 'in', 'da', 'come', 'nel', 'nella', 'piccola', 'piccolo']);
// What a business is called: "ho un *negozio*", "abbiamo una *cantina*", plus the sector words.
const BUSINESS_NOUNS = new Set(
  [
    'negozio', 'azienda', 'aziende', 'attivita', 'ditta', 'impresa', 'bottega', 'laboratorio', 'officina', 'studio', 'locale',
    'agenzia', 'cooperativa', 'societa', 'srl', 'piccola', 'piccolo', 'famiglia', 'punto', 'banco', 'chiosco', 'bancarella', 'capannone',
    'fabbrica', 'stabilimento', 'ristorantino', 'negozietto', 'salone', 'ambulatorio', 'palestra', 'scuola', 'centro',
  ].concat(PLAIN_SECTORS.flatMap((s) => s.keywords.filter((k) => !k.includes(' ')))).map((w) => normalizeText(w)),
);
// Trades said as "faccio il *muratore*": the sector words and the usual endings of a trade.
const TRADE_ENDING = /(aio|aia|ista|tore|trice|iere|iera|aro|ara|ino|ina|logo|loga|ografo|ografa|ante|ente)$/;
const SKIP = new Set(['io', 'noi', 'e', 'ed', 'qui', 'oggi', 'ormai', 'anche']);
// "Da trent'anni", "da sempre", "da tre generazioni", "da solo": how long and how many, not what.
const SINCE_UNITS = new Set(['anni', 'anno', 'generazioni', 'mesi', 'sempre', 'decenni', 'solo', 'sola', 'soli', 'sole']);

const ALONE = new Set(['solo', 'sola', 'soli', 'sole']);
const FIRST_PERSON = new Set(['lavoro', 'lavoriamo', 'sono', 'siamo', 'faccio', 'facciamo', 'gestisco', 'mando', 'tutto']);

function isWishAt(tokens: readonly TToken[], i: number): boolean {
  const norm = tokens[i]!.norm;
  if (WISH_WORDS.has(norm)) return true;
  return norm === 'come' && HOW_AFTER.has(tokens[i + 1]?.norm ?? '');
}

function opensWish(tokens: readonly TToken[], i: number): boolean {
  // "e vorrei", "e mi piacerebbe", "e ci serve", "e ho bisogno".
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    if (tokens[k]!.isClauseStart) return false;
    if (isWishAt(tokens, k)) return true;
  }
  return false;
}

/** Length of the self-description starting at `i` (0 when there is none). */
function backgroundHead(tokens: readonly TToken[], i: number): number {
  let k = i;
  while (k < tokens.length && SKIP.has(tokens[k]!.norm) && k - i < 2) k++;
  const head = tokens[k]?.norm ?? '';
  const next = tokens[k + 1]?.norm ?? '';
  const names = (from: number, pattern?: RegExp) => {
    for (let j = from; j <= from + 2 && j < tokens.length; j++) {
      const w = tokens[j]!.norm;
      if (BUSINESS_NOUNS.has(w) || (pattern && pattern.test(w))) return true;
    }
    return false;
  };
  const isOwn = OWN.has(head) && ARTICLES.has(next) && next !== 'da' && next !== 'come' && next !== 'in' && names(k + 1);
  const isDo = DO.has(head) && ARTICLES.has(next) && names(k + 1, TRADE_ENDING);
  const isBe = BE.has(head) && (ARTICLES.has(next) || /^\d+$/.test(next) || next === 'due' || next === 'tre' || next === 'quattro' || next === 'cinque');
  return isOwn || isDo || isBe ? k - i + 2 : 0;
}

/**
 * Cuts a statement into intent clauses and marks the background.
 *
 * @example
 *   const intent = readIntent(tokenize('Faccio il muratore e vorrei un sito'));
 *   intent.kind // ['plain', 'plain', 'plain', 'wish', 'wish', 'wish', 'wish']
 *   intent.isBackground // [true, true, true, false, false, false, false]
 */
export function readIntent(tokens: readonly TToken[], text: string): TIntent {
  const clause: number[] = [];
  let current = 0;
  tokens.forEach((token, i) => {
    if (token.isClauseStart || OPENERS.has(token.norm) || ((token.norm === 'e' || token.norm === 'ed') && opensWish(tokens, i))) current = i;
    clause.push(current);
  });

  const kind: TClauseKind[] = tokens.map(() => 'plain');
  const isBackground = tokens.map(() => false);
  for (let start = 0; start < tokens.length; ) {
    let end = start;
    while (end + 1 < tokens.length && clause[end + 1] === start) end++;
    let isWish = false;
    let isTrouble = false;
    for (let k = start; k <= end; k++) {
      if (isWishAt(tokens, k)) isWish = true;
      if (TROUBLE_WORDS.has(tokens[k]!.norm) || (tokens[k]!.norm === 'non' && tokens[k + 1]?.norm === 'so')) isTrouble = true;
    }
    // A question mark right after the clause.
    const after = text.slice(tokens[end]!.end, tokens[end + 1]?.start ?? text.length);
    if (after.includes('?')) isTrouble = true;
    const clauseKind: TClauseKind = isWish ? 'wish' : isTrouble ? 'trouble' : 'plain';
    for (let k = start; k <= end; k++) kind[k] = clauseKind;

    // Self-descriptions: at the head of the clause, and "da trent'anni" anywhere.
    let k = start;
    let head = backgroundHead(tokens, k);
    while (head > 0) {
      let j = k + head;
      let isAsking = false;
      while (j <= end && !BACKGROUND_END.has(tokens[j]!.norm)) {
        const w = tokens[j]!.norm;
        if (isWishAt(tokens, j) || TROUBLE_WORDS.has(w) || w === 'non' || w === 'nessuno') isAsking = true;
        j++;
      }
      // "Ho un negozio che non vende": the trouble is in it, nothing is background.
      if (!isAsking) for (let b = k; b < j; b++) isBackground[b] = true;
      // "Faccio il contadino e coltivo ortaggi": another self-description after "e".
      k = j + 1;
      head = j <= end && (tokens[j]!.norm === 'e' || tokens[j]!.norm === 'ed') && k <= end ? backgroundHead(tokens, k) : 0;
    }
    for (let b = start; b < end; b++) {
      if (tokens[b]!.norm !== 'da') continue;
      // "Lavoro da solo" says who works; "una macchina che fa da sola" is the need.
      if (ALONE.has(tokens[b + 1]!.norm) && !(b > 0 && (isBackground[b - 1] || FIRST_PERSON.has(tokens[b - 1]!.norm)))) continue;
      if (SINCE_UNITS.has(tokens[b + 1]!.norm) || SINCE_UNITS.has(tokens[b + 2]?.norm ?? '')) {
        isBackground[b] = isBackground[b + 1] = true;
        if (b + 2 <= end && SINCE_UNITS.has(tokens[b + 2]!.norm)) isBackground[b + 2] = true;
      }
    }
    start = end + 1;
  }
  return { clause, kind, isBackground };
}
