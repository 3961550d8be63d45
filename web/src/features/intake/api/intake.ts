import type { TRequestWarning } from '../../traps/api';
import type { TArea } from '../../../../../src/shared/areas';
import { api } from '../../../lib/api-client';

export type TLocalized = { it: string; en: string };
export type TSector = { id: string; label: TLocalized; division: string };
export type TProposedArea = { area: TArea; score: number; evidence: string[] };

export type TIntakeContact =
  | { kind: 'account'; email: string }
  | { kind: 'callback'; name: string; phone: string | null; email: string | null };

/** The body of POST /api/intake/requests. */
export type TIntakeBody = {
  comuneIstat: string;
  sectorId: string | null;
  atecoDivision: string | null;
  employees: number | null;
  businessName: string | null;
  text: string;
  chosenAreas: TArea[];
  contact: TIntakeContact;
  consent: { version: string; accepted: true };
  locale: 'it' | 'en';
};

export type TIntakeSportello = { id: string; name: string; email: string | null; phone: string | null };

export type TIntakeResult = {
  id: string;
  sportello: TIntakeSportello | null;
  proposedAreas: TProposedArea[];
  chosenAreas: TArea[];
  businessId: string | null;
  /** "Attenzione a": the warnings the text speaks of (missing from an older server). */
  warnings?: TRequestWarning[];
};

export const sectorsPath = '/api/intake/sectors';

/**
 * What the system reads in a free text: areas of need with the words that told it. Nothing is stored.
 * @example const { areas } = await analyseText('Vorrei vendere online');
 */
export function analyseText(text: string) {
  return api.post<{ areas: TProposedArea[] }>('/api/intake/analyse', { text });
}

/**
 * Sends the ascolto. The same key with the same body answers the first result again,
 * so a retry after a dropped connection never makes a second request.
 * @example await sendIntakeRequest(body, draft.idempotencyKey);
 */
export function sendIntakeRequest(body: TIntakeBody, idempotencyKey: string) {
  return api.post<TIntakeResult>('/api/intake/requests', body, { 'Idempotency-Key': idempotencyKey });
}

/**
 * Sends a sign-in link to the address given in the ascolto; opening it lands on /account.
 * better-auth's client is loaded only now, so the ascolto page stays light.
 */
export async function sendSignInLink(email: string): Promise<boolean> {
  try {
    const { authClient } = await import('../../../lib/auth-client');
    const r = await authClient.signIn.magicLink({ email, callbackURL: '/account', errorCallbackURL: '/accedi' });
    return !r.error;
  } catch {
    return false;
  }
}
