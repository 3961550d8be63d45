import { normalizeName } from '../geo/normalize.js';

/** A code as the portal and people write them: division "56", group "56.1", class "56.10", "56.10.11". */
const CODE = /^\d{2}(\.\d{1,2}){0,2}$/;

export type TAtecoField = { all: true; version: string | null } | { all: false; codes: string[]; version: string | null };

/**
 * The portal's `Codici_ATECO`: the sentence "Tutti i settori economici ammissibili a ricevere
 * aiuti" (and its variants "Tutti i settori economici", "Tutti i codici Ateco") means all;
 * otherwise a `;`-separated list ("55.10; 56.10;"), sometimes after "ATECO 2007:". A
 * division written as a class of zeros ("01.00") is the whole division ("01").
 *
 * @example
 *   readAtecoField('55.10; 56.10;'); // { ok: true, value: { all: false, codes: ['55.10', '56.10'], version: null } }
 *   readAtecoField('ATECO 2007: 82.30'); // { ok: true, value: { all: false, codes: ['82.30'], version: '2007' } }
 */
export function readAtecoField(text: string | undefined): { ok: true; value: TAtecoField } | { ok: false; message: string } {
  if (text === undefined || text.trim() === '' || normalizeName(text).startsWith('tutti')) return { ok: true, value: { all: true, version: null } };
  let rest = text.trim();
  let version: string | null = null;
  const prefix = /^ATECO\s+(\d{4})\s*:/i.exec(rest);
  if (prefix) {
    version = prefix[1]!;
    rest = rest.slice(prefix[0].length);
  }
  const codes: string[] = [];
  for (const part of rest.split(';')) {
    const code = part.trim();
    if (!code) continue;
    if (!CODE.test(code)) return { ok: false, message: `"${code}" is not an ATECO code (like 56.10)` };
    const whole = code.replace(/(\.0+)+$/, '');
    if (!codes.includes(whole)) codes.push(whole);
  }
  if (!codes.length) return { ok: false, message: 'no ATECO code in the list' };
  return { ok: true, value: { all: false, codes, version } };
}

/** Digits only: "56.10.11" → "561011", so "56.1" and "5610" compare as prefixes. */
export function atecoDigits(code: string): string {
  return code.replace(/\D/g, '');
}

/**
 * Whether a business's code falls under a call's code, by prefix, digits only (dots
 * skipped). Walks both strings without building new ones: a check compares a business
 * with lists of a hundred codes, a thousand calls at a time.
 *
 * @example
 *   atecoMatches('56.10', '56.10.11'); // true
 *   atecoMatches('56', '56.10.11'); // true
 *   atecoMatches('56.2', '56.10.11'); // false
 */
export function atecoMatches(callCode: string, businessCode: string): boolean {
  let j = 0;
  let compared = 0;
  for (let i = 0; i < callCode.length; i++) {
    const c = callCode.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    while (j < businessCode.length && (businessCode.charCodeAt(j) < 48 || businessCode.charCodeAt(j) > 57)) j++;
    if (j >= businessCode.length || businessCode.charCodeAt(j) !== c) return false;
    j++;
    compared++;
  }
  return compared > 0;
}
