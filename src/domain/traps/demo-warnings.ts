import type { TArea } from '../../shared/areas.js';

/** A warning as the demo seeds it: its text, its cues, and the lessons and plan areas that link it. */
export interface TDemoWarning {
  slug: string;
  title: string;
  summary: string;
  recognise: string;
  askBefore: string;
  ifSigned: string;
  cues: string[];
  areas: TArea[];
  lessons: string[];
  /** The catalogue solutions (slugs) whose page shows the warning: those the trap is met with. */
  solutions: string[];
}

/**
 * Six national warnings written for this project: the traps the demo's businesses (a bakery, a
 * bar, a shop, a farm) meet most. Plain Italian, "tu", no product or provider named.
 */
export const DEMO_WARNINGS: TDemoWarning[] = [
  {
    slug: 'sito-a-99-euro-primo-su-google',
    title: 'Il sito a 99 euro con il primo posto su Google garantito',
    summary:
      'Ti chiamano e ti offrono un sito a poco prezzo, "e in più ti mettiamo primo su Google". Nessuno può garantire il primo posto su Google: chi lo promette di solito ti vende un abbonamento che dura anni e costa molto più di 99 euro.',
    recognise: [
      'Ti promettono il primo posto su Google, o "in prima pagina", in poco tempo.',
      'Il prezzo basso vale solo il primo anno, o è "al mese".',
      'Il dominio (il nome del sito) resta intestato a loro, non a te.',
      'Ti chiedono di firmare subito, al telefono o con una firma sul tablet.',
    ].join('\n'),
    askBefore: [
      'Quanto pago in tutto in tre anni, con il rinnovo?',
      'Il nome del sito è intestato a me?',
      'Se smetto, posso portare via il sito e i testi?',
      'Come fate a promettere il primo posto? Me lo scrivete nel contratto?',
    ].join('\n'),
    ifSigned: [
      'Cerca nel contratto la durata e come si disdice: scrivi la disdetta per tempo, con PEC o raccomandata.',
      'Se hai firmato fuori dal negozio o al telefono, controlla se puoi ancora ripensarci: chiedi allo sportello.',
      'Chiedi che il nome del sito passi a te.',
      'Porta il contratto al tuo angel: lo leggete insieme.',
    ].join('\n'),
    cues: ['sito 99 euro', 'primo su google', 'primo posto google', 'prima pagina google', 'posizionamento garantito', 'sito a poco prezzo'],
    areas: ['marketing', 'ecommerce'],
    lessons: ['il-sito-a-99-euro', 'fatti-trovare-sulle-mappe'],
    solutions: ['sito-vetrina-fai-da-te', 'sito-fatto-da-professionista', 'scheda-sulle-mappe'],
  },
  {
    slug: 'contratto-pos-48-mesi',
    title: 'Il contratto del POS di 48 mesi',
    summary:
      'Il POS (la macchinetta per pagare con la carta) a volte si noleggia con un contratto di quattro anni che non si può chiudere prima senza pagare tutto. Sommando canone e commissioni, può costare molto più di quanto incassi con le carte.',
    recognise: [
      'Il contratto dura 48 mesi, o 36, e si rinnova da solo.',
      'Paghi un canone ogni mese anche se non lo usi.',
      'Se lo chiudi prima, paghi tutti i mesi che mancano.',
      'Le commissioni sono scritte in piccolo, o "da listino".',
    ].join('\n'),
    askBefore: [
      'Quanto pago in un anno, con i miei incassi con la carta?',
      'Posso recedere prima? Quanto costa?',
      'Il canone è per il POS o anche per altri servizi?',
      'Esiste un POS senza canone, pagando solo la commissione?',
    ].join('\n'),
    ifSigned: [
      'Trova la data di fine del contratto e scrivila sul calendario: la disdetta va mandata prima.',
      'Fai il conto di quanto ti è costato l\'ultimo anno: canone più commissioni.',
      'Chiedi per scritto quanto costa chiudere oggi: a volte conviene, a volte no.',
      'Non firmare un secondo contratto per "sostituire" il primo senza averlo fatto leggere.',
    ].join('\n'),
    cues: ['contratto pos', 'pos 48 mesi', '48 mesi', 'noleggio pos', 'canone pos', 'macchinetta carte', 'commissioni pos'],
    areas: ['finance', 'ecommerce'],
    lessons: ['quanto-mi-costa-davvero'],
    solutions: ['pos-con-canone', 'lettore-carte-senza-canone'],
  },
  {
    slug: 'gestionale-senza-esportazione',
    title: 'Il gestionale che non ti lascia esportare i dati',
    summary:
      'Il programma per magazzino, clienti o fatture è comodo finché lo usi. Il guaio arriva quando vuoi cambiare: se non puoi scaricare i tuoi dati in un file che altri programmi leggono, ricominci da zero o resti dove sei.',
    recognise: [
      'Non trovi un pulsante per scaricare clienti, prodotti o fatture in Excel o CSV.',
      'Ti dicono che l\'esportazione "si fa su richiesta", a pagamento.',
      'I dati stanno solo sul loro server e non sai dove.',
    ].join('\n'),
    askBefore: [
      'Posso scaricare da solo clienti, prodotti e fatture? In che formato?',
      'Se smetto, per quanto tempo posso ancora accedere ai miei dati?',
      'Dove sono tenuti i miei dati? In Europa?',
    ].join('\n'),
    ifSigned: [
      'Prova oggi a esportare i dati, anche se non vuoi cambiare: così sai se si può.',
      'Tieni una copia dei dati importanti ogni mese, anche a mano.',
      'Chiedi per scritto come avere i tuoi dati alla fine del contratto: è un tuo diritto.',
    ].join('\n'),
    cues: ['gestionale esportare', 'esportare dati', 'esportare clienti', 'portare via dati', 'scaricare dati', 'cambiare gestionale', 'dati ostaggio'],
    areas: ['data_tools', 'organisation'],
    lessons: ['backup-e-password', 'fattura-elettronica'],
    solutions: ['cassa-in-cloud', 'fatture-elettroniche-in-abbonamento', 'negozio-online-in-abbonamento'],
  },
  {
    slug: 'recensioni-comprate',
    title: 'Le recensioni comprate',
    summary:
      'C\'è chi vende pacchetti di recensioni a cinque stelle. Sembra un modo veloce per farsi notare, ma le piattaforme le scoprono e le cancellano, a volte penalizzano la tua scheda, e i clienti le riconoscono. In Italia e in Europa sono anche vietate.',
    recognise: [
      'Ti offrono "50 recensioni a 5 stelle" a un prezzo fisso.',
      'Le recensioni arrivano tutte insieme, da persone che non hai mai visto.',
      'Ti chiedono di dare uno sconto in cambio di una recensione positiva.',
    ].join('\n'),
    askBefore: [
      'Chi scrive queste recensioni? Sono clienti veri?',
      'Cosa succede alla mia scheda se la piattaforma le cancella?',
    ].join('\n'),
    ifSigned: [
      'Smetti subito e non rinnovare il pacchetto.',
      'Segnala tu le recensioni false alla piattaforma: meglio perderle che perdere la scheda.',
      'Chiedi le recensioni ai clienti veri, dopo un buon servizio: basta un biglietto con il link.',
    ].join('\n'),
    cues: ['comprare recensioni', 'recensioni comprate', 'pacchetto recensioni', 'recensioni pagamento', 'recensioni false', 'recensioni finte', 'stelle pagamento'],
    areas: ['marketing', 'communication'],
    lessons: ['chiedi-ai-clienti', 'fatti-trovare-sulle-mappe'],
    solutions: ['scheda-sulle-mappe'],
  },
  {
    slug: 'preventivo-costi-nascosti',
    title: 'Il preventivo con i costi nascosti',
    summary:
      'Un preventivo basso può non dire tutto: installazione, formazione, assistenza, rinnovi e "moduli aggiuntivi" arrivano dopo. Il prezzo giusto da guardare è quanto paghi in tutto in tre anni.',
    recognise: [
      'Nel preventivo c\'è un solo numero, senza l\'elenco delle voci.',
      'Trovi parole come "a partire da", "escluso", "su richiesta".',
      'L\'assistenza o gli aggiornamenti si pagano a parte.',
      'Il prezzo sale dopo il primo anno.',
    ].join('\n'),
    askBefore: [
      'Cosa non è compreso in questo prezzo?',
      'Quanto pago in tutto in tre anni, con assistenza e rinnovi?',
      'Me lo scrivete voce per voce?',
    ].join('\n'),
    ifSigned: [
      'Rileggi il preventivo firmato e segna ogni voce che ti hanno fatto pagare in più.',
      'Chiedi per scritto il motivo di ogni costo che non era nel preventivo.',
      'Prima di pagare un "modulo aggiuntivo", chiedi al tuo angel se ti serve davvero.',
    ].join('\n'),
    cues: ['costi nascosti', 'costi extra', 'spese extra', 'pagare parte', 'costa parte', 'non era compreso', 'preventivo basso', 'prezzo aumentato'],
    areas: ['finance'],
    lessons: ['quanto-mi-costa-davvero', 'prova-in-piccolo'],
    solutions: ['sito-fatto-da-professionista', 'negozio-online-in-abbonamento'],
  },
  {
    slug: 'app-su-misura-senza-aggiornamenti',
    title: "L'app fatta su misura che poi nessuno aggiorna",
    summary:
      "Un'app tutta tua sembra un bel passo. Ma un'app va aggiornata ogni anno, se no smette di funzionare sui telefoni nuovi. Se chi l'ha fatta sparisce, resti con un'app che non funziona e che nessuno sa toccare.",
    recognise: [
      "Ti propongono un'app quando ti basterebbe una pagina web o una prenotazione online.",
      'Nel contratto non ci sono gli aggiornamenti, o costano a parte.',
      "Il codice dell'app resta di chi l'ha fatta.",
    ].join('\n'),
    askBefore: [
      'Chi aggiorna l\'app tra due anni? Quanto costa ogni anno?',
      'Il codice e gli account sugli store sono intestati a me?',
      'Quanti clienti la scaricheranno davvero? Non basta un sito?',
    ].join('\n'),
    ifSigned: [
      "Fatti consegnare il codice e gli accessi agli store (dove si scarica l'app).",
      'Chiedi per scritto per quanto tempo è garantita e aggiornata.',
      'Valuta con il tuo angel se conviene passare a un servizio già pronto.',
    ].join('\n'),
    cues: ['app su misura', 'app personalizzata', 'applicazione su misura', 'app non funziona', 'app nessuno aggiorna', 'farmi app', 'app aggiornata'],
    areas: ['innovation', 'data_tools'],
    lessons: ['vendere-online-senza-un-grande-sito', 'prova-in-piccolo'],
    solutions: ['prenotazioni-appuntamenti-online', 'prenotazioni-tavoli-portale'],
  },
];
