import { formatDay, onDay } from './funding-messages.js';
import type { TLocale } from './locale.js';

/**
 * A call's facts in plain words, Italian (tu, short sentences) and English, for its public page
 * (/bandi/{slug}) and GET /api/funding/calls/{slug}. Pure: the caller brings names (regions,
 * comuni, ATECO divisions, the sportello) already looked up.
 */

type TSize = 'micro' | 'small' | 'medium' | 'large';
type TKind = 'grant' | 'loan' | 'tax_credit' | 'equity' | 'guarantee' | 'contribution_relief';

/** "a, b e c" / "a, b and c". */
export function joinWords(words: readonly string[], locale: TLocale): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${locale === 'it' ? 'e' : 'and'} ${words[words.length - 1]}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The portal's description, in the three parts it writes ("Cos'è", "A chi si rivolge", "Cosa prevede"). */
export type TDescriptionParts = { what: string; who: string | null; offers: string | null };

const HEADINGS = [
  { key: 'what', pattern: /cos['’]\s?è/i },
  { key: 'who', pattern: /a chi si rivolge/i },
  { key: 'offers', pattern: /cosa prevede/i },
] as const;

/**
 * Splits a description on the portal's own headings; a text without them is all "what".
 * Non-breaking spaces become spaces and runs of blanks one space; line breaks stay.
 *
 * @example splitDescription("Cos'è Un aiuto. A chi si rivolge PMI. Cosa prevede Un contributo.")
 * // { what: 'Un aiuto.', who: 'PMI.', offers: 'Un contributo.' }
 */
export function splitDescription(text: string): TDescriptionParts {
  const clean = text.replace(/\u00a0/g, ' ').replace(/[ \t]+/g, ' ').trim();
  const found: { key: (typeof HEADINGS)[number]['key']; at: number; length: number }[] = [];
  for (const heading of HEADINGS) {
    const match = heading.pattern.exec(clean);
    if (match) found.push({ key: heading.key, at: match.index, length: match[0].length });
  }
  found.sort((a, b) => a.at - b.at);
  if (found.length === 0 || found[0]!.at > 0) return { what: clean, who: null, offers: null };
  const parts: TDescriptionParts = { what: '', who: null, offers: null };
  found.forEach((part, i) => {
    const end = i + 1 < found.length ? found[i + 1]!.at : clean.length;
    const body = clean.slice(part.at + part.length, end).trim();
    if (part.key === 'what') parts.what = body;
    else parts[part.key] = body || null;
  });
  return parts;
}

const SIZES: Record<TLocale, Record<TSize, string>> = {
  it: { micro: 'micro', small: 'piccole', medium: 'medie', large: 'grandi' },
  en: { micro: 'micro', small: 'small', medium: 'medium-sized', large: 'large' },
};

/**
 * Who may apply by size.
 * @example sizesWords(['micro', 'small', 'medium'], 'it') // 'Micro, piccole e medie imprese.'
 */
export function sizesWords(sizes: 'all' | readonly TSize[], locale: TLocale): string {
  if (sizes === 'all' || sizes.length === 0) return locale === 'it' ? 'Imprese di ogni dimensione.' : 'Businesses of any size.';
  const order: TSize[] = ['micro', 'small', 'medium', 'large'];
  const names = order.filter((s) => sizes.includes(s)).map((s) => SIZES[locale][s]);
  return `${capitalise(joinWords(names, locale))} ${locale === 'it' ? 'imprese' : 'businesses'}.`;
}

/** How many comuni a page names before "e altri N". */
const COMUNI_SHOWN = 30;

/**
 * Where the call applies.
 * @example territoryWords({ national: false, regions: ['Puglia'], abroad: false, comuni: null }, 'it') // 'Solo per imprese in Puglia.'
 */
export function territoryWords(input: { national: boolean; regions: readonly string[]; abroad: boolean; comuni: readonly string[] | null }, locale: TLocale): string[] {
  const it = locale === 'it';
  const lines: string[] = [];
  if (input.national) lines.push(it ? 'In tutta Italia.' : 'All of Italy.');
  else if (input.regions.length === 0) lines.push(it ? 'Le regioni non sono indicate: controlla sul bando.' : 'The regions are not stated: check the call.');
  else if (input.regions.length === 1) lines.push(it ? `Solo per imprese in ${input.regions[0]}.` : `Only for businesses in ${input.regions[0]}.`);
  else lines.push(it ? `Solo per imprese di queste regioni: ${joinWords(input.regions, locale)}.` : `Only for businesses in these regions: ${joinWords(input.regions, locale)}.`);
  if (input.comuni && input.comuni.length > 0) {
    const shown = input.comuni.slice(0, COMUNI_SHOWN);
    const more = input.comuni.length - shown.length;
    const list = more > 0 ? `${shown.join(', ')} ${it ? `e altri ${more}` : `and ${more} more`}` : joinWords(shown, locale);
    lines.push(it ? `Solo in alcuni comuni: ${list}.` : `Only in some comuni: ${list}.`);
  }
  if (input.abroad) lines.push(it ? 'Anche per imprese all’estero.' : 'Businesses abroad too.');
  return lines;
}

/**
 * The sectors allowed, grouped by ATECO division with its name in plain words; a code whose
 * division we do not know (an older ATECO version) is shown as written.
 * @example sectorWords(['56.10', '56.30'], null, (d) => (d === '56' ? 'Bar e ristoranti' : null), 'it') // ['Bar e ristoranti (ATECO 56.10, 56.30)']
 */
export function sectorWords(ateco: 'all' | readonly string[], version: string | null, divisionName: (division: string) => string | null, locale: TLocale): string[] {
  const it = locale === 'it';
  if (ateco === 'all') return [it ? 'Tutti i settori.' : 'Every sector.'];
  const byDivision = new Map<string, string[]>();
  for (const code of ateco) {
    const division = code.replace(/\D/g, '').slice(0, 2);
    byDivision.set(division, [...(byDivision.get(division) ?? []), code]);
  }
  const lines = [...byDivision.entries()].map(([division, codes]) => {
    const name = divisionName(division);
    const list = codes.join(', ');
    return name ? `${name} (ATECO ${list})` : `ATECO ${list}`;
  });
  // An older version's codes may not be the ones a business has today (ATECO 2025 renumbered some).
  if (version && version !== '2025') lines.push(it ? `Sono codici ATECO ${version}: il tuo codice di oggi può essere diverso.` : `These are ATECO ${version} codes: your code today may differ.`);
  return lines;
}

const SUBJECTS: Record<string, Record<TLocale, string>> = {
  Impresa: { it: 'Imprese', en: 'Businesses' },
  'Cooperative/Associazioni Non Profit': { it: 'Cooperative e associazioni non profit', en: 'Cooperatives and non-profit associations' },
  Professionista: { it: 'Liberi professionisti', en: 'Self-employed professionals' },
  Consorzio: { it: 'Consorzi', en: 'Consortia' },
  'Ente Pubblico': { it: 'Enti pubblici', en: 'Public bodies' },
  "Rete d'impresa": { it: 'Reti di imprese', en: 'Business networks' },
  'Impresa - SU/PMI innovativa': { it: 'Startup e PMI innovative', en: 'Innovative start-ups and SMEs' },
  'Università/Ente di Ricerca': { it: 'Università ed enti di ricerca', en: 'Universities and research bodies' },
  'Impresa - prevalenza femminile': { it: 'Imprese guidate da donne', en: 'Businesses led by women' },
  'Impresa - prevalenza giovanile': { it: 'Imprese guidate da giovani', en: 'Businesses led by young people' },
  'Impresa da costituire - Altro': { it: 'Imprese ancora da aprire', en: 'Businesses yet to be founded' },
  'Impresa da costituire - Giovanile': { it: 'Imprese di giovani ancora da aprire', en: 'Businesses of young people yet to be founded' },
  'Impresa da costituire - Femminile': { it: 'Imprese di donne ancora da aprire', en: 'Businesses of women yet to be founded' },
  'Istituto finanziario': { it: 'Banche e istituti finanziari', en: 'Banks and financial institutions' },
  Cittadino: { it: 'Cittadini', en: 'Citizens' },
};

/**
 * The kinds of applicant the portal lists (`Tipologia_Soggetto`), in plain words; a value we do
 * not know is kept as written.
 * @example subjectWords(['Impresa', 'Professionista'], 'it') // ['Imprese', 'Liberi professionisti']
 */
export function subjectWords(values: readonly string[], locale: TLocale): string[] {
  return values.map((v) => SUBJECTS[v]?.[locale] ?? v);
}

const KINDS: Record<TLocale, Record<TKind, string>> = {
  it: {
    grant: 'Contributo a fondo perduto: soldi che non devi restituire.',
    loan: 'Prestito agevolato: soldi da restituire, a condizioni migliori di una banca.',
    tax_credit: 'Agevolazione fiscale: paghi meno tasse.',
    equity: 'Capitale di rischio: qualcuno entra nella tua impresa con dei soldi.',
    guarantee: 'Garanzia: lo Stato garantisce il tuo prestito con la banca.',
    contribution_relief: 'Meno contributi: paghi meno contributi per chi lavora con te.',
  },
  en: {
    grant: 'Grant: money you do not pay back.',
    loan: 'Subsidised loan: money you pay back, on better terms than a bank’s.',
    tax_credit: 'Tax relief: you pay less tax.',
    equity: 'Risk capital: someone puts money into your business for a share of it.',
    guarantee: 'Guarantee: the State backs your bank loan.',
    contribution_relief: 'Lower contributions: you pay less social security for the people who work with you.',
  },
};

/** @example kindWords('grant', 'it') // 'Contributo a fondo perduto: soldi che non devi restituire.' */
export function kindWords(kind: TKind, locale: TLocale): string {
  return KINDS[locale][kind];
}

/**
 * Euro in whole units, grouped as each language writes them.
 * @example euro(47479.88, 'it') // '47.480 €'
 */
export function euro(amount: number, locale: TLocale): string {
  const digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'it' ? '.' : ',');
  return locale === 'it' ? `${digits} €` : `€${digits}`;
}

/**
 * A range of euro, or "Non indicato" when the source gives neither end (0 counts as not given).
 * @example amountWords(null, 50000, 'it') // 'Fino a 50.000 €'
 */
export function amountWords(min: number | null, max: number | null, locale: TLocale): string {
  const it = locale === 'it';
  const low = min && min > 0 ? min : null;
  const high = max && max > 0 ? max : null;
  if (low !== null && high !== null) return low === high ? euro(low, locale) : it ? `Da ${euro(low, locale)} a ${euro(high, locale)}` : `From ${euro(low, locale)} to ${euro(high, locale)}`;
  if (high !== null) return it ? `Fino a ${euro(high, locale)}` : `Up to ${euro(high, locale)}`;
  if (low !== null) return it ? `Almeno ${euro(low, locale)}` : `At least ${euro(low, locale)}`;
  return it ? 'Non indicato' : 'Not stated';
}

/**
 * When it opens and until when, days as Rome's calendar has them.
 * @example datesWords({ opensDay: '2025-01-01', closesDay: '2025-12-31', closing: 'date' }, 'it')
 * // { opens: 'Apre il 1° gennaio 2025.', closes: 'Chiude il 31 dicembre 2025.' }
 */
export function datesWords(input: { opensDay: string | null; closesDay: string | null; closing: 'date' | 'rolling' | 'unknown' }, locale: TLocale): { opens: string | null; closes: string } {
  const it = locale === 'it';
  const opens = input.opensDay ? (it ? `Apre ${onDay('il', input.opensDay)}.` : `Opens on ${formatDay(input.opensDay, locale)}.`) : null;
  if (input.closing === 'date' && input.closesDay) return { opens, closes: it ? `Chiude ${onDay('il', input.closesDay)}.` : `Closes on ${formatDay(input.closesDay, locale)}.` };
  if (input.closing === 'rolling') return { opens, closes: it ? 'A sportello: resta aperto finché ci sono i fondi.' : 'First come, first served: open while the funds last.' };
  return { opens, closes: it ? 'Da verificare: il bando non dà una data di chiusura.' : 'To check: the call gives no closing date.' };
}

const LEGAL_FORMS: Record<string, Record<TLocale, string>> = {
  ditta_individuale: { it: 'ditta individuale', en: 'sole trader' },
  snc: { it: 'snc', en: 'snc' },
  sas: { it: 'sas', en: 'sas' },
  srl: { it: 'srl', en: 'srl' },
  srls: { it: 'srls', en: 'srls' },
  spa: { it: 'spa', en: 'spa' },
  sapa: { it: 'sapa', en: 'sapa' },
  cooperativa: { it: 'cooperativa', en: 'cooperative' },
  consorzio: { it: 'consorzio', en: 'consortium' },
  professionista: { it: 'libero professionista', en: 'self-employed professional' },
  altro: { it: 'altra forma', en: 'another form' },
};

type TRuleInput =
  | { fact: 'foundedBefore' | 'foundedAfter'; value: string }
  | { fact: 'minYearsInBusiness' | 'maxYearsInBusiness' | 'maxEmployees'; value: number }
  | { fact: 'legalForms'; value: readonly string[] };

/**
 * A curated rule (a fact the bando states in prose, checked by a person) as a sentence.
 * @example ruleWords({ fact: 'minYearsInBusiness', value: 2 }, 'it') // 'L’impresa deve avere almeno 2 anni di attività.'
 */
export function ruleWords(rule: TRuleInput, locale: TLocale): string {
  const it = locale === 'it';
  switch (rule.fact) {
    case 'foundedBefore':
      return it ? `L’impresa deve essere nata prima ${onDay('del', rule.value)}.` : `The business must have been founded before ${formatDay(rule.value, locale)}.`;
    case 'foundedAfter':
      return it ? `L’impresa deve essere nata ${onDay('dal', rule.value)} in poi.` : `The business must have been founded on or after ${formatDay(rule.value, locale)}.`;
    case 'minYearsInBusiness':
      return it ? `L’impresa deve avere almeno ${rule.value} ${rule.value === 1 ? 'anno' : 'anni'} di attività.` : `The business must have at least ${rule.value} ${rule.value === 1 ? 'year' : 'years'} in business.`;
    case 'maxYearsInBusiness':
      return it ? `L’impresa deve avere al massimo ${rule.value} ${rule.value === 1 ? 'anno' : 'anni'} di attività.` : `The business must have at most ${rule.value} ${rule.value === 1 ? 'year' : 'years'} in business.`;
    case 'maxEmployees':
      return it ? `Al massimo ${rule.value} ${rule.value === 1 ? 'persona' : 'persone'} nell’impresa.` : `At most ${rule.value} ${rule.value === 1 ? 'person' : 'people'} in the business.`;
    case 'legalForms': {
      const forms = rule.value.map((f) => LEGAL_FORMS[f]?.[locale] ?? f);
      return it ? `Solo per queste forme giuridiche: ${joinWords(forms, locale)}.` : `Only for these legal forms: ${joinWords(forms, locale)}.`;
    }
  }
}
