/** What a request says about who sent it, as the duplicate check reads it. */
export interface TRequestContact {
  id: string;
  createdAt: Date;
  contactEmail: string | null;
  contactPhone: string | null;
  businessName: string | null;
}

export type TDuplicateReason = 'email' | 'phone' | 'business_name';

export interface TDuplicatePair {
  /** The earlier request, kept when merged. */
  keepId: string;
  /** The later one, offered for merging into the first. */
  mergeId: string;
  reasons: TDuplicateReason[];
}

/** Requests further apart than this are two stories, not one told twice (issue 15). */
export const DUPLICATE_WINDOW_DAYS = 30;

/**
 * An Italian phone number as digits only, without the country code: "+39 333 123 4567",
 * "0039 3331234567" and "333.123.4567" are one number. Too short to tell people apart: null.
 * @example phoneKey('+39 333 123 4567'); // '3331234567'
 */
export function phoneKey(phone: string | null): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0039')) digits = digits.slice(4);
  else if (digits.startsWith('39') && digits.length >= 11) digits = digits.slice(2);
  return digits.length >= 6 ? digits : null;
}

/** An e-mail address as one mailbox: trimmed, lower case. */
export function emailKey(email: string | null): string | null {
  const key = email?.trim().toLowerCase();
  return key && key.includes('@') ? key : null;
}

const LEGAL_SUFFIX = /\b(s\.?r\.?l\.?s?|s\.?n\.?c\.?|s\.?a\.?s\.?|s\.?p\.?a\.?|di\s+[a-z]+(\s+[a-z]+)?\s*&\s*c\.?)\s*$/;

/**
 * A business name as people write it differently: accents, case, punctuation and the legal
 * form left out ("Forno Rossi S.r.l." and "forno rossi srl" are one). Too short: null.
 * @example businessNameKey('Panificio Esempio S.n.c.'); // 'panificio esempio'
 */
export function businessNameKey(name: string | null): string | null {
  if (!name) return null;
  const plain = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(LEGAL_SUFFIX, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return plain.length >= 4 ? plain : null;
}

/**
 * Likely duplicates among a sportello's requests: the same e-mail, phone or business name
 * within 30 days, each later request paired with the earliest one it matches. The coordinator
 * decides; nothing is merged here.
 *
 * @example likelyDuplicates(requests); // [{ keepId: 'r1', mergeId: 'r4', reasons: ['phone'] }]
 */
export function likelyDuplicates(requests: readonly TRequestContact[]): TDuplicatePair[] {
  const sorted = [...requests].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  const seen = new Map<string, TRequestContact[]>();
  const pairs: TDuplicatePair[] = [];
  const windowMs = DUPLICATE_WINDOW_DAYS * 86_400_000;
  for (const request of sorted) {
    const keys: [TDuplicateReason, string | null][] = [
      ['email', emailKey(request.contactEmail)],
      ['phone', phoneKey(request.contactPhone)],
      ['business_name', businessNameKey(request.businessName)],
    ];
    const matches = new Map<string, { earlier: TRequestContact; reasons: TDuplicateReason[] }>();
    for (const [reason, key] of keys) {
      if (!key) continue;
      const bucket = `${reason}:${key}`;
      for (const earlier of seen.get(bucket) ?? []) {
        if (request.createdAt.getTime() - earlier.createdAt.getTime() > windowMs) continue;
        const match = matches.get(earlier.id) ?? { earlier, reasons: [] };
        match.reasons.push(reason);
        matches.set(earlier.id, match);
      }
      seen.set(bucket, [...(seen.get(bucket) ?? []), request]);
    }
    const first = [...matches.values()].sort((a, b) => a.earlier.createdAt.getTime() - b.earlier.createdAt.getTime())[0];
    if (first) pairs.push({ keepId: first.earlier.id, mergeId: request.id, reasons: first.reasons });
  }
  return pairs;
}
