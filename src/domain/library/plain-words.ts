/**
 * "Parole da evitare": jargon and needless anglicisms that a shop owner stops reading
 * at, each with the plain Italian an author can use instead. Matched on whole words,
 * without regard to case or accents; a form ending in * matches any ending
 * ("implementa*" finds "implementare", "implementato").
 */
export const WORDS_TO_AVOID: readonly { word: string; plain: string }[] = [
  { word: 'implementa*', plain: 'mettere in pratica, fare' },
  { word: 'kpi', plain: 'numero da seguire' },
  { word: 'target', plain: 'clienti a cui ti rivolgi' },
  { word: 'business model', plain: 'come guadagni' },
  { word: 'brand awareness', plain: 'quanto ti conoscono' },
  { word: 'brand', plain: 'marchio, nome' },
  { word: 'customer journey', plain: 'il percorso del cliente' },
  { word: 'customer care', plain: 'assistenza ai clienti' },
  { word: 'engagement', plain: 'interesse, risposte dei clienti' },
  { word: 'lead', plain: 'possibile cliente' },
  { word: 'funnel', plain: 'i passi dal primo contatto alla vendita' },
  { word: 'conversion rate', plain: 'quanti comprano tra quelli che guardano' },
  { word: 'tasso di conversione', plain: 'quanti comprano tra quelli che guardano' },
  { word: 'roi', plain: 'quanto ti rende quello che spendi' },
  { word: 'break even', plain: 'il punto in cui copri le spese' },
  { word: 'break-even', plain: 'il punto in cui copri le spese' },
  { word: 'cash flow', plain: 'soldi che entrano ed escono' },
  { word: 'budget', plain: 'soldi a disposizione' },
  { word: 'asset', plain: 'beni, risorse' },
  { word: 'best practice*', plain: 'il modo che funziona meglio' },
  { word: 'benchmark*', plain: 'confronto' },
  { word: 'know-how', plain: 'esperienza, saper fare' },
  { word: 'skill*', plain: 'capacità' },
  { word: 'team', plain: 'gruppo, squadra' },
  { word: 'meeting', plain: 'incontro' },
  { word: 'deadline', plain: 'scadenza' },
  { word: 'feedback', plain: 'parere, risposta' },
  { word: 'follow-up', plain: 'seguito, ricontatto' },
  { word: 'mission', plain: 'scopo' },
  { word: 'vision', plain: 'dove vuoi arrivare' },
  { word: 'stakeholder*', plain: 'persone interessate' },
  { word: 'partnership', plain: 'accordo, collaborazione' },
  { word: 'win-win', plain: 'conviene a tutti e due' },
  { word: 'storytelling', plain: 'raccontare la tua storia' },
  { word: 'content', plain: 'contenuti' },
  { word: 'ottimizza*', plain: 'migliorare' },
  { word: 'efficienta*', plain: 'far rendere di più' },
  { word: 'massimizza*', plain: 'aumentare' },
  { word: 'incentiva*', plain: 'spingere, favorire' },
  { word: 'sinergi*', plain: 'lavorare insieme' },
  { word: 'criticità', plain: 'problema' },
  { word: 'problematica', plain: 'problema' },
  { word: 'problematiche', plain: 'problemi' },
  { word: 'tematica', plain: 'tema, argomento' },
  { word: 'tematiche', plain: 'temi, argomenti' },
  { word: 'finalizzat*', plain: 'per, che serve a' },
  { word: 'al fine di', plain: 'per' },
  { word: 'in merito a', plain: 'su' },
  { word: 'in ottica di', plain: 'per' },
  { word: 'qualora', plain: 'se' },
  { word: 'pertanto', plain: 'quindi' },
  { word: 'mediante', plain: 'con' },
  { word: 'usufruire', plain: 'usare' },
  { word: 'espletare', plain: 'fare' },
  { word: 'effettuare', plain: 'fare' },
  { word: 'digitalizza*', plain: 'passare al computer, usare strumenti digitali' },
  { word: 'scalabil*', plain: 'che può crescere' },
  { word: 'performance', plain: 'risultati' },
  { word: 'trend', plain: 'tendenza' },
  { word: 'marketplace', plain: 'negozio online di tanti venditori (per esempio Amazon)' },
  { word: 'e-commerce', plain: 'negozio online' },
  { word: 'seo', plain: 'farti trovare su Google' },
  { word: 'crm', plain: 'elenco dei clienti con la loro storia' },
  { word: 'cloud', plain: 'su internet, non sul tuo computer' },
  { word: 'tool', plain: 'strumento' },
  { word: 'workflow', plain: 'come scorre il lavoro' },
  { word: 'automation', plain: 'automazione' },
  { word: 'data driven', plain: 'guidato dai numeri' },
  { word: 'data-driven', plain: 'guidato dai numeri' },
];

export interface TWordToAvoidHit {
  /** The words as written in the text. */
  found: string;
  word: string;
  plain: string;
  /** Offset of the match in the text given. */
  at: number;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// NFD folding keeps one character per base letter for Italian text, so offsets agree.
const MATCHERS = WORDS_TO_AVOID.map((entry) => {
  const stem = escape(fold(entry.word).replace(/\*$/, '')).replace(/\\?-|\s+/g, '[-\\s]+');
  const tail = entry.word.endsWith('*') ? '\\p{L}*' : '';
  return { entry, re: new RegExp(`(?<![\\p{L}\\p{N}])${stem}${tail}(?![\\p{L}\\p{N}])`, 'gu') };
});

/**
 * The words to avoid in a text, first to last, each with a plain alternative.
 *
 * @example findWordsToAvoid('Dobbiamo implementare i KPI')[0]; // { found: 'implementare', plain: 'mettere in pratica, fare', ... }
 */
export function findWordsToAvoid(text: string): TWordToAvoidHit[] {
  const folded = fold(text);
  const safe = folded.length === text.length;
  const hits: TWordToAvoidHit[] = [];
  const taken: [number, number][] = [];
  for (const { entry, re } of MATCHERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(folded))) {
      const start = m.index;
      const end = start + m[0].length;
      // "brand awareness" wins over "brand" inside it: longer entries are listed first where they overlap.
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      hits.push({ found: safe ? text.slice(start, end) : m[0], word: entry.word.replace(/\*$/, ''), plain: entry.plain, at: start });
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}
