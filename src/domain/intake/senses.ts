import type { TArea } from './areas.js';
import { normalizeText, type TToken } from './normalize-text.js';
import { stemWord } from './stem.js';

/**
 * Reading by context, in two small mechanisms that sit on top of the lexicon.
 *
 * 1. **Word senses.** Some words say one area or another depending on the words around them:
 *    "la domanda del bando" is an application for a grant (finance), "c'è poca domanda" is
 *    demand (market research); "il sito non si apre" is a tool that broke (data and tools),
 *    "vorrei un sito" is being found (communication). A sense rule names a lexicon phrase, one
 *    or more groups of context words, and the weights the phrase takes when one word of every
 *    group is within a few words of it. Rules are tried in order; the first that fits wins;
 *    when none fits, the lexicon's own weights stand.
 *
 * 2. **Objects of a wish.** "Vorrei far arrivare la mia birra nei pub", "mettere insieme le
 *    aziende agricole", "trovare dei negozi che tengano le mie borse": the verb names no area
 *    and neither does the noun, but the pair does. A verb of reaching, finding or joining,
 *    followed within a few words by a noun of a known kind (outlets, customers, peers,
 *    suppliers, staff, abroad), says the area of that pair (`ROUTES`). Only in clauses that
 *    ask for something or say a trouble: "vendiamo ai ristoranti" in a self-description is
 *    background, not a need.
 *
 * Words are folded as the statement's words are; context words follow the lexicon's syntax
 * (stems by default, `=word` for the word as written).
 */
type TWeights = Partial<Record<TArea, number>>;

/** The keys of a phrase as the lexicon compiles them: `s:` + stem, or `w:` + folded word for `=word`. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .replace(/[’']/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => (w.startsWith('=') ? [w] : normalizeText(w).split(' ')))
    .map((w) => (w.startsWith('=') ? `w:${normalizeText(w.slice(1))}` : `s:${stemWord(w)}`));
}

export interface TSenseRule {
  /** A lexicon phrase, written as in `lexicon.ts`. */
  target: string;
  /** Groups of context words or phrases: one of each group must be near the target. */
  when: string[][];
  /** The weights the target takes in this sense (instead of the lexicon's). */
  weights: TWeights;
  /** How many words either side of the target the context may sit. */
  window: number;
}

const DEFAULT_WINDOW = 5;
const rules: TSenseRule[] = [];

function sense(target: string, when: string[][], weights: TWeights, window = DEFAULT_WINDOW): void {
  rules.push({ target, when, weights, window });
}

// A tool that broke, is slow, was broken into or is left unkept: what the owner needs then is
// the tool fixed or looked after, not more visibility.
const BROKEN = [
  'non si apre', 'non si aprono', 'non funziona', 'non funzionano', 'non va', 'non vanno', 'non carica', 'non si carica', 'non si vede',
  'si blocca', 'bloccato', 'bloccata', 'si =pianta', 'si =impalla', 'lento', 'lenta', 'lentissimo', 'lentissima', 'rotto', 'rotta',
  '=errore', '=errori', 'hackerato', 'hackerata', 'bucato', 'bucata', 'rubato', 'rubata', '=password', 'virus', '=sparito', '=sparita',
  'non =aggiornato', '=aggiorna', '=aggiornare', '=aggiornarlo', '=aggiornarla', 'nessuno lo =aggiorna', 'fermo', 'ferma', '=storto',
  '=accedere', '=accesso', '=scaduto', '=dominio', 'tutto storto',
];
// Grants and loans: "domanda" is then the application.
const GRANT = [
  '=bando', '=bandi', 'contributo', 'contributi', 'finanziamento', 'finanziamenti', 'prestito', 'mutuo', 'agevolazione', 'agevolazioni',
  'voucher', '=fondo', '=fondi', 'fondo perduto', 'incentivi', 'camera di commercio', '=regione', '=regionale', '=comune', '=inps',
  'presentato', 'presentare', 'compilare', 'compilata', '=modulo', '=moduli', 'fare domanda', 'fatto domanda', '=scade', '=scadenza',
];

// "La domanda del bando" (finance) against "c'è poca domanda" (demand, the lexicon's reading).
sense('=domanda', [GRANT], { finance: 1 }, 4);
// A website: broken or unkept → the tool; otherwise being found, as the lexicon says.
for (const target of ['sito', 'sito web', 'sito internet', 'pagina web']) sense(target, [BROKEN], { data_tools: 1.1, communication: 0.4 });
// A social page or an app that will not open or was stolen is a tool and security problem first.
for (const target of ['pagina facebook', 'pagina instagram', 'profilo instagram', 'profilo google', 'profilo', 'instagram', 'facebook']) {
  sense(target, [['non si apre', 'non si aprono', 'non funziona', 'non va', 'bloccato', 'bloccata', 'rubato', 'rubata', 'hackerato', 'hackerata', '=password', '=accedere', '=accesso', 'non carica', 'si blocca']], { data_tools: 1, communication: 0.5 });
}
// Packaging: as a gift or a look it sells; in plastic or paper it is waste; made by hand it is work.
for (const target of ['confezioni', 'imballaggi', 'packaging']) {
  sense(target, [['plastica', 'riciclabile', 'riciclabili', 'riciclare', 'riciclo', '=carta', 'cartone', 'compostabile', '=compostabili', 'biodegradabile', 'ambiente', 'sostenibile', '=sostenibili', 'monouso', '=vetro', 'rifiuti', 'spreco']], { green: 1 });
  sense(target, [['regalo', 'regali', 'natale', 'pasqua', '=bella', '=belle', '=bello', 'elegante', 'design', 'grafica', 'etichetta', 'etichette', 'immagine', 'vecchia', 'vecchie', 'cambiare', 'rifare', 'nuova', 'nuove', 'moderna', 'colori', 'scaffale', 'vetrina', 'prodotto', 'prodotti']], { marketing: 0.8, innovation: 0.6, communication: 0.3 });
  sense(target, [['a mano', '=macchina', '=macchinario', 'confezionatrice', '=velocità', 'al giorno', 'ore', 'pezzi', '=produzione']], { organisation: 0.7, automation_ai: 0.7 });
}
// A course: taken by the owner or the staff it is training; made or sold to others (online,
// on video, to clients) it is a new service.
for (const target of ['=corso', '=corsi']) {
  sense(target, [['=seguire', '=seguito', '=seguo', 'frequentare', 'frequentato', 'iscrivermi', 'iscritto', 'iscritta', '=dipendenti', '=ragazzi', '=personale', '=operai', 'obbligatorio', 'aggiornamento', 'sicurezza', 'haccp', 'imparare']], { people: 1 });
  sense(target, [['online', 'on line', 'video', '=videocorso', '=videocorsi', 'internet', 'youtube', '=vendere', '=venderli', '=organizzare', '=proporre', '=creare', 'mettere online', '=allievi', '=allieve', '=iscritti', '=clienti', '=turisti']], { innovation: 1.1, ecommerce: 0.3 });
}
// Cheaper suppliers, energy or couriers are a cost to cut; a cheaper product is a price to set.
for (const target of ['più economici', '=economici', 'costa meno', 'più economico']) {
  sense(target, [['fornitori', 'fornitore', '=fornitura', '=forniture', 'materie prime', '=acquisti', '=comprare', '=compro', '=compriamo', 'bollette', '=energia', '=corriere', '=corrieri', 'assicurazione', 'commercialista', '=banca']], { finance: 1 });
}
// Putting on courses, evenings, tastings or visits is a new offer, not how work is organised.
sense('organizzare', [['=corsi', '=corso', 'eventi', '=evento', '=serate', '=serata', 'degustazioni', 'degustazione', '=visite', 'laboratori', '=feste', '=festa', 'gite', '=tour', 'workshop', 'cene', 'aperitivi', 'mostre', 'concerti', 'matrimoni']], { innovation: 0.7, marketing: 0.5 }, 3);
// "Non torna": money that does not add up, stock that does not match, or a customer who does not come back.
for (const target of ['non =torna', 'non =tornano', 'non =torna mai', 'non =tornano mai']) {
  sense(target, [['cassa', 'conti', '=conto', 'incassi', 'incasso', 'soldi', 'numeri', 'scontrini', 'bilancio', 'fatture', '=pos', 'euro']], { finance: 1.1 });
  sense(target, [['magazzino', 'inventario', 'merce', 'scorte', 'giacenze', '=pezzi', 'ordini']], { organisation: 1.1 });
}
// Orders placed on the internet are selling online, not the flow of the workshop.
sense('ordini', [['online', 'on line', 'internet', '=web', '=sito', '=app', 'amazon', 'whatsapp', 'dal telefono', 'col telefono', 'con il telefono']], { ecommerce: 1.1, organisation: 0.3 }, 3);
// A service brought to the customer's home is a new way to serve, not delivery of goods.
for (const target of ['a domicilio', 'domicilio']) {
  sense(target, [['riparazioni', 'riparazione', '=servizio', '=servizi', 'assistenza', '=visite', 'parrucchiera', '=taglio', 'trattamenti', '=lezioni', 'fisioterapia', 'massaggi', '=pulizie', 'manicure', 'estetista', 'cuoco', 'chef']], { innovation: 0.9, ecommerce: 0.2 }, 4);
}
// "Non trovo" is hiring when a person is sought, and disorder when things are.
sense('non =trovo', [['niente', 'nulla', '=carte', '=documenti', '=fatture', '=file', '=foto', '=chiavi', '=attrezzi', '=pezzi', '=scontrini', '=ricevute', 'quando mi serve', 'quando mi servono']], { organisation: 1 }, 4);
// Deliveries through a platform or an app are selling online, not the owner's own rounds.
for (const target of ['consegne']) {
  sense(target, [['piattaforma', 'piattaforme', '=app', 'glovo', 'deliveroo', 'just eat', 'rider', 'commissione', 'commissioni']], { ecommerce: 1, finance: 0.2 }, 4);
}

export const SENSE_RULES: readonly TSenseRule[] = rules;

interface TCompiledRule {
  when: string[][][];
  weights: TWeights;
  window: number;
}

/** Rules by the keys of their target, joined: the same signature `extract-needs.ts` gives an entry. */
const BY_TARGET = new Map<string, TCompiledRule[]>();
for (const rule of rules) {
  const key = phraseKeys(rule.target).join(' ');
  const list = BY_TARGET.get(key) ?? [];
  list.push({ when: rule.when.map((group) => group.map(phraseKeys)), weights: rule.weights, window: rule.window });
  BY_TARGET.set(key, list);
}

/** The keys of each word of a statement: its (typo-corrected) stem key and its word key. */
export type TTokenKeys = readonly (readonly [string, string])[];

function phraseAt(phrase: string[], start: number, keys: TTokenKeys, skip: ReadonlySet<number>): boolean {
  let at = start;
  for (let w = 0; w < phrase.length; w++) {
    // One word may sit between two words of a context phrase ("non mi funziona").
    let found = -1;
    for (let j = w === 0 ? at : at + 1; j <= (w === 0 ? at : at + 2) && j < keys.length; j++) {
      if (skip.has(j)) continue;
      if (keys[j]![0] === phrase[w] || keys[j]![1] === phrase[w]) {
        found = j;
        break;
      }
    }
    if (found < 0) return false;
    at = found;
  }
  return true;
}

/**
 * The weights a matched phrase takes in its context, when a sense rule fits; `undefined`
 * keeps the lexicon's weights.
 *
 * @example
 *   // "la domanda del bando": the match on "domanda" (signature "w:domanda") near "bando"
 *   senseWeights('w:domanda', [1], keys) // { finance: 1 }
 */
export function senseWeights(signature: string, tokenIndexes: readonly number[], keys: TTokenKeys): TWeights | undefined {
  const list = BY_TARGET.get(signature);
  if (!list) return undefined;
  const own = new Set(tokenIndexes);
  const first = tokenIndexes[0]!;
  const last = tokenIndexes[tokenIndexes.length - 1]!;
  for (const rule of list) {
    const from = Math.max(0, first - rule.window);
    const to = Math.min(keys.length - 1, last + rule.window);
    const fits = rule.when.every((group) =>
      group.some((phrase) => {
        for (let p = from; p <= to; p++) if (!own.has(p) && phraseAt(phrase, p, keys, own)) return true;
        return false;
      }),
    );
    if (fits) return rule.weights;
  }
  return undefined;
}

/** Whether a signature has sense rules (so callers can skip the context scan). */
export function hasSenses(signature: string): boolean {
  return BY_TARGET.has(signature);
}

// ── objects of a wish ─────────────────────────────────────────────────────────────────────────

type TVerbKind = 'reach' | 'find' | 'join';
type TNounKind = 'outlet' | 'customer' | 'peer' | 'supplier' | 'staff' | 'abroad' | 'territory';

/** Words as written (folded). */
function forms(...words: string[]): string[] {
  return words.map((w) => normalizeText(w));
}

// The forms people use of a regular verb, with the clitics they attach ("portarla", "venderli").
const ENDINGS = {
  are: ['are', 'arla', 'arlo', 'arli', 'arle', 'arci', 'armi', 'arne', 'o', 'iamo', 'ano', 'ino', 'i', 'asse', 'assero', 'assi', 'erei', 'eremmo', 'ando'],
  ere: ['ere', 'erla', 'erlo', 'erli', 'erle', 'erci', 'ermi', 'erne', 'o', 'iamo', 'ono', 'ano', 'a', 'esse', 'essero', 'essi', 'erei', 'eremmo', 'endo'],
  ire: ['ire', 'irla', 'irlo', 'irli', 'irle', 'irci', 'irne', 'isco', 'iamo', 'iscono', 'iscano', 'isca', 'isse', 'issero', 'irei', 'iremmo', 'endo'],
} as const;
function verb(infinitive: string): string[] {
  const ending = infinitive.slice(-3) as keyof typeof ENDINGS;
  const root = infinitive.slice(0, -3);
  return ENDINGS[ending].map((e) => root + e);
}

const VERBS: Record<TVerbKind, string[]> = {
  // Bringing the product or the business to someone.
  reach: [
    ...['portare', 'arrivare', 'entrare', 'piazzare', 'attirare', 'esportare', 'consegnare'].flatMap(verb),
    ...['vendere', 'raggiungere', 'proporre'].flatMap((v) => (v === 'proporre' ? forms('proporre', 'proporla', 'proporlo', 'proporli', 'proporci', 'propormi', 'propongo', 'proponiamo') : verb(v))),
    ...['fornire', 'rifornire', 'distribuire'].flatMap(verb),
    ...forms('arriva', 'entra', 'venire', 'vengano', 'venissero', 'richiamare'),
  ],
  // Looking for someone.
  find: [
    ...['trovare', 'cercare', 'conquistare', 'agganciare', 'contattare'].flatMap(verb),
    ...forms('cerchiamo', 'cerchi', 'acquisire', 'servono', 'servirebbero', 'mancano'),
  ],
  // Working together with others.
  join: [
    ...['collaborare', 'allearsi', 'associarsi', 'consorziarsi'].flatMap((v) => (v.endsWith('si') ? forms(v, `${v.slice(0, -2)}ci`, `${v.slice(0, -2)}mi`) : verb(v))),
    ...forms('collaborazione', 'collaborazioni', 'unire', 'unirci', 'unirmi', 'unirsi', 'insieme', 'accordo', 'squadra', 'rete'),
  ],
};
// Phrases of two words that make a verb of the kind: "lavorare con", "mettere insieme".
const VERB_PAIRS: [string, string, TVerbKind][] = [
  ['lavorare', 'con', 'join'], ['lavorare', 'insieme', 'join'], ['mettere', 'insieme', 'join'], ['metterci', 'insieme', 'join'],
  ['metterli', 'insieme', 'join'], ['far', 'venire', 'reach'], ['fare', 'venire', 'reach'], ['far', 'arrivare', 'reach'],
];

const NOUNS: Record<TNounKind, string[]> = {
  outlet: forms(
    'locali', 'negozi', 'negozianti', 'botteghe', 'ristoranti', 'ristoratori', 'trattorie', 'osterie', 'pizzerie', 'bar', 'pub', 'enoteche', 'vinerie',
    'hotel', 'alberghi', 'agriturismi', 'strutture', 'supermercati', 'ipermercati', 'catene', 'gastronomie', 'salumerie', 'macellerie',
    'panetterie', 'pasticcerie', 'gelaterie', 'caffetterie', 'bistrot', 'cantine', 'mercatini', 'negozietti', 'farmacie', 'erboristerie', 'boutique', 'mense', 'ospedali', 'uffici', 'aziende', 'imprese',
    'grossisti', 'distributori', 'rivenditori', 'importatori', 'buyer', 'gdo', 'mercati', 'fiere', 'cooperative',
  ),
  customer: forms(
    'clienti', 'cliente', 'turisti', 'visitatori', 'giovani', 'famiglie', 'stranieri', 'gente', 'pubblico', 'consumatori', 'acquirenti',
    'compratori', 'ospiti', 'coppie', 'studenti', 'anziani', 'sportivi', 'appassionati', 'collezionisti', 'privati', 'pellegrini',
  ),
  peer: forms(
    'aziende', 'azienda', 'imprese', 'produttori', 'artigiani', 'colleghi', 'botteghe', 'negozi', 'negozianti', 'commercianti', 'agricoltori',
    'contadini', 'allevatori', 'viticoltori', 'cantine', 'falegnami', 'ristoratori', 'albergatori', 'operatori', 'realta', 'professionisti',
  ),
  supplier: forms('fornitori', 'fornitore'),
  staff: forms(
    'personale', 'dipendenti', 'dipendente', 'apprendista', 'apprendisti', 'collaboratori', 'collaboratore', 'commessa', 'commesso', 'cameriere',
    'camerieri', 'cuoco', 'aiutante', 'stagionali', 'stagista', 'operai', 'operaio', 'garzone',
  ),
  territory: forms('paesi', 'citta', 'quartieri', 'zone', 'province', 'regioni', 'valli', 'frazioni', 'comuni', 'localita', 'dintorni'),
  abroad: forms('estero', 'europa', 'germania', 'francia', 'america', 'svizzera', 'austria', 'inghilterra', 'giappone', 'cina'),
};

/**
 * What the pair says, by verb and kind of noun. A noun of two kinds ("aziende" are buyers or
 * partners) is read with the first kind its verb has a route for, in the order written here.
 */
const ROUTES: Record<TVerbKind, [TNounKind, TWeights][]> = {
  reach: [
    ['outlet', { marketing: 1.1 }],
    ['customer', { marketing: 1, communication: 0.5 }],
    ['abroad', { marketing: 0.8, market_research: 0.8 }],
    ['territory', { marketing: 1, ecommerce: 0.4 }],
  ],
  find: [
    ['staff', { people: 1.1 }],
    ['supplier', { finance: 0.7, organisation: 0.7 }],
    ['outlet', { marketing: 1.1 }],
    ['customer', { marketing: 1.1, communication: 0.3 }],
    ['peer', { strategy: 0.9, marketing: 0.5 }],
    ['abroad', { marketing: 0.8, market_research: 0.8 }],
  ],
  join: [
    ['peer', { strategy: 1.1, marketing: 0.5 }],
    ['outlet', { marketing: 1, strategy: 0.4 }],
  ],
};

const VERB_OF = new Map<string, TVerbKind>();
for (const [kind, words] of Object.entries(VERBS) as [TVerbKind, string[]][]) for (const w of words) VERB_OF.set(w, kind);
const NOUN_KINDS = new Map<string, TNounKind[]>();
for (const [kind, words] of Object.entries(NOUNS) as [TNounKind, string[]][]) {
  for (const w of words) NOUN_KINDS.set(w, [...(NOUN_KINDS.get(w) ?? []), kind]);
}
/** How far after the verb its object may be: "far arrivare la nostra birra nei pub". */
const OBJECT_WINDOW = 6;
/** Words that end the verb's reach: a new clause of its own. */
const OBJECT_STOP = new Set(['che', 'per', 'perche', 'ma', 'se', 'quando', 'dove', 'mentre', 'pero']);
// "Insieme", "rete", "accordo", "squadra" make a join only after a verb of doing ("fare rete con").
const JOIN_NOUNS = new Set(['insieme', 'accordo', 'squadra', 'rete']);

export interface TWishObject {
  /** The verb's token and the object's token (one or two for the verb). */
  tokenIndexes: number[];
  weights: TWeights;
  /** A readable name for the route, for evidence and debugging: "reach→outlet". */
  route: string;
}

/**
 * The verb + object pairs of a statement, in clauses that ask for something or say a trouble.
 * `canUse(k)` tells whether token `k` is free (unmatched, or matched by a word the pair may
 * replace).
 *
 * @example
 *   // "Vorrei far arrivare la mia birra nei pub": "arrivare" … "pub", reach→outlet, marketing.
 */
export function findWishObjects(
  tokens: readonly TToken[],
  isAsking: (k: number) => boolean,
  canUse: (k: number) => boolean,
): TWishObject[] {
  const found: TWishObject[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isAsking(i)) continue;
    const norm = tokens[i]!.norm;
    let kind = VERB_OF.get(norm);
    let verbTokens = [i];
    const pair = VERB_PAIRS.find(([a, b]) => a === norm && tokens[i + 1]?.norm === b);
    if (pair) {
      kind = pair[2];
      verbTokens = [i, i + 1];
    } else if (kind === 'join' && JOIN_NOUNS.has(norm)) {
      // "fare rete con", "fare squadra con", "d'accordo con", "insieme ad altre": a join when "con"/"a" follows.
      const next = tokens[i + 1]?.norm ?? '';
      if (!['con', 'a', 'ad', 'agli', 'alle', 'ai'].includes(next)) continue;
    }
    if (!kind || !verbTokens.every(canUse)) continue;
    const after = verbTokens[verbTokens.length - 1]! + 1;
    for (let k = after; k < Math.min(tokens.length, after + OBJECT_WINDOW); k++) {
      if (tokens[k]!.isClauseStart || OBJECT_STOP.has(tokens[k]!.norm)) break;
      const kinds = NOUN_KINDS.get(tokens[k]!.norm);
      if (!kinds) continue;
      // The first noun of a known kind is the object; if the verb has no route for it, none.
      const route = ROUTES[kind].find(([nounKind]) => kinds.includes(nounKind));
      if (route && canUse(k)) found.push({ tokenIndexes: [...verbTokens, k], weights: route[1], route: `${kind}→${route[0]}` });
      break;
    }
  }
  return found;
}
