import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.js';
import { intakeRequest, lesson, sportello, trapLink, trapWarning, user } from '../../db/schema/index.js';
import { extractNeeds } from '../../domain/intake/extract-needs.js';
import { DEMO_WARNINGS } from '../../domain/traps/demo-warnings.js';
import { CONSENT_VERSION } from '../../shared/consent.js';

/** The demo ascolto whose words speak of the POS contract (Milano's coordinator sees the warning beside it). */
export const DEMO_TRAP_REQUEST_TEXT =
  'Ho una piccola edicola a Milano. Due anni fa mi hanno fatto firmare il contratto del POS per 48 mesi: pago un canone ogni mese e delle commissioni che non capisco. Vorrei anche farmi trovare meglio su internet.';

/** A proposal by Bari's angel, waiting for Bari's coordinator. */
const DEMO_PROPOSAL = {
  slug: 'corso-social-garantito',
  title: 'Il corso sui social con i clienti garantiti',
  summary: 'Ti offrono un corso a pagamento che promette "clienti garantiti dai social" in un mese. Nessuno può garantirlo: i clienti arrivano con il tempo, con costanza e con quello che sai fare.',
  recognise: 'Promettono un numero di clienti o di follower in poche settimane.\nIl prezzo scende se firmi oggi.',
  askBefore: 'Cosa succede se i clienti non arrivano? Mi restituite i soldi?\nPosso vedere il programma del corso prima di pagare?',
  ifSigned: 'Cerca nel contratto se puoi recedere e entro quando.\nParlane con il tuo angel prima di pagare altre rate.',
  cues: ['corso social', 'clienti garantiti', 'follower garantiti'],
  areas: ['marketing', 'communication'],
};

/**
 * The six national warnings (DEMO_WARNINGS), published, with their lessons and plan areas; one
 * proposal in Bari; and one ascolto in Milano whose words speak of the POS contract. Found by
 * slug (and by text for the ascolto) first, so a second run adds nothing.
 */
export async function seedDemoTraps(db: TDb): Promise<void> {
  const [author] = await db.select({ id: user.id }).from(user).where(eq(user.email, 'angel.milano@demo.affianco.it'));
  const [admin] = await db.select({ id: user.id }).from(user).where(eq(user.email, 'admin@demo.affianco.it'));
  const published = new Set((await db.select({ slug: lesson.slug }).from(lesson).where(eq(lesson.status, 'published'))).map((l) => l.slug));
  for (const w of DEMO_WARNINGS) {
    const [seen] = await db.select({ id: trapWarning.id }).from(trapWarning).where(eq(trapWarning.slug, w.slug));
    if (seen) continue;
    await db.transaction(async (tx) => {
      const now = new Date();
      const [row] = await tx
        .insert(trapWarning)
        .values({ slug: w.slug, title: w.title, summary: w.summary, recognise: w.recognise, askBefore: w.askBefore, ifSigned: w.ifSigned, cues: w.cues, areas: w.areas, status: 'published', sportelloId: null, authorUserId: author?.id ?? null, publishedBy: admin?.id ?? null, publishedAt: now })
        .returning({ id: trapWarning.id });
      const links = [
        ...w.lessons.filter((slug) => published.has(slug)).map((targetKey) => ({ trapId: row!.id, targetKind: 'lesson' as const, targetKey })),
        ...w.areas.map((targetKey) => ({ trapId: row!.id, targetKind: 'plan_area' as const, targetKey })),
        ...w.solutions.map((targetKey) => ({ trapId: row!.id, targetKind: 'solution' as const, targetKey })),
      ];
      if (links.length) await tx.insert(trapLink).values(links);
    });
  }

  const [bari] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-bari'));
  const [bariAngel] = await db.select({ id: user.id }).from(user).where(eq(user.email, 'angel.bari@demo.affianco.it'));
  const [proposal] = await db.select({ id: trapWarning.id }).from(trapWarning).where(eq(trapWarning.slug, DEMO_PROPOSAL.slug));
  if (bari && !proposal) await db.insert(trapWarning).values({ ...DEMO_PROPOSAL, status: 'proposed', sportelloId: bari.id, authorUserId: bariAngel?.id ?? null });

  const [milano] = await db.select({ id: sportello.id }).from(sportello).where(eq(sportello.slug, 'demo-milano'));
  if (!milano) return;
  const [asked] = await db.select({ id: intakeRequest.id }).from(intakeRequest).where(and(eq(intakeRequest.sportelloId, milano.id), eq(intakeRequest.text, DEMO_TRAP_REQUEST_TEXT)));
  if (asked) return;
  await db.insert(intakeRequest).values({
    sportelloId: milano.id,
    comuneIstat: '015146',
    sectorId: null,
    businessName: 'Edicola di Porta Venezia (demo)',
    text: DEMO_TRAP_REQUEST_TEXT,
    proposedAreas: extractNeeds(DEMO_TRAP_REQUEST_TEXT).areas,
    chosenAreas: ['finance', 'marketing'],
    contactKind: 'callback',
    contactName: 'Paola Edicolante (demo)',
    contactPhone: '02 0000 0099',
    consentVersion: CONSENT_VERSION,
    consentAcceptedAt: new Date(),
    locale: 'it',
  });
}
