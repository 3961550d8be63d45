import { eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../../db/client.js';
import { communityPost, communityReaction, communityThread, communityThreadLink, lesson, planAction, sportello, user } from '../../../db/schema/index.js';
import { renderPost } from './write-post.js';

type TDemoPost = { by: string; role?: 'angel' | 'coordinator'; hoursAgo: number; body: string };
type TDemoThread = {
  slug: string;
  kind: 'question' | 'story';
  title: string;
  area: string;
  sector: string | null;
  regionCode: string;
  sportello: string;
  posts: TDemoPost[];
  /** Index in `posts` of the reply marked "Risolto". */
  solved?: number;
  meToo?: string[];
  thanks?: { post: number; by: string }[];
  lesson?: string;
  planAction?: string;
};

const A = {
  forno: 'forno@demo.affianco.it',
  scarpe: 'scarpe@demo.affianco.it',
  caseificio: 'caseificio@demo.affianco.it',
  agriturismo: 'agriturismo@demo.affianco.it',
  angelBari: 'angel.bari@demo.affianco.it',
  angelMilano: 'angel.milano@demo.affianco.it',
  angelNuoro: 'angel.nuoro@demo.affianco.it',
  coordBari: 'coord.bari@demo.affianco.it',
};

/** The demo's discussions, written for the project in plain Italian: one solved, one waiting for days, one story. */
export const DEMO_THREADS: TDemoThread[] = [
  {
    slug: 'come-mi-faccio-trovare-su-google-maps-demo1',
    kind: 'question',
    title: 'Come mi faccio trovare su Google Maps?',
    area: 'communication',
    sector: 'produzione-alimentare',
    regionCode: '16',
    sportello: 'demo-bari',
    posts: [
      { by: A.forno, hoursAgo: 120, body: 'Ho un panificio a Altamura. Quando cercano «pane Altamura» su Google Maps escono altri forni, io no.\n\nHo già la scheda di Google, con l’indirizzo. Cosa sbaglio?' },
      { by: A.scarpe, hoursAgo: 110, body: 'Anche a me succedeva con il negozio. Io ho messo le foto e gli orari giusti, e un po’ è migliorato.' },
      {
        by: A.angelBari,
        role: 'angel',
        hoursAgo: 100,
        body: 'Ciao Vito, tre cose da fare oggi:\n\n1. Nella scheda scegli la categoria **Panificio** (non solo «Negozio di alimentari»).\n2. Metti almeno cinque foto vere: il banco, il forno, il pane appena sfornato.\n3. Chiedi ai clienti fissi di lasciare una recensione. Stampa un foglio con il codice QR vicino alla cassa.\n\nC’è anche una lezione che spiega tutto passo per passo.',
      },
      { by: A.forno, hoursAgo: 30, body: 'Fatto tutto. Dopo due settimane ora compaio terzo nella lista. Grazie!' },
    ],
    solved: 2,
    meToo: [A.scarpe, A.agriturismo],
    thanks: [
      { post: 2, by: A.forno },
      { post: 2, by: A.scarpe },
    ],
    lesson: 'fatti-trovare-sulle-mappe',
    planAction: 'Aprire la scheda Google del panificio con foto e orari',
  },
  {
    slug: 'booking-mi-prende-troppo-conviene-prenotare-diretto-demo2',
    kind: 'question',
    title: 'Booking mi prende il 18%: conviene far prenotare direttamente?',
    area: 'ecommerce',
    sector: 'albergo-bnb',
    regionCode: '20',
    sportello: 'demo-nuoro',
    posts: [
      {
        by: A.agriturismo,
        hoursAgo: 80,
        body: 'Ho un agriturismo con sei camere vicino a Nuoro. Quasi tutte le prenotazioni arrivano da Booking, che si tiene il 18%.\n\nVorrei far prenotare le persone dal mio sito o per telefono. Ma ho paura di perdere clienti. Qualcuno l’ha fatto?',
      },
    ],
  },
  {
    slug: 'come-ho-fatto-vendo-il-formaggio-con-whatsapp-demo3',
    kind: 'story',
    title: 'Come ho fatto: vendo il formaggio con un gruppo WhatsApp',
    area: 'marketing',
    sector: 'produzione-alimentare',
    regionCode: '03',
    sportello: 'demo-milano',
    posts: [
      {
        by: A.caseificio,
        hoursAgo: 200,
        body: 'Il caseificio pagava il nostro latte sempre meno. Così un anno fa abbiamo iniziato a fare formaggio e a venderlo noi.\n\nCosa ho fatto:\n\n- un gruppo WhatsApp con i clienti del mercato del sabato (ora sono 140);\n- ogni giovedì scrivo cosa c’è pronto, con una foto;\n- chi vuole risponde e passa a ritirare il venerdì.\n\nNon ho speso niente. Ora vendo così un terzo del latte, e lo pago il doppio.',
      },
      { by: A.scarpe, hoursAgo: 190, body: 'Bellissima idea. Lo provo con le scarpe nuove di stagione: scrivo quando arrivano.' },
    ],
    thanks: [{ post: 1, by: A.caseificio }],
  },
  {
    slug: 'fattura-elettronica-che-programma-usate-demo4',
    kind: 'question',
    title: 'Fattura elettronica: che programma usate?',
    area: 'data_tools',
    sector: 'negozio',
    regionCode: '03',
    sportello: 'demo-milano',
    posts: [
      { by: A.scarpe, hoursAgo: 60, body: 'Il commercialista mi dice di fare io le fatture elettroniche. Che programma usate? Deve essere semplice, non sono brava con il computer.' },
      { by: A.angelMilano, role: 'angel', hoursAgo: 50, body: 'Per iniziare va bene anche il servizio gratuito dell’Agenzia delle Entrate («Fatture e Corrispettivi»). Se vuoi, al prossimo incontro lo apriamo insieme e facciamo la prima fattura.' },
      { by: A.caseificio, hoursAgo: 45, body: 'Io uso quello della mia banca, è compreso nel conto. Chiedi alla tua se ce l’ha.' },
    ],
    meToo: [A.forno],
  },
];

const HOUR = 3_600_000;

/**
 * The demo's discussions with their replies, reactions and links, dated back from now. A
 * thread already there is left as it is, so a second run changes nothing.
 *
 * @example await seedDemoThreads(db);
 */
export async function seedDemoThreads(db: TDb, now = new Date()): Promise<void> {
  const emails = [...new Set(DEMO_THREADS.flatMap((t) => [...t.posts.map((p) => p.by), ...(t.meToo ?? []), ...(t.thanks ?? []).map((x) => x.by)]))];
  const people = new Map((await db.select({ id: user.id, email: user.email }).from(user).where(inArray(user.email, emails))).map((u) => [u.email, u.id]));
  if (people.size < emails.length) return;
  const desks = new Map((await db.select({ id: sportello.id, slug: sportello.slug }).from(sportello)).map((s) => [s.slug, s.id]));

  for (const demo of DEMO_THREADS) {
    const [exists] = await db.select({ id: communityThread.id }).from(communityThread).where(eq(communityThread.slug, demo.slug));
    if (exists) continue;
    await db.transaction(async (tx) => {
      const at = (p: TDemoPost) => new Date(now.getTime() - p.hoursAgo * HOUR);
      const asker = people.get(demo.posts[0]!.by)!;
      const replies = demo.posts.slice(1);
      const firstOther = replies.find((p) => p.by !== demo.posts[0]!.by);
      const [thread] = await tx
        .insert(communityThread)
        .values({
          slug: demo.slug,
          kind: demo.kind,
          title: demo.title,
          area: demo.area,
          sector: demo.sector,
          regionCode: demo.regionCode,
          authorUserId: asker,
          sportelloId: desks.get(demo.sportello) ?? null,
          replyCount: replies.length,
          meTooCount: demo.meToo?.length ?? 0,
          firstReplyAt: firstOther ? at(firstOther) : null,
          lastPostAt: at(demo.posts[demo.posts.length - 1]!),
          createdAt: at(demo.posts[0]!),
        })
        .returning({ id: communityThread.id });
      const postIds: string[] = [];
      for (const [position, p] of demo.posts.entries()) {
        const thanks = (demo.thanks ?? []).filter((x) => x.post === position).length;
        const [row] = await tx
          .insert(communityPost)
          .values({ threadId: thread!.id, position, authorUserId: people.get(p.by)!, authorRole: p.role ?? null, ...renderPost(p.body), thanksCount: thanks, createdAt: at(p) })
          .returning({ id: communityPost.id });
        postIds.push(row!.id);
      }
      if (demo.solved !== undefined) {
        await tx.update(communityThread).set({ solvedPostId: postIds[demo.solved]!, solvedAt: at(demo.posts[demo.solved + 1] ?? demo.posts[demo.solved]!), solvedBy: asker }).where(eq(communityThread.id, thread!.id));
      }
      const reactions = [...(demo.meToo ?? []).map((by) => ({ postId: postIds[0]!, userId: people.get(by)!, kind: 'me_too' as const })), ...(demo.thanks ?? []).map((x) => ({ postId: postIds[x.post]!, userId: people.get(x.by)!, kind: 'thanks' as const }))];
      if (reactions.length) await tx.insert(communityReaction).values(reactions);
      if (demo.lesson) {
        const [l] = await tx.select({ id: lesson.id }).from(lesson).where(eq(lesson.slug, demo.lesson)).limit(1);
        if (l) await tx.insert(communityThreadLink).values({ threadId: thread!.id, lessonId: l.id, createdBy: asker });
      }
      if (demo.planAction) {
        const [a] = await tx.select({ id: planAction.id }).from(planAction).where(eq(planAction.title, demo.planAction)).limit(1);
        if (a) await tx.insert(communityThreadLink).values({ threadId: thread!.id, planActionId: a.id, createdBy: asker });
      }
    });
  }
}
