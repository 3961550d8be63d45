import { describe, expect, it } from 'vitest';
import { inboxStatus, telLink, whatsappLink, type TStatusFacts } from './status.js';

const facts = (over: Partial<TStatusFacts> = {}): TStatusFacts => ({ stored: 'new', archivedAt: null, hasOpenAssignment: false, isAccompanied: false, ...over });

describe('the inbox status of a request', () => {
  it('reads new and taken from the request', () => {
    expect(inboxStatus(facts())).toBe('new');
    expect(inboxStatus(facts({ stored: 'in_progress' }))).toBe('taken');
  });
  it('reads assigned and accompanied from the business, whoever assigned it', () => {
    expect(inboxStatus(facts({ hasOpenAssignment: true }))).toBe('assigned');
    expect(inboxStatus(facts({ stored: 'in_progress', hasOpenAssignment: true, isAccompanied: true }))).toBe('accompanied');
  });
  it('keeps a closed request closed: concluded, or archived when set aside', () => {
    expect(inboxStatus(facts({ stored: 'closed', hasOpenAssignment: true, isAccompanied: true }))).toBe('concluded');
    expect(inboxStatus(facts({ stored: 'closed', archivedAt: new Date() }))).toBe('archived');
  });
});

describe('call-back links', () => {
  it('prefixes Italian numbers with 39 however they are written', () => {
    expect(['333 123 4567', '+39 333 123 4567', '0039 333 1234567', '39 333 1234567', '011 555 1234'].map(whatsappLink)).toEqual([
      'https://wa.me/393331234567',
      'https://wa.me/393331234567',
      'https://wa.me/393331234567',
      'https://wa.me/393331234567',
      'https://wa.me/390115551234',
    ]);
    expect(telLink('333 123 4567')).toBe('tel:+393331234567');
    expect(whatsappLink('+44 20 7946 0958')).toBe('https://wa.me/442079460958');
    expect(whatsappLink('12')).toBeNull();
    expect(whatsappLink(null)).toBeNull();
  });
});
