import type { TLocale } from './locale.js';
import { formatDay } from './funding-messages.js';

/**
 * The line IODL 2.0 asks for wherever the national catalogue is shown, with the snapshot's day.
 * @example attributionLine('2025-07-12', 'it'); // 'Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0, dati del 12 luglio 2025'
 */
export function attributionLine(snapshotDate: string | null, locale: TLocale): string {
  const base = locale === 'it' ? 'Fonte: Incentivi.gov.it – MIMIT, licenza IODL 2.0' : 'Source: Incentivi.gov.it – MIMIT, licence IODL 2.0';
  if (!snapshotDate) return base;
  return `${base}, ${locale === 'it' ? 'dati del' : 'data of'} ${formatDay(snapshotDate, locale)}`;
}
