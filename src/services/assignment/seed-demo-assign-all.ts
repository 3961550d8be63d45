import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { business, intakeRequest, sportello } from '../../db/schema/index.js';

/**
 * Open requests at the demo Sportello Milano, so "Assegna tutte" has something to propose on
 * `npm start`: five businesses that told us what they need in an ascolto (callback, no account
 * yet), none followed, one in English (only Milano's angel speaks it). With the two demo
 * businesses entered directly and Milano's and Lodi's angels (eleven places), the preview pairs
 * them all. Fictitious, idempotent by name.
 */
const REQUESTS = [
  { name: 'Bar Esempio Monza (demo)', comune: '108033', ateco: '56', employees: 3, chosen: ['communication', 'marketing'], text: 'Il bar è pieno solo a pranzo. Vorrei farmi conoscere anche per gli aperitivi.', locale: 'it' },
  { name: 'Officina Esempio Pavia (demo)', comune: '018110', ateco: '45', employees: 5, chosen: ['finance', 'innovation'], text: 'Dobbiamo cambiare il ponte sollevatore e non so a quale bando chiedere.', locale: 'it' },
  { name: 'Libreria Esempio (demo)', comune: '015146', ateco: '47', employees: 2, chosen: ['ecommerce'], text: 'Vorrei vendere i libri anche online e spedirli.', locale: 'it' },
  { name: 'Sartoria Esempio Lodi (demo)', comune: '098031', ateco: '14', employees: 1, chosen: ['market_research', 'marketing'], text: 'Non so più chi sono i miei clienti: i giovani non vengono.', locale: 'it' },
  { name: 'Gelateria Esempio (demo)', comune: '015146', ateco: '56', employees: 2, chosen: ['marketing', 'communication'], text: 'I would like more tourists to find my ice-cream shop.', locale: 'en' },
] as const;

export async function seedDemoAssignAll(db: TDb): Promise<void> {
  const [desk] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-milano'));
  if (!desk) return;
  for (const r of REQUESTS) {
    const [existing] = await db.select({ id: business.id }).from(business).where(eq(business.name, r.name));
    if (existing) continue;
    await db.transaction(async (tx) => {
      const [created] = await tx.insert(business).values({ name: r.name, comuneIstat: r.comune, sportelloId: desk.id, atecoDivision: r.ateco, employees: r.employees }).returning({ id: business.id });
      await tx.insert(intakeRequest).values({
        sportelloId: desk.id,
        comuneIstat: r.comune,
        atecoDivision: r.ateco,
        employees: r.employees,
        businessName: r.name,
        text: r.text,
        proposedAreas: [],
        chosenAreas: [...r.chosen],
        contactKind: 'callback',
        contactName: 'Persona di esempio (demo)',
        contactPhone: '333 000 0099',
        consentVersion: 'v1',
        consentAcceptedAt: new Date(),
        locale: r.locale,
        businessId: created!.id,
      });
    });
  }
}
