import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { TMeetingContext } from './meeting-context.js';

/**
 * The meeting as an iCalendar invitation. The meeting id is the event UID and the
 * sequence rises at each change, so calendars replace (or cancel) the earlier copy.
 *
 * @example const ics = meetingIcs(context, 'REQUEST', 'https://affianco.example');
 */
export function meetingIcs(context: TMeetingContext, method: 'REQUEST' | 'CANCEL', baseUrl: string): string {
  const { meeting } = context;
  const calendar = ical({
    prodId: { company: 'Affianco', product: 'Affianco', language: 'IT' },
    method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    name: 'Affianco',
  });
  const mode = { in_person: 'di persona', phone: 'al telefono', video: 'in videochiamata' }[meeting.mode];
  // Times travel as UTC instants (each calendar shows them in its own zone); the description
  // also says the hour in Italy, the one both sides agreed on, written whatever the server's zone.
  const inItaly = new Intl.DateTimeFormat('it-IT', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(meeting.startsAt);
  calendar.createEvent({
    id: `${meeting.id}@affianco`,
    sequence: meeting.sequence,
    start: meeting.startsAt,
    end: meeting.endsAt,
    stamp: meeting.updatedAt,
    summary: `Affianco: ${context.businessName} e ${context.angel.name}`,
    description: [`Primo incontro ${mode}, gratis e senza impegno.`, `Quando: ${inItaly} (ora italiana).`, meeting.note ? `Cosa vorrei raccontare: ${meeting.note}` : '', `${baseUrl}/incontri/${meeting.id}`].filter(Boolean).join('\n'),
    location: meeting.mode === 'in_person' ? context.businessName : meeting.mode === 'phone' ? 'Telefono' : (meeting.videoLink ?? 'Videochiamata'),
    url: `${baseUrl}/incontri/${meeting.id}`,
    status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: 'Affianco', email: 'noreply@affianco.localhost' },
    attendees: [context.angel, ...context.owners].map((p) => ({ name: p.name, email: p.email, rsvp: true })),
  });
  return calendar.toString();
}
