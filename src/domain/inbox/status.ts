/**
 * The life of a request as the inbox shows it. Only part of it is stored on the request
 * (taken, concluded, archived); "assegnata" and "in affiancamento" are read from the business
 * the request became, so an assignment made anywhere (single assign, "Assegna tutte", a
 * caseload move) shows up here without the request being told.
 */
export const INBOX_STATUSES = ['new', 'taken', 'assigned', 'accompanied', 'concluded', 'archived'] as const;
export type TInboxStatus = (typeof INBOX_STATUSES)[number];

/** The statuses still waiting for work: the inbox's default view. */
export const OPEN_INBOX_STATUSES: readonly TInboxStatus[] = ['new', 'taken', 'assigned', 'accompanied'];

export interface TStatusFacts {
  /** The stored phase of the request. */
  stored: 'new' | 'in_progress' | 'closed';
  archivedAt: Date | null;
  /** Its business has an assignment not ended. */
  hasOpenAssignment: boolean;
  /** Its business has a plan, or a meeting was held. */
  isAccompanied: boolean;
}

/**
 * Archived and concluded win (a closed request stays closed whatever its business does); then
 * the business's accompaniment, then its assignment; then taken or new.
 * @example inboxStatus({ stored: 'new', archivedAt: null, hasOpenAssignment: true, isAccompanied: false }); // 'assigned'
 */
export function inboxStatus(facts: TStatusFacts): TInboxStatus {
  if (facts.stored === 'closed') return facts.archivedAt ? 'archived' : 'concluded';
  if (facts.isAccompanied) return 'accompanied';
  if (facts.hasOpenAssignment) return 'assigned';
  return facts.stored === 'in_progress' ? 'taken' : 'new';
}

export function isInboxStatus(value: string): value is TInboxStatus {
  return (INBOX_STATUSES as readonly string[]).includes(value);
}

/**
 * A WhatsApp link for an Italian phone number: digits only, with 39 in front of a national
 * number. Too short to be a number: null.
 * @example whatsappLink('333 123 4567'); // 'https://wa.me/393331234567'
 */
export function whatsappLink(phone: string | null): string | null {
  const digits = phoneDigits(phone);
  return digits ? `https://wa.me/${digits}` : null;
}

/**
 * A `tel:` link, international form.
 * @example telLink('333 123 4567'); // 'tel:+393331234567'
 */
export function telLink(phone: string | null): string | null {
  const digits = phoneDigits(phone);
  return digits ? `tel:+${digits}` : null;
}

function phoneDigits(phone: string | null): string | null {
  if (!phone) return null;
  const plus = phone.trim().startsWith('+');
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (!plus && !(digits.startsWith('39') && digits.length >= 11)) digits = `39${digits}`;
  return digits.length >= 8 ? digits : null;
}
