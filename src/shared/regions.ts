/**
 * The 20 Italian regions by ISTAT code, with their official Italian names (the `region` table's
 * names; the web shows `regions.<code>` from its translations).
 */
export const REGIONS = [
  { code: '01', name: 'Piemonte' },
  { code: '02', name: "Valle d'Aosta/Vallée d'Aoste" },
  { code: '03', name: 'Lombardia' },
  { code: '04', name: 'Trentino-Alto Adige/Südtirol' },
  { code: '05', name: 'Veneto' },
  { code: '06', name: 'Friuli-Venezia Giulia' },
  { code: '07', name: 'Liguria' },
  { code: '08', name: 'Emilia-Romagna' },
  { code: '09', name: 'Toscana' },
  { code: '10', name: 'Umbria' },
  { code: '11', name: 'Marche' },
  { code: '12', name: 'Lazio' },
  { code: '13', name: 'Abruzzo' },
  { code: '14', name: 'Molise' },
  { code: '15', name: 'Campania' },
  { code: '16', name: 'Puglia' },
  { code: '17', name: 'Basilicata' },
  { code: '18', name: 'Calabria' },
  { code: '19', name: 'Sicilia' },
  { code: '20', name: 'Sardegna' },
] as const;

export type TRegionCode = (typeof REGIONS)[number]['code'];

/**
 * Whether a value is an ISTAT region code.
 *
 * @example isRegionCode('16') // true (Puglia)
 */
export function isRegionCode(value: unknown): value is TRegionCode {
  return typeof value === 'string' && REGIONS.some((r) => r.code === value);
}
