import type { TUnassignedReason } from '../domain/assignment/types.js';
import type { TLocale } from './locale.js';

/**
 * Why a request stays without an angel after "Assegna tutte", in Italian (default) and
 * English. Shared so the CLI, the server and the web say the same words.
 */
export const UNASSIGNED_REASONS = {
  all_full: { it: 'tutti gli angeli adatti sono al completo', en: 'all suitable angels are full' },
  no_free_angel: { it: 'nessun angelo disponibile ha un posto libero', en: 'no available angel has a free place' },
  no_language: { it: 'nessun angelo con posto libero parla la sua lingua', en: 'no angel with a free place speaks their language' },
  no_in_person: { it: 'nessun angelo con posto libero fa incontri di persona', en: 'no angel with a free place meets in person' },
  out_of_radius: { it: 'nessun angelo entro il raggio', en: 'no angel within their travel radius' },
  no_remote: { it: 'nessun angelo con posto libero lavora a distanza', en: 'no angel with a free place works remotely' },
  out_of_radius_no_remote: {
    it: 'nessun angelo entro il raggio, e nessuno lavora a distanza',
    en: 'no angel within their travel radius, and none works remotely',
  },
} as const satisfies Record<TUnassignedReason, Record<TLocale, string>>;

/**
 * The reason in words.
 *
 * @example unassignedReasonText('no_language', 'it'); // "nessun angelo con posto libero parla la sua lingua"
 */
export function unassignedReasonText(reason: TUnassignedReason, locale: TLocale): string {
  return UNASSIGNED_REASONS[reason][locale];
}
