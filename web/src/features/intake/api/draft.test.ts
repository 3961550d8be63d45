import { describe, expect, it } from 'vitest';
import { buildRequestBody, emptyDraft, isDraftEmpty, parseDraft, stepOfField, validateStep, type TDraft } from './draft';

const complete = (): TDraft => ({
  ...emptyDraft('key-1234-abcd'),
  step: 'contact',
  comune: { istat: '098031', label: 'Lodi (LO)' },
  sector: { kind: 'list', id: 'bar-ristorante', division: '56', label: { it: 'Bar e ristoranti', en: 'Bars and restaurants' } },
  people: '2-5',
  text: '  Vorrei vendere direttamente i miei formaggi  ',
  chosenAreas: ['marketing', 'strategy'],
  contactMode: 'callback',
  name: 'Anna',
  phone: '333 123 4567',
  hasConsent: true,
});
const opts = { signedInEmail: null, locale: 'it' as const, otherSectorLine: (s: string) => `Attività: ${s}.` };

describe('ascolto draft', () => {
  it('builds the request body the API expects', () => {
    const body = buildRequestBody(complete(), opts);
    expect(body).toEqual({
      comuneIstat: '098031',
      sectorId: 'bar-ristorante',
      atecoDivision: '56',
      employees: 3,
      businessName: null,
      text: 'Vorrei vendere direttamente i miei formaggi',
      chosenAreas: ['strategy', 'marketing'],
      contact: { kind: 'callback', name: 'Anna', phone: '333 123 4567', email: null },
      consent: { version: '2026-11-v1', accepted: true },
      locale: 'it',
    });
  });

  it('uses the account e-mail when signed in, and puts an "other" sector in front of the text', () => {
    const d = { ...complete(), sector: { kind: 'other' as const, text: 'riparo biciclette' } };
    const body = buildRequestBody(d, { ...opts, signedInEmail: 'a@b.it' });
    expect(body.contact).toEqual({ kind: 'account', email: 'a@b.it' });
    expect(body.sectorId).toBeNull();
    expect(body.text).toBe('Attività: riparo biciclette.\n\nVorrei vendere direttamente i miei formaggi');
  });

  it('checks each step before moving on', () => {
    const d = emptyDraft('k-12345678');
    expect(validateStep(d, 'comune', null)).toEqual({ comuneIstat: 'intake.comune.required' });
    expect(validateStep({ ...d, text: 'corto' }, 'text', null)).toEqual({ text: 'intake.text.tooShort' });
    expect(validateStep({ ...d, contactMode: 'callback', name: 'A' }, 'contact', null)).toEqual({
      'contact.phone': 'intake.contact.phoneOrEmail',
      'consent.accepted': 'intake.contact.consentRequired',
    });
    expect(validateStep({ ...d, hasConsent: true }, 'contact', 'a@b.it')).toEqual({});
    expect(validateStep(complete(), 'contact', null)).toEqual({});
  });

  it('sends a server field error to its step', () => {
    expect(stepOfField('comuneIstat')).toBe('comune');
    expect(stepOfField('employees')).toBe('people');
    expect(stepOfField('contact.phone')).toBe('contact');
    expect(stepOfField('chosenAreas.0')).toBe('areas');
  });

  it('reads back a stored draft and drops junk', () => {
    const d = complete();
    expect(parseDraft(JSON.parse(JSON.stringify(d)))).toEqual(d);
    expect(parseDraft({ version: 2 })).toBeNull();
    expect(parseDraft({ ...d, comune: { istat: 'x' }, chosenAreas: ['marketing', 'nope'], step: 'nowhere' })).toMatchObject({
      comune: null,
      chosenAreas: ['marketing'],
      step: 'comune',
    });
    expect(isDraftEmpty(emptyDraft('k-12345678'))).toBe(true);
    expect(isDraftEmpty(d)).toBe(false);
  });
});
