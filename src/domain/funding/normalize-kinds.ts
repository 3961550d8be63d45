import type { TArea } from '../../shared/areas.js';
import { normalizeName } from '../geo/normalize.js';
import type { TFundingKind, TSizeClass } from './types.js';

/** `Forma_agevolazione` → our plain kinds. */
const KINDS: Record<string, TFundingKind> = {
  [normalizeName('Contributo/Fondo perduto')]: 'grant',
  [normalizeName('Prestito/Anticipo rimborsabile')]: 'loan',
  [normalizeName('Agevolazione fiscale')]: 'tax_credit',
  [normalizeName('Capitale di rischio')]: 'equity',
  [normalizeName('Interventi a garanzia')]: 'guarantee',
  [normalizeName('Riduzione dei contributi di previdenza sociale')]: 'contribution_relief',
};

/**
 * `Obiettivo_Finalita` → our areas of need (PRODUCT.md). Every call also serves `finance`
 * ("finanza, liquidità e bandi"): money is what a call gives.
 */
const PURPOSES: Record<string, TArea[]> = {
  [normalizeName('Sostegno liquidità')]: ['finance'],
  [normalizeName('Sostegno investimenti')]: ['finance'],
  [normalizeName('Innovazione e ricerca')]: ['innovation'],
  [normalizeName("Start up/Sviluppo d'impresa")]: ['strategy'],
  [normalizeName('Digitalizzazione')]: ['data_tools', 'ecommerce', 'automation_ai'],
  [normalizeName('Internazionalizzazione')]: ['market_research', 'marketing'],
  [normalizeName('Imprenditoria femminile')]: ['people', 'strategy'],
  [normalizeName('Imprenditoria giovanile')]: ['people', 'strategy'],
  [normalizeName('Transizione ecologica')]: ['green'],
  [normalizeName("Crisi d'impresa")]: ['finance', 'strategy'],
  [normalizeName('Inclusione sociale')]: ['people'],
  // The snapshot holds 11 of the portal's 13 values; the other two get `finance` alone until
  // a fresh export shows their exact wording (docs/funding.md).
};

/** `Dimensioni` → EU classes; "Non classificabile/classificato" names no class. */
const SIZES: Record<string, TSizeClass> = {
  microimpresa: 'micro',
  [normalizeName('Piccola Impresa')]: 'small',
  [normalizeName('Media Impresa')]: 'medium',
  [normalizeName('Grande Impresa')]: 'large',
};

/**
 * Plain kinds, in the order listed; values we do not know are left out (and reported by
 * the caller's `unknown`), so a new portal value does not refuse a whole export.
 *
 * @example mapKinds(['Contributo/Fondo perduto', 'Interventi a garanzia']); // { kinds: ['grant', 'guarantee'], unknown: [] }
 */
export function mapKinds(values: readonly string[] | undefined): { kinds: TFundingKind[]; unknown: string[] } {
  const kinds: TFundingKind[] = [];
  const unknown: string[] = [];
  for (const value of values ?? []) {
    const kind = KINDS[normalizeName(value)];
    if (!kind) unknown.push(value);
    else if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { kinds, unknown };
}

/**
 * Our areas for the portal's purposes, `finance` first, without repeats.
 *
 * @example mapPurposes(['Digitalizzazione']); // ['finance', 'data_tools', 'ecommerce', 'automation_ai']
 */
export function mapPurposes(values: readonly string[] | undefined): TArea[] {
  const areas: TArea[] = ['finance'];
  for (const value of values ?? []) for (const area of PURPOSES[normalizeName(value)] ?? []) if (!areas.includes(area)) areas.push(area);
  return areas;
}

/**
 * The sizes a call admits. `all` when the record lists all four classes, none, or only
 * "Non classificabile/classificato" (size is then no criterion); otherwise the classes listed.
 *
 * @example
 *   mapSizes(['Microimpresa', 'Piccola Impresa']); // ['micro', 'small']
 *   mapSizes(['Non classificabile/classificato']); // 'all'
 */
export function mapSizes(values: readonly string[] | undefined): 'all' | TSizeClass[] {
  const sizes = new Set<TSizeClass>();
  for (const value of values ?? []) {
    const size = SIZES[normalizeName(value)];
    if (size) sizes.add(size);
  }
  if (sizes.size === 0 || sizes.size === 4) return 'all';
  const order: TSizeClass[] = ['micro', 'small', 'medium', 'large'];
  return order.filter((s) => sizes.has(s));
}
