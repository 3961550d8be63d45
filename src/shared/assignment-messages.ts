import type { TLocale } from './locale.js';

/*
 * Why a request stays without an angel after "Assegna tutte", in Italian (default) and
 * English. Shared so the CLI, the server and the web say the same words.
 */

/** Why a business stays without an angel after "Assegna tutte" (src/domain/assignment). */
export type TUnassignedReason =
  /** Suitable angels exist, but their free places all went to other businesses (or had none). */
  | 'all_full'
  /** No angel is available with a free place at all. */
  | 'no_free_angel'
  /** No angel with a free place speaks the business's language. */
  | 'no_language'
  /** In person only, and no angel who speaks the language meets in person. */
  | 'no_in_person'
  /** In person only, and every such angel lives farther than their radius. */
  | 'out_of_radius'
  /** Remote only, and no angel who speaks the language works remotely. */
  | 'no_remote'
  /** Either way, but nobody is within their radius and nobody works remotely. */
  | 'out_of_radius_no_remote';

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
