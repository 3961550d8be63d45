import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import type { TMeetingContext } from './meeting-context.js';
import { meetingIcs } from './meeting-ics.js';

// A server far from Italy: Node follows TZ as soon as it changes.
const before = process.env.TZ;
process.env.TZ = 'America/New_York';
afterAll(() => {
  process.env.TZ = before;
});

const context = {
  meeting: {
    id: '5f0c1c3e-0000-4000-8000-000000000001',
    sequence: 0,
    mode: 'phone',
    note: null,
    videoLink: null,
    startsAt: new Date('2026-07-01T13:30:00Z'),
    endsAt: new Date('2026-07-01T14:30:00Z'),
    updatedAt: new Date('2026-06-20T08:00:00Z'),
  },
  businessName: 'Forno Esempio',
  angel: { id: 'a', name: 'Giulia Angel', email: 'giulia@example.test', locale: 'it' },
  owners: [{ id: 'o', name: 'Marco Forno', email: 'marco@example.test', locale: 'it' }],
  whatsapp: null,
} as unknown as TMeetingContext;

describe('the calendar invitation on a server in New York', () => {
  it("holds the meeting's instant, and says the hour in Italy in words", () => {
    const event = new ICAL.Event(ICAL.Component.fromString(meetingIcs(context, 'REQUEST', 'https://affianco.example')).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-07-01T13:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-07-01T14:30:00.000Z');
    expect(event.description).toContain('Quando: mercoledì 1 luglio 2026 alle ore 15:30 (ora italiana).');
  });
});
