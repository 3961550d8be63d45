import { normalizeName } from '../geo/normalize.js';
import type { TClosingKind } from './types.js';

/** Words the portal's notes use for a desk open until the funds run out. */
const ROLLING = /\b(sportello|esaurimento|sempre aperto|fino a nuove comunicazioni|fino ad eventuali nuove comunicazioni)\b/;

/**
 * How a call closes: on its date when it has one; without one, `rolling` when the note says
 * "a sportello" or "fino a esaurimento risorse", else `unknown`.
 *
 * @example
 *   closingKind(null, 'Fino a esaurimento risorse'); // 'rolling'
 *   closingKind(null, undefined); // 'unknown'
 */
export function closingKind(closesDay: string | null, note: string | undefined): TClosingKind {
  if (closesDay) return 'date';
  return note && ROLLING.test(normalizeName(note)) ? 'rolling' : 'unknown';
}
