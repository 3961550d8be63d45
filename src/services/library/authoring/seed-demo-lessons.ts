import { and, eq } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { lesson, membership, user } from '../../../db/schema/index.js';
import { createDraft } from './create-draft.js';
import { submitLesson } from './submit-lesson.js';

/** The demo angel trusted to write lessons, and the sportello whose coordinator reviews them. */
export const DEMO_AUTHOR_EMAIL = 'angel.bari@demo.affianco.it';

const DEMO_AUTHORED = [
  {
    title: 'Il quaderno dei clienti',
    summary: 'Scrivi chi compra e cosa chiede.\nIn un mese sai cosa vendere di più.',
    status: 'draft' as const,
    body: `## Un esempio

Anna ha un forno a Bitonto. Ogni mattina entrano quaranta persone. Lei non sa chi torna e chi no. Un giorno prova a scrivere su un quaderno cosa chiede la gente. Dopo un mese vede una cosa: dieci clienti chiedono il pane senza sale.

## L'idea

Quello che scrivi lo vedi. Quello che non scrivi lo dimentichi. Un quaderno ti dice cosa vogliono i clienti.

## Il metodo

Le grandi aziende raccolgono il feedback dei clienti ogni giorno. Vuol dire: ascoltano e scrivono. Poi guardano i numeri ogni settimana. Tu puoi fare lo stesso con carta e penna.

## Prova subito

Prendi un quaderno. Per una settimana scrivi tre cose al giorno: chi è entrato, cosa ha chiesto, cosa non avevi. Sabato rileggi tutto. Cerchia la cosa che torna più spesso.
`,
  },
  {
    title: 'Una foto al giorno per la vetrina',
    summary: 'Una foto al giorno sul telefono.\nI clienti vedono cosa hai oggi.',
    status: 'in_review' as const,
    body: `## Un esempio

Pino vende frutta a Molfetta. Ogni mattina fa una foto alle ciliegie appena arrivate. La manda ai clienti su WhatsApp. Alle dieci ha già venduto metà cassa.

## L'idea

La gente compra quello che vede. Una foto porta la tua vetrina nel telefono dei clienti.

## Il metodo

Le grandi catene mostrano ogni giorno le offerte. Lo fanno con volantini e messaggi. Tu puoi farlo con una foto e due parole. Conta solo una cosa: farlo ogni giorno, alla stessa ora.

## Prova subito

Domani mattina fai una foto al prodotto più bello. Scrivi sotto il prezzo. Mandala a cinque clienti. La sera conta quanti sono venuti a chiederlo.
`,
  },
];

/**
 * The demo's writing and review: Bari's angel may write lessons, and Bari's sportello has one
 * draft and one lesson waiting for its coordinator. Found by address before it is written,
 * so a second run adds nothing.
 *
 * @example await seedDemoAuthoring(db);
 */
export async function seedDemoAuthoring(db: TDb): Promise<void> {
  const [author] = await db
    .select({ userId: user.id, membershipId: membership.id, sportelloId: membership.sportelloId })
    .from(user)
    .innerJoin(membership, and(eq(membership.userId, user.id), eq(membership.role, 'angel')))
    .where(eq(user.email, DEMO_AUTHOR_EMAIL));
  if (!author) return;
  await db.update(membership).set({ canAuthor: true }).where(eq(membership.id, author.membershipId));
  for (const item of DEMO_AUTHORED) {
    const [existing] = await db.select({ id: lesson.id }).from(lesson).where(and(eq(lesson.title, item.title), eq(lesson.language, 'it'), eq(lesson.sportelloId, author.sportelloId)));
    if (existing) continue;
    const row = await createDraft(db, { title: item.title, summary: item.summary, bodyMarkdown: item.body, areas: ['marketing'], level: 'first_steps', language: 'it', sportelloId: author.sportelloId }, author.userId);
    if (item.status === 'in_review') await submitLesson(db, row.id, row.version, author.userId);
  }
}
