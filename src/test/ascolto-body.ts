import { CONSENT_VERSION } from '../shared/consent.js';

/**
 * The body of an ascolto (POST /api/intake/requests) as the web app sends it: a dairy
 * in Sardinia that wants to sell direct, asking to be called back.
 *
 * @example await fetch(`${url}/api/intake/requests`, { method: 'POST', body: JSON.stringify(ascoltoBody({ comuneIstat: '015146' })), ... });
 */
export function ascoltoBody(over: Record<string, unknown> = {}) {
  return {
    comuneIstat: '098031',
    sectorId: 'bar-ristorante',
    employees: 3,
    text: 'Il prezzo del latte lo decidono i caseifici. Vorrei vendere direttamente i miei formaggi.',
    chosenAreas: ['marketing'],
    contact: { kind: 'callback', name: 'Giuseppe', phone: '+39 333 1234567', email: null },
    consent: { version: CONSENT_VERSION, accepted: true },
    locale: 'it',
    ...over,
  };
}
