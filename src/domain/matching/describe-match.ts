/**
 * The reasons for one proposal, in plain words (Italian first, English second) and as codes
 * for clients that write their own. Short sentences, *tu*, no jargon (PRODUCT.md, "Voice").
 */
import type { TArea } from '../../shared/areas.js';
import { findDivision } from '../geo/ateco.js';
import type { TCandidate, TNeedProfile } from './evaluate-angel.js';
import type { TMatchLocale, TReasonCode } from './types.js';

/** The areas as PRODUCT.md names them for people. */
export const AREA_LABELS: Record<TArea, { it: string; en: string }> = {
  strategy: { it: 'strategia e piano', en: 'strategy and planning' },
  marketing: { it: 'marketing e canali di vendita', en: 'marketing and sales channels' },
  communication: { it: 'comunicazione e presenza online', en: 'communication and online presence' },
  ecommerce: { it: 'e-commerce e vendita digitale', en: 'e-commerce and digital sales' },
  organisation: { it: 'organizzazione e processi', en: 'organisation and processes' },
  finance: { it: 'finanza, liquidità e bandi', en: 'finance, cash and funding calls' },
  innovation: { it: 'innovazione di prodotto/servizio', en: 'product and service innovation' },
  market_research: { it: 'ricerca e conoscenza del mercato', en: 'market research' },
  people: { it: 'persone e competenze', en: 'people and skills' },
  data_tools: { it: 'dati e strumenti digitali', en: 'data and digital tools' },
  automation_ai: { it: 'automazione e intelligenza artificiale', en: 'automation and artificial intelligence' },
  green: { it: 'sostenibilità (green)', en: 'sustainability (green)' },
};

/** Languages people in Italy most often ask for; others are shown by their code. */
const LANGUAGE_NAMES: Record<string, { it: string; en: string }> = {
  it: { it: 'italiano', en: 'Italian' },
  en: { it: 'inglese', en: 'English' },
  de: { it: 'tedesco', en: 'German' },
  fr: { it: 'francese', en: 'French' },
  es: { it: 'spagnolo', en: 'Spanish' },
  pt: { it: 'portoghese', en: 'Portuguese' },
  sl: { it: 'sloveno', en: 'Slovenian' },
  ro: { it: 'rumeno', en: 'Romanian' },
  sq: { it: 'albanese', en: 'Albanian' },
  ar: { it: 'arabo', en: 'Arabic' },
  zh: { it: 'cinese', en: 'Chinese' },
  uk: { it: 'ucraino', en: 'Ukrainian' },
  ru: { it: 'russo', en: 'Russian' },
  pl: { it: 'polacco', en: 'Polish' },
  hr: { it: 'croato', en: 'Croatian' },
  hi: { it: 'hindi', en: 'Hindi' },
  bn: { it: 'bengalese', en: 'Bengali' },
  ur: { it: 'urdu', en: 'Urdu' },
  tl: { it: 'filippino', en: 'Filipino' },
  fur: { it: 'friulano', en: 'Friulian' },
  sc: { it: 'sardo', en: 'Sardinian' },
  lld: { it: 'ladino', en: 'Ladin' },
};

const ITALIAN = 'it';

function languageName(code: string, locale: TMatchLocale): string {
  return LANGUAGE_NAMES[code]?.[locale] ?? code;
}

function sectorLabel(code: string, locale: TMatchLocale): string {
  const division = findDivision(code);
  return division ? division[locale] : `ATECO ${code}`;
}

/**
 * Why this angel is proposed: what they cover, sector, where and how they meet, how busy they
 * are, and the language when it is not Italian.
 *
 * @example
 *   describeMatch(profile, candidate, 'it').reasons;
 *   // ["Sa aiutarti con: marketing e canali di vendita", "Conosce il tuo settore: Bar e ristoranti",
 *   //  "A 12 km da te", "Segue 2 imprese su 6"]
 */
export function describeMatch(
  profile: TNeedProfile,
  candidate: TCandidate,
  locale: TMatchLocale,
): { reasons: string[]; reasonCodes: TReasonCode[] } {
  const it = locale === 'it';
  const { angel } = candidate;
  const reasons: string[] = [];
  const reasonCodes: TReasonCode[] = [];
  const add = (code: TReasonCode['code'], params: TReasonCode['params'], words: string) => {
    reasons.push(words);
    reasonCodes.push({ code, params });
  };

  const covered = profile.areas.filter((area) => angel.skills.includes(area));
  if (covered.length > 0) {
    const labels = covered.map((area) => AREA_LABELS[area][locale]).join(', ');
    add('covers_needs', { areas: covered }, it ? `Sa aiutarti con: ${labels}` : `Can help you with: ${labels}`);
  }

  if (candidate.hasSector) {
    const label = sectorLabel(profile.business.ateco, locale);
    add('knows_sector', { division: profile.business.ateco }, it ? `Conosce il tuo settore: ${label}` : `Knows your sector: ${label}`);
  }

  if (candidate.distanceKm !== null) {
    const km = candidate.nearKm;
    const words = km < 1 ? (it ? 'A meno di 1 km da te' : 'Less than 1 km from you') : it ? `A ${km} km da te` : `${km} km from you`;
    add('nearby', { km }, words);
    if (angel.modes.includes('remote')) add('also_remote', {}, it ? 'Anche a distanza' : 'Also remotely');
  } else {
    add('remote', {}, it ? 'Ti segue a distanza, online' : 'Works with you remotely, online');
  }

  const { activeCases: active, capacity } = angel;
  const load =
    active === 0
      ? it
        ? 'Ha tempo per te: ora non segue altre imprese'
        : 'Has time for you: not following other businesses now'
      : it
        ? `Segue ${active} ${active === 1 ? 'impresa' : 'imprese'} su ${capacity}`
        : `Follows ${active} ${active === 1 ? 'business' : 'businesses'} out of ${capacity}`;
  add('caseload', { activeCases: active, capacity }, load);

  if (profile.language !== ITALIAN) {
    const name = languageName(profile.language, locale);
    add('speaks_language', { language: profile.language }, it ? `Parla ${name}` : `Speaks ${name}`);
  }
  return { reasons, reasonCodes };
}
