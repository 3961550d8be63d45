import { normalizeName } from '../geo/normalize.js';

/**
 * The 20 Italian regions with their ISTAT codes, the names the portal writes, and the
 * articulated preposition Italian uses before each ("del Lazio", "delle Marche"), so a
 * reason reads naturally.
 */
export interface TRegion {
  code: string;
  name: string;
  /** "del", "della", "dell'", "delle": Italian's article varies by region. */
  of: string;
}

export const REGIONS: readonly TRegion[] = [
  { code: '01', name: 'Piemonte', of: 'del' },
  { code: '02', name: "Valle d'Aosta", of: 'della' },
  { code: '03', name: 'Lombardia', of: 'della' },
  { code: '04', name: 'Trentino-Alto Adige', of: 'del' },
  { code: '05', name: 'Veneto', of: 'del' },
  { code: '06', name: 'Friuli-Venezia Giulia', of: 'del' },
  { code: '07', name: 'Liguria', of: 'della' },
  { code: '08', name: 'Emilia-Romagna', of: "dell'" },
  { code: '09', name: 'Toscana', of: 'della' },
  { code: '10', name: 'Umbria', of: "dell'" },
  { code: '11', name: 'Marche', of: 'delle' },
  { code: '12', name: 'Lazio', of: 'del' },
  { code: '13', name: 'Abruzzo', of: "dell'" },
  { code: '14', name: 'Molise', of: 'del' },
  { code: '15', name: 'Campania', of: 'della' },
  { code: '16', name: 'Puglia', of: 'della' },
  { code: '17', name: 'Basilicata', of: 'della' },
  { code: '18', name: 'Calabria', of: 'della' },
  { code: '19', name: 'Sicilia', of: 'della' },
  { code: '20', name: 'Sardegna', of: 'della' },
];

export const ALL_REGION_CODES: readonly string[] = REGIONS.map((r) => r.code);

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

/** Bilingual names ("Trentino-Alto Adige/Südtirol") are matched on their Italian part too. */
const byName = new Map<string, string>();
for (const r of REGIONS) byName.set(normalizeName(r.name), r.code);
byName.set(normalizeName('Valle d’Aosta/Vallée d’Aoste'), '02');
byName.set(normalizeName('Trentino-Alto Adige/Südtirol'), '04');

/**
 * The ISTAT code of a region as a source writes it, or undefined.
 *
 * @example
 *   regionCodeOf('Trentino-Alto Adige/Südtirol'); // "04"
 *   regionCodeOf('Estero'); // undefined
 */
export function regionCodeOf(name: string): string | undefined {
  const key = normalizeName(name);
  return byName.get(key) ?? byName.get(normalizeName(name.split('/')[0] ?? ''));
}

export function findRegion(code: string): TRegion | undefined {
  return byCode.get(code);
}

/**
 * The region of a comune: the first three digits of an ISTAT comune code are its province,
 * and the caller passes the province → region map from the shipped geography.
 *
 * @example
 *   regionOfComune('058091', new Map([['058', '12']])); // "12" (Roma, Lazio)
 */
export function regionOfComune(comuneIstat: string, regionByProvince: ReadonlyMap<string, string>): string | undefined {
  return regionByProvince.get(comuneIstat.slice(0, 3));
}
