import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { intakeNote, intakeRequest, intakeTransfer, sportello, user } from '../../db/schema/index.js';

/** Marks the demo inbox's requests, so seeding again adds nothing. */
const DEMO_CONSENT = 'demo-inbox';
const DAY = 86_400_000;

/**
 * A few requests in the Milano demo inbox, in varied states: one waiting for a week (flagged),
 * one just arrived, a likely duplicate of the first (same phone), one taken with a note, one
 * archived, one passed on by the Bari sportello with its reason.
 */
export async function seedDemoInbox(db: TDb, now = new Date()): Promise<void> {
  const [done] = await db.select({ id: intakeRequest.id }).from(intakeRequest).where(eq(intakeRequest.consentVersion, DEMO_CONSENT)).limit(1);
  if (done) return;
  const [milano] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-milano'));
  const [bari] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-bari'));
  const [coord] = await db.select({ id: user.id }).from(user).where(eq(user.email, 'coord.milano@demo.affianco.it'));
  if (!milano || !coord) return;
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const base = { sportelloId: milano.id, consentVersion: DEMO_CONSENT, consentAcceptedAt: now, proposedAreas: [], locale: 'it' };
  const rows = await db
    .insert(intakeRequest)
    .values([
      {
        ...base,
        comuneIstat: '015146',
        sectorId: 'bar-ristorante',
        atecoDivision: '56',
        employees: 4,
        businessName: 'Trattoria da Gino (demo)',
        text: 'Da quando hanno aperto due locali nuovi in via, a pranzo abbiamo la metà dei clienti. Non so come farmi trovare online.',
        chosenAreas: ['marketing', 'ecommerce'],
        contactKind: 'callback' as const,
        contactName: 'Gino Esposito (demo)',
        contactPhone: '333 000 0101',
        createdAt: ago(9),
      },
      {
        ...base,
        comuneIstat: '098031',
        sectorId: 'sartoria-abbigliamento',
        employees: 2,
        businessName: 'Sartoria Bianchi (demo)',
        text: 'Vorrei capire se conviene assumere una ragazza o restare in due. I conti non mi tornano mai a fine mese.',
        chosenAreas: ['finance', 'people'],
        contactKind: 'account' as const,
        contactName: 'Rosa Bianchi (demo)',
        contactEmail: 'rosa.bianchi@demo.affianco.it',
        createdAt: ago(0.1),
      },
      {
        ...base,
        comuneIstat: '015146',
        sectorId: 'bar-ristorante',
        businessName: 'Trattoria Gino (demo)',
        text: 'Vi ho già scritto la settimana scorsa: mi serve una mano con i clienti del pranzo.',
        chosenAreas: ['marketing'],
        contactKind: 'callback' as const,
        contactName: 'Gino (demo)',
        contactPhone: '+39 333 000 0101',
        createdAt: ago(2),
      },
      {
        ...base,
        comuneIstat: '108033',
        sectorId: 'negozio',
        employees: 1,
        businessName: 'Ferramenta Colombo (demo)',
        text: 'Il negozio va avanti ma vorrei vendere anche su internet, non so da dove partire.',
        chosenAreas: ['ecommerce'],
        contactKind: 'callback' as const,
        contactName: 'Paolo Colombo (demo)',
        contactPhone: '039 000 0202',
        status: 'in_progress' as const,
        takenBy: coord.id,
        takenAt: ago(3),
        createdAt: ago(5),
      },
      {
        ...base,
        comuneIstat: '015146',
        text: 'prova prova',
        chosenAreas: [],
        contactKind: 'callback' as const,
        status: 'closed' as const,
        closedAt: ago(10),
        closedBy: coord.id,
        archivedAt: ago(10),
        archiveReason: 'Messaggio di prova, nessun contatto.',
        createdAt: ago(12),
      },
      {
        ...base,
        comuneIstat: '018110',
        sectorId: 'studio-professionale',
        businessName: 'Studio grafico Neri (demo)',
        text: 'Lavoro da sola e non riesco a stare dietro a preventivi e fatture.',
        chosenAreas: ['organisation', 'finance'],
        contactKind: 'account' as const,
        contactName: 'Elena Neri (demo)',
        contactEmail: 'elena.neri@demo.affianco.it',
        createdAt: ago(4),
      },
    ])
    .returning({ id: intakeRequest.id });
  await db.insert(intakeNote).values({ requestId: rows[3]!.id, authorUserId: coord.id, text: 'Richiamato: preferisce essere sentito il martedì mattina.', createdAt: ago(3) });
  if (bari) await db.insert(intakeTransfer).values({ requestId: rows[5]!.id, fromSportelloId: bari.id, toSportelloId: milano.id, byUserId: null, reason: 'Ha scritto a noi, ma lo studio è a Pavia: è vostra.', createdAt: ago(3) });
}
