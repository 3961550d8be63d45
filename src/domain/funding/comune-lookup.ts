import { compactName, normalizeName } from '../geo/normalize.js';

/** A comune as the lookup needs it; the shipped geography gives all three. */
export interface TLookupComune {
  istat: string;
  name: string;
  regionCode: string;
}

/** Comuni by name, built by the caller from its geography so the domain stays pure. */
export interface TComuneLookup {
  /** Every comune with this name (several regions share some: Castro, Peglio, Samone). */
  find(name: string): readonly TLookupComune[];
}

function keyOf(name: string): string {
  return compactName(normalizeName(name));
}

/**
 * Indexes comuni by name with accents, apostrophes, case and spaces folded; a bilingual
 * name ("Bolzano/Bozen") is found by each of its parts.
 *
 * @example
 *   const lookup = buildComuneLookup([{ istat: '030129', name: 'Udine', regionCode: '06' }]);
 *   lookup.find('UDINE')[0]?.istat; // "030129"
 */
export function buildComuneLookup(comuni: readonly TLookupComune[]): TComuneLookup {
  const byKey = new Map<string, TLookupComune[]>();
  const add = (key: string, comune: TLookupComune) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [comune]);
    else if (!list.includes(comune)) list.push(comune);
  };
  for (const comune of comuni) {
    add(keyOf(comune.name), comune);
    const parts = comune.name.split('/');
    if (parts.length > 1) for (const part of parts) add(keyOf(part), comune);
  }
  return { find: (name) => byKey.get(keyOf(name)) ?? [] };
}
