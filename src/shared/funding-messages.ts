import type { TLocale } from './locale.js';

/**
 * What the funding finder says, in Italian (default) and English: the eligibility reasons
 * shown to entrepreneurs (tu, short sentences), the problems of a sportello's own call, and
 * the error codes spread into ERROR_MESSAGES. Shared so the server, the CLI and the web say
 * the same words.
 */

export const FUNDING_ERROR_MESSAGES = {
  /** A sportello's own call does not pass validation; `errors` names each field (fundingProblemText). */
  'funding.invalid_call': { it: 'Il bando ha qualche dato che non va. Controlla i campi segnati.', en: 'Some data of the call is not valid. Check the marked fields.' },
  /** An export (JSON or CSV) was refused whole: `errors` names the record or row and the field. */
  'funding.import_refused': {
    it: 'Il file non è stato importato: nessun bando è stato salvato. Correggi le righe segnate e riprova.',
    en: 'The file was not imported: no call was stored. Fix the marked rows and try again.',
  },
} as const satisfies Record<string, Record<TLocale, string>>;

const MONTHS: Record<TLocale, readonly string[]> = {
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A calendar day (YYYY-MM-DD, already Rome's) in words; by hand, since a check of a thousand
 * calls writes a thousand dates.
 *
 * @example
 *   formatDay('2025-12-31', 'it'); // "31 dicembre 2025"
 *   formatDay('2025-12-01', 'it'); // "1° dicembre 2025"
 *   formatDay('2025-12-01', 'en'); // "1 December 2025"
 */
export function formatDay(day: string, locale: TLocale): string {
  const date = Number(day.slice(8, 10));
  // Italian writes the first of the month as an ordinal: "1° marzo".
  return `${date === 1 && locale === 'it' ? '1°' : date} ${MONTHS[locale][Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}

/**
 * An Italian article or preposition before a day: "il 31 dicembre", but "l’11 febbraio" and
 * "all’8 marzo", since 8 and 11 start with a vowel sound.
 *
 * @example onDay('al', '2026-02-11'); // "all’11 febbraio 2026"
 */
export function onDay(word: 'il' | 'al' | 'dal' | 'del', day: string): string {
  const date = Number(day.slice(8, 10));
  const isVowel = date === 8 || date === 11;
  const joined = { il: 'l’', al: 'all’', dal: 'dall’', del: 'dell’' }[word];
  return isVowel ? `${joined}${formatDay(day, 'it')}` : `${word} ${formatDay(day, 'it')}`;
}

/** "a, b e c" / "a, b and c". */
function joinWords(words: readonly string[], locale: TLocale, last = locale === 'it' ? 'e' : 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

type TSize = 'micro' | 'small' | 'medium' | 'large';

const SIZE_ONE: Record<TLocale, Record<TSize, string>> = {
  it: { micro: 'micro impresa', small: 'piccola impresa', medium: 'media impresa', large: 'grande impresa' },
  en: { micro: 'micro business', small: 'small business', medium: 'medium-sized business', large: 'large business' },
};
const SIZE_ADJECTIVE: Record<TLocale, Record<TSize, string>> = {
  it: { micro: 'micro', small: 'piccole', medium: 'medie', large: 'grandi' },
  en: { micro: 'micro', small: 'small', medium: 'medium-sized', large: 'large' },
};

/** "una micro o piccola impresa" written from the classes a business may be. */
function sizeOfBusiness(classes: readonly TSize[], locale: TLocale): string {
  if (classes.length === 1) return SIZE_ONE[locale][classes[0]!];
  const adjectives = classes.map((c) => (locale === 'it' ? SIZE_ONE.it[c].replace(' impresa', '') : SIZE_ADJECTIVE.en[c]));
  return locale === 'it' ? `${joinWords(adjectives, locale, 'o')} impresa` : `${joinWords(adjectives, locale, 'or')} business`;
}

/** "piccole e medie imprese" for the classes a call admits. */
function sizesOfCall(classes: readonly TSize[], locale: TLocale): string {
  return `${joinWords(classes.map((c) => SIZE_ADJECTIVE[locale][c]), locale)} ${locale === 'it' ? 'imprese' : 'businesses'}`;
}

export type TBusinessFact = 'employees' | 'annualTurnoverEur' | 'balanceSheetEur' | 'comuneIstat' | 'atecoCode' | 'foundedOn' | 'legalForm';

const FACTS: Record<TLocale, Record<TBusinessFact, string>> = {
  it: {
    employees: 'quante persone lavorano nell’impresa',
    annualTurnoverEur: 'il fatturato dell’ultimo anno',
    balanceSheetEur: 'il totale di bilancio',
    comuneIstat: 'in che comune ha sede l’impresa',
    atecoCode: 'il codice ATECO (lo trovi nella visura camerale)',
    foundedOn: 'quando è nata l’impresa',
    legalForm: 'la forma giuridica (per esempio srl o ditta individuale)',
  },
  en: {
    employees: 'how many people work in the business',
    annualTurnoverEur: 'last year’s turnover',
    balanceSheetEur: 'the balance sheet total',
    comuneIstat: 'the comune where the business is based',
    atecoCode: 'the ATECO code (it is on the chamber of commerce record)',
    foundedOn: 'when the business was founded',
    legalForm: 'the legal form (for example srl or sole trader)',
  },
};

/** A sentence asking for the facts the business has not given. */
export function askForFacts(facts: readonly TBusinessFact[], locale: TLocale): string {
  const list = joinWords(facts.map((f) => FACTS[locale][f]), locale);
  return locale === 'it' ? `Per saperlo, dicci ${list}.` : `To know, tell us ${list}.`;
}

const LEGAL_FORM_NAMES: Record<string, Record<TLocale, string>> = {
  ditta_individuale: { it: 'ditta individuale', en: 'sole trader' },
  snc: { it: 'snc', en: 'snc (general partnership)' },
  sas: { it: 'sas', en: 'sas (limited partnership)' },
  srl: { it: 'srl', en: 'srl (limited company)' },
  srls: { it: 'srls', en: 'srls (simplified limited company)' },
  spa: { it: 'spa', en: 'spa (joint-stock company)' },
  sapa: { it: 'sapa', en: 'sapa (partnership limited by shares)' },
  cooperativa: { it: 'cooperativa', en: 'cooperative' },
  consorzio: { it: 'consorzio', en: 'consortium' },
  professionista: { it: 'libero professionista', en: 'self-employed professional' },
  altro: { it: 'altra forma', en: 'another form' },
};

/** The prose-only facts a call's text may set, as "Da verificare sul bando" lists them. */
export type TProseFact = 'years' | 'legalForm' | 'coverage' | 'documents' | 'deMinimis';

const PROSE_FACTS: Record<TLocale, Record<TProseFact, string>> = {
  it: { years: 'anni di attività', legalForm: 'forma giuridica', coverage: 'quota delle spese coperta', documents: 'documenti da presentare', deMinimis: 'regime de minimis' },
  en: { years: 'years in business', legalForm: 'legal form', coverage: 'share of costs covered', documents: 'documents to send', deMinimis: 'de minimis rules' },
};

/** Every reason the check can give, with what its sentence needs. */
export type TFundingReason =
  | { code: 'dates.open'; closesDay: string }
  | { code: 'dates.rolling' }
  | { code: 'dates.upcoming'; opensDay: string; closesDay: string | null }
  | { code: 'dates.closed'; closesDay: string }
  | { code: 'dates.unknown' }
  | { code: 'territory.national' }
  | { code: 'territory.region'; region: string; of: string }
  | { code: 'territory.other_region'; regions: { name: string; of: string }[] }
  | { code: 'territory.no_region' }
  | { code: 'territory.comune' }
  | { code: 'territory.other_comune' }
  | { code: 'territory.comune_unclear' }
  | { code: 'territory.missing'; facts: TBusinessFact[] }
  | { code: 'size.all' }
  | { code: 'size.ok'; classes: TSize[] }
  | { code: 'size.not_allowed'; classes: TSize[]; allowed: TSize[] }
  | { code: 'size.micro_as_pmi' }
  | { code: 'size.missing'; facts: TBusinessFact[] }
  | { code: 'ateco.all' }
  | { code: 'ateco.ok'; atecoCode: string }
  | { code: 'ateco.not_allowed'; atecoCode: string }
  | { code: 'ateco.old_codes'; atecoCode: string }
  | { code: 'ateco.missing' }
  | { code: 'rule.founded_before.ok' | 'rule.founded_before.not_allowed'; day: string }
  | { code: 'rule.founded_after.ok' | 'rule.founded_after.not_allowed'; day: string }
  | { code: 'rule.min_years.ok' | 'rule.min_years.not_allowed'; years: number; actual: number }
  | { code: 'rule.max_years.ok' | 'rule.max_years.not_allowed'; years: number; actual: number }
  | { code: 'rule.legal_forms.ok' }
  | { code: 'rule.legal_forms.not_allowed'; forms: string[] }
  | { code: 'rule.max_employees.ok' | 'rule.max_employees.not_allowed'; max: number; actual: number }
  | { code: 'rule.missing'; facts: TBusinessFact[] }
  | { code: 'prose.to_verify'; facts: TProseFact[]; link: string | null };

export type TFundingReasonCode = TFundingReason['code'];

function regionList(regions: { name: string; of: string }[], locale: TLocale): string {
  if (locale === 'en') return regions.length === 1 ? `in ${regions[0]!.name}` : `in these regions: ${joinWords(regions.map((r) => r.name), locale)}`;
  if (regions.length === 1) return `${regions[0]!.of}${regions[0]!.of.endsWith("'") ? '' : ' '}${regions[0]!.name}`;
  return `di queste regioni: ${joinWords(regions.map((r) => r.name), locale)}`;
}

/**
 * The sentence of one reason.
 *
 * @example
 *   fundingReasonText({ code: 'size.ok', classes: ['micro'] }, 'it'); // "Sei una micro impresa: va bene."
 *   fundingReasonText({ code: 'dates.closed', closesDay: '2025-12-31' }, 'it'); // "Chiude il 31 dicembre 2025: è già chiuso."
 */
export function fundingReasonText(reason: TFundingReason, locale: TLocale): string {
  const it = locale === 'it';
  const day = (d: string) => formatDay(d, locale);
  switch (reason.code) {
    case 'dates.open':
      return it ? `È aperto fino ${onDay('al', reason.closesDay)}.` : `It is open until ${day(reason.closesDay)}.`;
    case 'dates.rolling':
      return it ? 'È a sportello: vale finché ci sono fondi.' : 'It is first come, first served: it lasts while the funds last.';
    case 'dates.upcoming': {
      const closes = reason.closesDay ? (it ? ` e chiude ${onDay('il', reason.closesDay)}` : ` and closes on ${day(reason.closesDay)}`) : '';
      return it ? `Apre ${onDay('il', reason.opensDay)}${closes}: potrai fare domanda da quel giorno.` : `It opens on ${day(reason.opensDay)}${closes}: you can apply from that day.`;
    }
    case 'dates.closed':
      return it ? `Chiude ${onDay('il', reason.closesDay)}: è già chiuso.` : `It closed on ${day(reason.closesDay)}: it is already closed.`;
    case 'dates.unknown':
      return it ? 'Non c’è una data di chiusura: controlla sul bando se è ancora aperto.' : 'There is no closing date: check the call to see whether it is still open.';
    case 'territory.national':
      return it ? 'Vale in tutta Italia.' : 'It covers all of Italy.';
    case 'territory.region':
      return it ? `Vale per le imprese ${regionList([{ name: reason.region, of: reason.of }], locale)}: va bene.` : `It is for businesses in ${reason.region}: fine.`;
    case 'territory.other_region':
      return it ? `È solo per imprese ${regionList(reason.regions, locale)}.` : `It is only for businesses ${regionList(reason.regions, locale)}.`;
    case 'territory.no_region':
      return it ? 'Non sappiamo per quali regioni vale: controlla sul bando.' : 'We do not know which regions it covers: check the call.';
    case 'territory.comune':
      return it ? 'Vale per il tuo comune.' : 'It covers your comune.';
    case 'territory.other_comune':
      return it ? 'È solo per alcuni comuni, e il tuo non c’è.' : 'It is only for some comuni, and yours is not one of them.';
    case 'territory.comune_unclear':
      return it ? 'È solo per alcuni comuni: controlla sul bando se c’è il tuo.' : 'It is only for some comuni: check the call to see whether yours is one.';
    case 'territory.missing':
      return it ? `Vale solo in alcuni posti. ${askForFacts(reason.facts, locale)}` : `It covers only some places. ${askForFacts(reason.facts, locale)}`;
    case 'size.all':
      return it ? 'Va bene per imprese di ogni dimensione.' : 'It fits businesses of any size.';
    case 'size.ok':
      return it ? `Sei una ${sizeOfBusiness(reason.classes, locale)}: va bene.` : `You are a ${sizeOfBusiness(reason.classes, locale)}: fine.`;
    case 'size.not_allowed':
      return it
        ? `È solo per ${sizesOfCall(reason.allowed, locale)}: tu sei una ${sizeOfBusiness(reason.classes, locale)}.`
        : `It is only for ${sizesOfCall(reason.allowed, locale)}: you are a ${sizeOfBusiness(reason.classes, locale)}.`;
    case 'size.micro_as_pmi':
      return it ? 'Parla di piccole e medie imprese: chiedi se vale anche per le micro.' : 'It speaks of small and medium-sized businesses: ask whether micro businesses count too.';
    case 'size.missing':
      return it ? `Dipende dalla dimensione dell’impresa. ${askForFacts(reason.facts, locale)}` : `It depends on the size of the business. ${askForFacts(reason.facts, locale)}`;
    case 'ateco.all':
      return it ? 'Va bene per tutti i settori.' : 'Any sector can apply.';
    case 'ateco.ok':
      return it ? `Il tuo settore (${reason.atecoCode}) è tra quelli ammessi.` : `Your sector (${reason.atecoCode}) is among those allowed.`;
    case 'ateco.not_allowed':
      return it ? `Il tuo settore (${reason.atecoCode}) non è tra quelli ammessi.` : `Your sector (${reason.atecoCode}) is not among those allowed.`;
    case 'ateco.old_codes':
      return it
        ? `Il bando usa codici ATECO di una versione vecchia: controlla sul bando se c’è il tuo settore (${reason.atecoCode}).`
        : `The call uses codes of an older ATECO version: check the call to see whether your sector (${reason.atecoCode}) is there.`;
    case 'ateco.missing':
      return it ? `È solo per alcuni settori. ${askForFacts(['atecoCode'], locale)}` : `It is only for some sectors. ${askForFacts(['atecoCode'], locale)}`;
    case 'rule.founded_before.ok':
      return it ? `La tua impresa è nata prima ${onDay('del', reason.day)}: va bene.` : `Your business was founded before ${day(reason.day)}: fine.`;
    case 'rule.founded_before.not_allowed':
      return it ? `È per imprese nate prima ${onDay('del', reason.day)}.` : `It is for businesses founded before ${day(reason.day)}.`;
    case 'rule.founded_after.ok':
      return it ? `La tua impresa è nata ${onDay('dal', reason.day)} in poi: va bene.` : `Your business was founded on or after ${day(reason.day)}: fine.`;
    case 'rule.founded_after.not_allowed':
      return it ? `È per imprese nate ${onDay('dal', reason.day)} in poi.` : `It is for businesses founded on or after ${day(reason.day)}.`;
    case 'rule.min_years.ok':
      return it ? `La tua impresa ha almeno ${reason.years} anni di attività: va bene.` : `Your business has at least ${reason.years} years in business: fine.`;
    case 'rule.min_years.not_allowed':
      return it ? `Servono almeno ${reason.years} anni di attività: la tua impresa ne ha ${reason.actual}.` : `It needs at least ${reason.years} years in business: yours has ${reason.actual}.`;
    case 'rule.max_years.ok':
      return it ? `La tua impresa ha al massimo ${reason.years} anni di attività: va bene.` : `Your business has at most ${reason.years} years in business: fine.`;
    case 'rule.max_years.not_allowed':
      return it ? `È per imprese con al massimo ${reason.years} anni di attività: la tua ne ha ${reason.actual}.` : `It is for businesses with at most ${reason.years} years in business: yours has ${reason.actual}.`;
    case 'rule.legal_forms.ok':
      return it ? 'La tua forma giuridica va bene.' : 'Your legal form fits.';
    case 'rule.legal_forms.not_allowed': {
      const forms = joinWords(reason.forms.map((f) => LEGAL_FORM_NAMES[f]?.[locale] ?? f), locale, it ? 'o' : 'or');
      return it ? `È solo per: ${forms}.` : `It is only for: ${forms}.`;
    }
    case 'rule.max_employees.ok':
      return it ? `Siete al massimo ${reason.max} persone: va bene.` : `You are at most ${reason.max} people: fine.`;
    case 'rule.max_employees.not_allowed':
      return it ? `È per imprese con al massimo ${reason.max} persone: voi siete ${reason.actual}.` : `It is for businesses of at most ${reason.max} people: you are ${reason.actual}.`;
    case 'rule.missing':
      return it ? `Il bando chiede altri requisiti. ${askForFacts(reason.facts, locale)}` : `The call sets other conditions. ${askForFacts(reason.facts, locale)}`;
    case 'prose.to_verify': {
      const facts = joinWords(reason.facts.map((f) => PROSE_FACTS[locale][f]), locale);
      const where = reason.link ? (it ? ` Leggilo qui: ${reason.link}` : ` Read it here: ${reason.link}`) : it ? ' Chiedi il testo allo sportello.' : ' Ask the sportello for its text.';
      return it ? `Da verificare sul bando: ${facts}.${where}` : `To check in the call: ${facts}.${where}`;
    }
  }
}

/** Why a sportello's own call is refused, field by field (docs/funding.md). */
export type TOwnCallProblemCode =
  | 'required'
  | 'invalid'
  | 'too_long'
  | 'closes_before_opens'
  | 'negative_amount'
  | 'min_above_max'
  | 'no_purpose'
  | 'no_kind'
  | 'unknown_ateco'
  | 'unknown_region'
  | 'duplicate_id';

export interface TOwnCallProblem {
  /** Dot path in the input: "closesOn", "amounts.grantMin", "ateco.2", "calls.1.title". */
  field: string;
  code: TOwnCallProblemCode;
  /** The value at fault, when showing it helps ("45.11"). */
  value?: string;
}

const FIELD_LABELS: Record<string, Record<TLocale, string>> = {
  id: { it: 'il codice del bando', en: 'the call’s id' },
  title: { it: 'il titolo', en: 'the title' },
  description: { it: 'la descrizione', en: 'the description' },
  link: { it: 'il link ufficiale', en: 'the official link' },
  opensOn: { it: 'la data di apertura', en: 'the opening date' },
  closesOn: { it: 'la data di chiusura', en: 'the closing date' },
  closing: { it: 'il tipo di chiusura', en: 'the kind of closing' },
  regions: { it: 'le regioni', en: 'the regions' },
  comuni: { it: 'i comuni', en: 'the comuni' },
  sizes: { it: 'le dimensioni di impresa', en: 'the business sizes' },
  ateco: { it: 'i codici ATECO', en: 'the ATECO codes' },
  kinds: { it: 'il tipo di aiuto', en: 'the kind of help' },
  areas: { it: 'i bisogni a cui serve', en: 'the needs it serves' },
  amounts: { it: 'gli importi', en: 'the amounts' },
  spendingMin: { it: 'la spesa minima', en: 'the minimum spending' },
  spendingMax: { it: 'la spesa massima', en: 'the maximum spending' },
  grantMin: { it: 'l’aiuto minimo', en: 'the minimum help' },
  grantMax: { it: 'l’aiuto massimo', en: 'the maximum help' },
  grantingBody: { it: 'l’ente che dà l’aiuto', en: 'the granting body' },
  rules: { it: 'le regole', en: 'the rules' },
  calls: { it: 'l’elenco dei bandi', en: 'the list of calls' },
};

/** The label of the last named part of a dot path ("calls.2.amounts.grantMin" → grantMin). */
function labelOf(field: string, locale: TLocale): string {
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
  for (let i = parts.length - 1; i >= 0; i--) {
    const label = FIELD_LABELS[parts[i]!];
    if (label) return label[locale];
  }
  return field;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What to say next to a field of a sportello's call.
 *
 * @example
 *   ownCallProblemText({ field: 'closesOn', code: 'closes_before_opens' }, 'it');
 *   // "La data di chiusura viene prima della data di apertura."
 *   ownCallProblemText({ field: 'ateco.1', code: 'unknown_ateco', value: '45.11' }, 'en');
 *   // "The ATECO code 45.11 does not exist (ATECO 2025 divisions)."
 */
export function ownCallProblemText(problem: TOwnCallProblem, locale: TLocale): string {
  const it = locale === 'it';
  const label = labelOf(problem.field, locale);
  switch (problem.code) {
    case 'required':
      return it ? `Manca ${label}.` : `${capitalise(label)} is missing.`;
    case 'invalid':
      return it ? `${capitalise(label)}: questo valore non va bene.` : `${capitalise(label)}: this value is not valid.`;
    case 'too_long':
      return it ? `${capitalise(label)}: il testo è troppo lungo.` : `${capitalise(label)}: the text is too long.`;
    case 'closes_before_opens':
      return it ? 'La data di chiusura viene prima della data di apertura.' : 'The closing date comes before the opening date.';
    case 'negative_amount':
      return it ? `${capitalise(label)}: un importo non può essere negativo.` : `${capitalise(label)}: an amount cannot be negative.`;
    case 'min_above_max':
      // "la spesa minima … alta", "l’aiuto minimo … alto": the adjective follows the noun's gender.
      return it ? `${capitalise(label)} è più ${label.startsWith('l’aiuto') ? 'alto' : 'alta'} del massimo.` : `${capitalise(label)} is above the maximum.`;
    case 'no_purpose':
      return it ? 'Scegli almeno un bisogno a cui serve il bando (per esempio finanza o e-commerce).' : 'Choose at least one need the call serves (for example finance or e-commerce).';
    case 'no_kind':
      return it ? 'Scegli almeno un tipo di aiuto (per esempio contributo a fondo perduto).' : 'Choose at least one kind of help (for example a grant).';
    case 'unknown_ateco':
      return it ? `Il codice ATECO ${problem.value ?? ''} non esiste (divisioni ATECO 2025).` : `The ATECO code ${problem.value ?? ''} does not exist (ATECO 2025 divisions).`;
    case 'unknown_region':
      return it
        ? `La regione ${problem.value ?? ''} non esiste: usa il codice ISTAT a due cifre (per esempio 12 per il Lazio).`
        : `The region ${problem.value ?? ''} does not exist: use the two-digit ISTAT code (for example 12 for Lazio).`;
    case 'duplicate_id':
      return it ? `Il codice ${problem.value ?? ''} è già usato da un altro bando del file.` : `The id ${problem.value ?? ''} is already used by another call in the file.`;
  }
}
