import type { TQuestionnaire } from '../questionnaire.js';

/**
 * Check-up questionnaire, version 2026-11-v1. FROZEN: once published, do not edit a word
 * here; copy this file to a new version instead (docs/checkup-scoring.md, "Versioning").
 *
 * 31 questions, about 20–25 seconds each: 11–13 minutes. Six business fundamentals, then
 * the six dimensions of the EU Digital Maturity Assessment for SMEs. Options are everyday
 * situations, from least to most mature; "non so" is always offered on top of them.
 */
export const QUESTIONNAIRE_V1 = {
  version: '2026-11-v1',
  publishedOn: '2026-11-30',
  dontKnow: { it: 'Non so', en: "I don't know" },
  sections: [
    {
      key: 'strategy',
      kind: 'area',
      title: { it: 'Strategia e piano', en: 'Strategy and plan' },
      why: {
        it: 'Sapere dove vuoi arrivare ti aiuta a scegliere cosa fare oggi.',
        en: 'Knowing where you want to go helps you choose what to do today.',
      },
      priorityReason: {
        it: 'Senza una meta ogni scelta pesa uguale. Un piano semplice, anche di una pagina, ti fa risparmiare tempo e soldi.',
        en: 'Without a goal every choice weighs the same. A simple plan, even one page long, saves you time and money.',
      },
      needs: ['strategy'],
    },
    {
      key: 'marketing',
      kind: 'area',
      title: { it: 'Clienti, prezzi e canali di vendita', en: 'Customers, prices and sales channels' },
      why: {
        it: 'Vendere a chi ti sceglie, al prezzo giusto, è quello che tiene in piedi i conti.',
        en: 'Selling to the people who choose you, at the right price, is what keeps the books balanced.',
      },
      priorityReason: {
        it: 'Chi vende solo tramite altri lascia a loro il guadagno. Conoscere i tuoi clienti e i tuoi margini ti rende più forte.',
        en: 'If you only sell through others, they keep the profit. Knowing your customers and your margins makes you stronger.',
      },
      needs: ['marketing', 'market_research'],
    },
    {
      key: 'communication',
      kind: 'area',
      title: { it: 'Farti trovare e farti conoscere', en: 'Being found and known' },
      why: {
        it: 'Prima di entrare, oggi quasi tutti ti cercano sul telefono.',
        en: 'Before walking in, almost everyone looks you up on their phone.',
      },
      priorityReason: {
        it: 'Farti trovare è il primo passo: oggi chi cerca un bar, un idraulico o un negozio guarda il telefono.',
        en: 'Being found is the first step: today people looking for a bar, a plumber or a shop check their phone.',
      },
      needs: ['communication'],
    },
    {
      key: 'organisation',
      kind: 'area',
      title: { it: 'Organizzazione del lavoro', en: 'How work is organised' },
      why: {
        it: 'Meno tempo perso in carte e imprevisti vuol dire più tempo per i clienti.',
        en: 'Less time lost on paperwork and surprises means more time for customers.',
      },
      priorityReason: {
        it: 'Se tutto passa da te, ogni giorno è una corsa. Mettere ordine in scorte e compiti ti restituisce ore.',
        en: 'If everything goes through you, every day is a rush. Putting order into stock and tasks gives you hours back.',
      },
      needs: ['organisation'],
    },
    {
      key: 'finance',
      kind: 'area',
      title: { it: 'Soldi, margini e finanziamenti', en: 'Money, margins and funding' },
      why: {
        it: 'Sapere quanto entra, quanto esce e quanto guadagni evita brutte sorprese.',
        en: 'Knowing what comes in, what goes out and what you earn avoids bad surprises.',
      },
      priorityReason: {
        it: 'I conti chiari non servono solo al commercialista. Ti dicono prima quando mancheranno soldi e dove trovarli, anche con i bandi.',
        en: 'Clear accounts are not just for your accountant. They tell you early when money will run short and where to find it, funding calls included.',
      },
      needs: ['finance'],
    },
    {
      key: 'innovation',
      kind: 'area',
      title: { it: 'Novità e idee nuove', en: 'New things and new ideas' },
      why: {
        it: 'I clienti cambiano: provare cose nuove, anche piccole, ti tiene al passo.',
        en: 'Customers change: trying new things, even small ones, keeps you in step.',
      },
      priorityReason: {
        it: 'Chi prova ogni tanto una cosa nuova trova nuovi clienti. Si può partire in piccolo, senza rischiare tutto.',
        en: 'Those who try something new now and then find new customers. You can start small, without risking everything.',
      },
      needs: ['innovation', 'market_research'],
    },
    {
      key: 'digital_strategy',
      kind: 'dimension',
      title: { it: 'Un piano per il digitale', en: 'A plan for digital' },
      why: {
        it: 'Sapere prima cosa ti serve ti protegge dalle offerte «tutto a poco» che poi deludono.',
        en: 'Knowing first what you need protects you from "everything for little" offers that end in disappointment.',
      },
      priorityReason: {
        it: 'Senza un piano il digitale diventa una spesa a caso. Bastano tre obiettivi chiari per partire col piede giusto.',
        en: 'Without a plan, digital turns into random spending. Three clear goals are enough to start on the right foot.',
      },
      needs: ['strategy', 'data_tools'],
    },
    {
      key: 'digital_readiness',
      kind: 'dimension',
      title: { it: 'Strumenti digitali di base', en: 'Basic digital tools' },
      why: {
        it: 'Per lavorare meglio bastano pochi strumenti semplici, usati bene.',
        en: 'A few simple tools, used well, are all it takes to work better.',
      },
      priorityReason: {
        it: 'Pochi strumenti scelti bene ti fanno lavorare meglio da subito. Per esempio una cassa che tiene i conti, o gli ordini online.',
        en: 'A few well-chosen tools make your work easier straight away. For example a till that keeps the accounts, or online orders.',
      },
      needs: ['data_tools', 'ecommerce'],
    },
    {
      key: 'human_centric',
      kind: 'dimension',
      title: { it: 'Persone e competenze digitali', en: 'People and digital skills' },
      why: {
        it: 'Gli strumenti funzionano solo se chi li usa si sente a suo agio.',
        en: 'Tools only work if the people using them feel at ease.',
      },
      priorityReason: {
        it: 'Il digitale si impara un passo alla volta. Un po’ di formazione ti fa risparmiare tempo e ti dà sicurezza.',
        en: 'Digital skills are learnt one step at a time. A little training saves you time and gives you confidence.',
      },
      needs: ['people'],
    },
    {
      key: 'data_management',
      kind: 'dimension',
      title: { it: 'Dati e sicurezza', en: 'Data and security' },
      why: {
        it: 'Clienti, fatture e fornitori sono un patrimonio: vanno tenuti in ordine e al sicuro.',
        en: 'Customers, invoices and suppliers are an asset: keep them tidy and safe.',
      },
      priorityReason: {
        it: 'Un telefono rotto o una password rubata possono fermarti per giorni. Copie e password sicure si sistemano in un pomeriggio.',
        en: 'A broken phone or a stolen password can stop you for days. Backups and safe passwords can be sorted in an afternoon.',
      },
      needs: ['data_tools'],
    },
    {
      key: 'automation_ai',
      kind: 'dimension',
      title: { it: 'Automazione e intelligenza artificiale', en: 'Automation and artificial intelligence' },
      why: {
        it: 'I programmi possono fare al posto tuo i lavori noiosi e ripetitivi.',
        en: 'Software can do the boring, repetitive jobs for you.',
      },
      priorityReason: {
        it: 'Promemoria, conferme e riordini possono partire da soli. È tempo che torna a te e ai tuoi clienti.',
        en: 'Reminders, confirmations and reorders can go out on their own. That time comes back to you and your customers.',
      },
      needs: ['automation_ai'],
    },
    {
      key: 'green',
      kind: 'dimension',
      title: { it: 'Digitale e ambiente', en: 'Digital and the environment' },
      why: {
        it: 'Consumare meno energia e meno carta fa bene all’ambiente e alle bollette.',
        en: 'Using less energy and paper is good for the planet and for your bills.',
      },
      priorityReason: {
        it: 'Meno carta e meno energia sprecata vogliono dire bollette più leggere. E i clienti lo notano.',
        en: 'Less paper and less wasted energy mean lighter bills. And customers notice.',
      },
      needs: ['green'],
    },
  ],
  questions: [
    // — Strategia e piano
    {
      id: 'str-direction',
      section: 'strategy',
      text: {
        it: 'Sai dove vuoi portare la tua attività nei prossimi due o tre anni?',
        en: 'Do you know where you want to take your business in the next two or three years?',
      },
      help: {
        it: 'Per esempio: «Tra due anni voglio aprire anche il sabato pomeriggio e vendere online».',
        en: 'For example: "In two years I want to open on Saturday afternoons too and sell online".',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Non ci ho pensato: vado avanti giorno per giorno', en: "I haven't thought about it: I take it day by day" } },
        { id: 'b', points: 1, text: { it: 'Ho un’idea, ma solo in testa', en: 'I have an idea, but only in my head' } },
        { id: 'c', points: 2, text: { it: 'Ho qualche obiettivo, ma non l’ho scritto', en: "I have some goals, but I haven't written them down" } },
        { id: 'd', points: 3, text: { it: 'Ho obiettivi scritti, con numeri e date', en: 'I have written goals, with numbers and dates' } },
        { id: 'e', points: 4, text: { it: 'Ho un piano scritto e lo controllo ogni pochi mesi', en: 'I have a written plan and check it every few months' } },
      ],
    },
    {
      id: 'str-decisions',
      section: 'strategy',
      alsoFeeds: [{ target: 'data_management', share: 0.5 }],
      text: {
        it: 'Quando decidi prezzi, orari o ordini, su cosa ti basi?',
        en: 'When you decide on prices, opening hours or orders, what do you go by?',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Sull’istinto', en: 'Gut feeling' } },
        { id: 'b', points: 1, text: { it: 'Sul parere di familiari o colleghi', en: 'Advice from family or colleagues' } },
        { id: 'c', points: 2, text: { it: 'Guardo incassi e spese del mese', en: "I look at the month's takings and costs" } },
        { id: 'd', points: 3, text: { it: 'Confronto i numeri di più mesi', en: 'I compare the figures of several months' } },
        { id: 'e', points: 4, text: { it: 'Guardo i numeri e prima provo in piccolo', en: 'I look at the figures and test on a small scale first' } },
      ],
    },
    // — Clienti, prezzi e canali
    {
      id: 'mkt-customers',
      section: 'marketing',
      alsoFeeds: [{ target: 'data_management', share: 0.5 }],
      text: { it: 'Sai chi sono i tuoi clienti migliori e cosa comprano?', en: 'Do you know who your best customers are and what they buy?' },
      help: {
        it: 'La lista può essere anche un quaderno o la rubrica del telefono, con il permesso dei clienti.',
        en: "The list can be a notebook or your phone's contacts, with the customers' consent.",
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Non saprei dirlo', en: "I couldn't say" } },
        { id: 'b', points: 1, text: { it: 'Li conosco di vista', en: 'I know them by sight' } },
        { id: 'c', points: 2, text: { it: 'So chi sono e cosa prendono di solito', en: 'I know who they are and what they usually buy' } },
        { id: 'd', points: 3, text: { it: 'Ho una lista con contatti e acquisti', en: 'I keep a list with contacts and purchases' } },
        { id: 'e', points: 4, text: { it: 'Li divido in gruppi e preparo offerte per ognuno', en: 'I sort them into groups and make offers for each' } },
      ],
    },
    {
      id: 'mkt-price',
      section: 'marketing',
      text: { it: 'Come decidi i prezzi?', en: 'How do you set your prices?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Li ho fissati anni fa e non li tocco', en: "I set them years ago and don't touch them" } },
        { id: 'b', points: 1, text: { it: 'Faccio come i concorrenti', en: 'I do what my competitors do' } },
        { id: 'c', points: 2, text: { it: 'Parto da quanto mi costa e aggiungo un ricarico', en: 'I start from my cost and add a mark-up' } },
        { id: 'd', points: 3, text: { it: 'So quanto guadagno su ogni prodotto e lo controllo', en: 'I know what I earn on each product and check it' } },
        {
          id: 'e',
          points: 4,
          text: { it: 'Guardo quanto guadagno e quanto i clienti sono disposti a pagare', en: 'I look at my margin and at what customers are willing to pay' },
        },
      ],
    },
    {
      id: 'mkt-channels',
      section: 'marketing',
      text: { it: 'In quanti modi vendi?', en: 'In how many ways do you sell?' },
      help: {
        it: 'Per esempio: il negozio, un grossista, il mercato, il telefono, internet.',
        en: 'For example: your shop, a wholesaler, the market, the phone, the internet.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Uno solo, e il prezzo lo fa chi compra da me', en: 'Just one, and the buyer sets the price' } },
        { id: 'b', points: 1, text: { it: 'Uno solo: chi viene da me', en: 'Just one: people who come to me' } },
        { id: 'c', points: 2, text: { it: 'Due modi', en: 'Two ways' } },
        { id: 'd', points: 3, text: { it: 'Più modi, anche vendendo direttamente ai clienti', en: 'Several, including selling directly to customers' } },
        { id: 'e', points: 4, text: { it: 'Più modi, e so quanto mi rende ognuno', en: 'Several, and I know how much each one earns me' } },
      ],
    },
    // — Farti trovare
    {
      id: 'com-website',
      section: 'communication',
      alsoFeeds: [{ target: 'digital_readiness', share: 0.5 }],
      text: { it: 'Hai un sito internet per la tua attività?', en: 'Do you have a website for your business?' },
      options: [
        { id: 'a', points: 0, text: { it: 'No', en: 'No' } },
        { id: 'b', points: 1, text: { it: 'Sì, ma non lo aggiorno da più di un anno', en: "Yes, but I haven't updated it for over a year" } },
        { id: 'c', points: 2, text: { it: 'Sì, aggiornato, con orari, contatti e prodotti', en: 'Yes, up to date, with hours, contacts and products' } },
        { id: 'd', points: 3, text: { it: 'Sì, e i clienti possono prenotare, ordinare o scrivermi', en: 'Yes, and customers can book, order or write to me' } },
        { id: 'e', points: 4, text: { it: 'Sì, e so quanti clienti mi porta', en: 'Yes, and I know how many customers it brings me' } },
      ],
    },
    {
      id: 'com-maps',
      section: 'communication',
      text: { it: 'Se un cliente ti cerca su Google Maps, cosa trova?', en: 'If a customer looks you up on Google Maps, what do they find?' },
      help: {
        it: 'È la scheda con nome, orari, foto e recensioni che esce quando cerchi un negozio sulla mappa.',
        en: 'It is the listing with name, hours, photos and reviews that shows up when you search for a shop on the map.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Niente: non ci sono', en: "Nothing: I'm not there" } },
        { id: 'b', points: 1, text: { it: 'Una scheda che non curo io', en: "A listing I don't look after" } },
        { id: 'c', points: 2, text: { it: 'La mia scheda, con gli orari giusti', en: 'My own listing, with the right hours' } },
        { id: 'd', points: 3, text: { it: 'La mia scheda con foto, e leggo le recensioni', en: 'My listing with photos, and I read the reviews' } },
        { id: 'e', points: 4, text: { it: 'La curo e rispondo a tutte le recensioni', en: 'I keep it up and reply to every review' } },
      ],
    },
    {
      id: 'com-social',
      section: 'communication',
      text: {
        it: 'Usi i social (Facebook, Instagram, TikTok) per la tua attività?',
        en: 'Do you use social media (Facebook, Instagram, TikTok) for your business?',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'No', en: 'No' } },
        { id: 'b', points: 1, text: { it: 'Ho una pagina, ma pubblico di rado', en: 'I have a page, but rarely post' } },
        { id: 'c', points: 2, text: { it: 'Pubblico ogni tanto', en: 'I post now and then' } },
        { id: 'd', points: 3, text: { it: 'Pubblico ogni settimana e rispondo ai messaggi', en: 'I post every week and reply to messages' } },
        { id: 'e', points: 4, text: { it: 'Preparo i post in anticipo e guardo cosa funziona', en: 'I plan my posts ahead and check what works' } },
      ],
    },
    // — Organizzazione
    {
      id: 'org-stock',
      section: 'organisation',
      alsoFeeds: [{ target: 'automation_ai', share: 0.5 }],
      text: { it: 'Come tieni d’occhio scorte e ordini ai fornitori?', en: 'How do you keep track of stock and supplier orders?' },
      help: {
        it: 'Se non vendi merce, pensa a materiali, ricambi o prenotazioni.',
        en: "If you don't sell goods, think of materials, spare parts or bookings.",
      },
      options: [
        { id: 'a', points: 0, text: { it: 'A occhio, quando manca qualcosa', en: 'By eye, when something runs out' } },
        { id: 'b', points: 1, text: { it: 'Su un quaderno', en: 'In a notebook' } },
        { id: 'c', points: 2, text: { it: 'Su un foglio Excel', en: 'In an Excel sheet' } },
        { id: 'd', points: 3, text: { it: 'Con un programma o con la cassa', en: 'With software or the till' } },
        { id: 'e', points: 4, text: { it: 'Il programma mi avvisa da solo quando riordinare', en: 'The software tells me when to reorder' } },
      ],
    },
    {
      id: 'org-absence',
      section: 'organisation',
      text: { it: 'Se ti fermi per una settimana, l’attività va avanti?', en: 'If you stop for a week, does the business keep going?' },
      options: [
        { id: 'a', points: 0, text: { it: 'No, devo chiudere', en: 'No, I have to close' } },
        { id: 'b', points: 1, text: { it: 'A fatica: mi chiamano di continuo', en: 'Barely: they call me all the time' } },
        { id: 'c', points: 2, text: { it: 'Sì, per le cose di tutti i giorni', en: 'Yes, for everyday things' } },
        { id: 'd', points: 4, text: { it: 'Sì: i compiti sono divisi e scritti', en: 'Yes: tasks are shared out and written down' } },
      ],
    },
    // — Soldi
    {
      id: 'fin-cash',
      section: 'finance',
      text: { it: 'Sai quanti soldi avrai in cassa tra tre mesi?', en: "Do you know how much cash you'll have in three months?" },
      options: [
        { id: 'a', points: 0, text: { it: 'No, lo scopro strada facendo', en: 'No, I find out as I go' } },
        { id: 'b', points: 1, text: { it: 'Più o meno, a sensazione', en: 'Roughly, by feel' } },
        { id: 'c', points: 2, text: { it: 'Me ne faccio un’idea dal conto in banca', en: 'I get an idea from my bank account' } },
        { id: 'd', points: 3, text: { it: 'Ho scritto quanto entrerà e quanto uscirà', en: 'I have written down what will come in and go out' } },
        { id: 'e', points: 4, text: { it: 'Lo aggiorno ogni mese e so quando mi serviranno soldi', en: "I update it every month and know when I'll need money" } },
      ],
    },
    {
      id: 'fin-margins',
      section: 'finance',
      text: { it: 'Sai quanto guadagni davvero, tolte tutte le spese?', en: 'Do you know what you really earn, after all costs?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Lo scopro a fine anno dal commercialista', en: 'I find out at year end from my accountant' } },
        { id: 'b', points: 1, text: { it: 'Ne ho un’idea', en: 'I have a rough idea' } },
        { id: 'c', points: 2, text: { it: 'Lo guardo ogni tre o quattro mesi', en: 'I check it every three or four months' } },
        { id: 'd', points: 3, text: { it: 'Lo controllo ogni mese', en: 'I check it every month' } },
        { id: 'e', points: 4, text: { it: 'Lo so ogni mese, anche prodotto per prodotto', en: 'I know it every month, product by product too' } },
      ],
    },
    {
      id: 'fin-funding',
      section: 'finance',
      text: { it: 'Hai mai usato bandi, contributi o prestiti agevolati?', en: 'Have you ever used funding calls, grants or low-interest loans?' },
      help: {
        it: 'Per esempio un aiuto della Regione per rifare il locale. O un prestito con interessi bassi.',
        en: 'For example a regional grant to do up your premises. Or a loan with low interest.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Non ne ho mai sentito parlare', en: 'I have never heard of them' } },
        { id: 'b', points: 1, text: { it: 'Ne ho sentito parlare, ma non ho mai provato', en: 'I have heard of them, but never tried' } },
        { id: 'c', points: 2, text: { it: 'Ci ho provato, ma senza riuscirci', en: 'I tried, but did not get one' } },
        { id: 'd', points: 3, text: { it: 'Sì, almeno una volta', en: 'Yes, at least once' } },
        { id: 'e', points: 4, text: { it: 'Sì, e li cerco di continuo', en: 'Yes, and I keep looking for them' } },
      ],
    },
    // — Novità
    {
      id: 'inn-new',
      section: 'innovation',
      text: { it: 'Quando hai introdotto l’ultima novità nella tua attività?', en: 'When did you last bring something new into your business?' },
      help: {
        it: 'Un prodotto, un servizio o un modo nuovo di lavorare. Per esempio le consegne a casa o un nuovo menù.',
        en: 'A product, a service or a new way of working. For example home delivery or a new menu.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Mai, o non ricordo quando', en: "Never, or I can't remember when" } },
        { id: 'b', points: 1, text: { it: 'Più di tre anni fa', en: 'More than three years ago' } },
        { id: 'c', points: 2, text: { it: 'Negli ultimi due o tre anni', en: 'In the last two or three years' } },
        { id: 'd', points: 3, text: { it: 'Nell’ultimo anno', en: 'In the last year' } },
        { id: 'e', points: 4, text: { it: 'Ne provo una ogni anno e guardo se funziona', en: 'I try one every year and check whether it works' } },
      ],
    },
    {
      id: 'inn-ideas',
      section: 'innovation',
      text: { it: 'Da dove prendi le idee nuove?', en: 'Where do your new ideas come from?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Non ne cerco: va bene così', en: "I don't look for any: things are fine as they are" } },
        { id: 'b', points: 1, text: { it: 'Guardo cosa fanno gli altri', en: 'I watch what others do' } },
        { id: 'c', points: 2, text: { it: 'Dai clienti, quando me lo chiedono', en: 'From customers, when they ask' } },
        { id: 'd', points: 3, text: { it: 'Chiedo ai clienti e vado a fiere o corsi', en: 'I ask customers and go to trade fairs or courses' } },
        { id: 'e', points: 4, text: { it: 'Le provo insieme a clienti, altre imprese o esperti', en: 'I test them with customers, other businesses or experts' } },
      ],
    },
    // — DMA 1: strategia digitale
    {
      id: 'dst-plan',
      section: 'digital_strategy',
      alsoFeeds: [{ target: 'strategy', share: 0.5 }],
      text: {
        it: 'Hai deciso cosa vuoi fare con il digitale nei prossimi anni?',
        en: 'Have you decided what you want to do with digital tools in the coming years?',
      },
      help: {
        it: 'Digitale vuol dire: sito, social, programmi, pagare con la carta, vendere online.',
        en: 'Digital means: a website, social media, software, card payments, selling online.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'No, non fa per me', en: "No, it's not for me" } },
        { id: 'b', points: 1, text: { it: 'Ci penso, ma non so da dove partire', en: "I think about it, but don't know where to start" } },
        { id: 'c', points: 2, text: { it: 'So cosa mi serve, ma mancano tempo o soldi', en: 'I know what I need, but lack time or money' } },
        { id: 'd', points: 3, text: { it: 'Ho una lista di cose da fare e quanto spendere', en: 'I have a to-do list and a budget' } },
        { id: 'e', points: 4, text: { it: 'Il digitale è nel mio piano, con tempi e soldi', en: 'Digital is part of my plan, with timing and money' } },
      ],
    },
    {
      id: 'dst-invest',
      section: 'digital_strategy',
      text: {
        it: 'Negli ultimi due anni, in quali parti del lavoro hai iniziato a usare strumenti digitali?',
        en: 'In the last two years, in which parts of your work have you started using digital tools?',
      },
      help: {
        it: 'Per esempio: vendite, acquisti, conti, turni, consegne.',
        en: 'For example: sales, purchasing, accounts, shifts, deliveries.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'In nessuna', en: 'None' } },
        { id: 'b', points: 1, text: { it: 'In una sola, per esempio la cassa o le fatture', en: 'Just one, for example the till or invoices' } },
        { id: 'c', points: 2, text: { it: 'In due o tre', en: 'Two or three' } },
        { id: 'd', points: 3, text: { it: 'In quasi tutte', en: 'Almost all' } },
        { id: 'e', points: 4, text: { it: 'In quasi tutte, e ne ho in programma altre', en: 'Almost all, and more are planned' } },
      ],
    },
    {
      id: 'dst-choose',
      section: 'digital_strategy',
      text: {
        it: 'Prima di comprare un programma o un servizio digitale, come scegli?',
        en: 'Before buying software or a digital service, how do you choose?',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Prendo la prima offerta che arriva', en: 'I take the first offer that comes along' } },
        { id: 'b', points: 1, text: { it: 'Scelgo quello che costa meno', en: 'I pick the cheapest' } },
        { id: 'c', points: 2, text: { it: 'Chiedo consiglio a chi conosco', en: 'I ask people I know' } },
        { id: 'd', points: 3, text: { it: 'Confronto più offerte con quello che mi serve', en: 'I compare several offers with what I need' } },
        { id: 'e', points: 4, text: { it: 'Confronto, provo e solo dopo pago', en: 'I compare, try it out and only then pay' } },
      ],
    },
    // — DMA 2: prontezza digitale
    {
      id: 'dre-tools',
      section: 'digital_readiness',
      text: { it: 'Quali strumenti digitali usi ogni giorno per lavorare?', en: 'Which digital tools do you use every day for work?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Solo il telefono, per chiamate e WhatsApp', en: 'Just my phone, for calls and WhatsApp' } },
        { id: 'b', points: 1, text: { it: 'Telefono ed e-mail', en: 'Phone and e-mail' } },
        { id: 'c', points: 2, text: { it: 'Anche un programma per cassa o fatture', en: 'Also software for the till or invoices' } },
        { id: 'd', points: 3, text: { it: 'Anche programmi per clienti, ordini o magazzino', en: 'Also software for customers, orders or stock' } },
        { id: 'e', points: 4, text: { it: 'Programmi collegati tra loro, che uso anche dal telefono', en: 'Connected software that I also use from my phone' } },
      ],
    },
    {
      id: 'dre-online-sales',
      section: 'digital_readiness',
      alsoFeeds: [{ target: 'marketing', share: 0.5 }],
      text: { it: 'Vendi o prendi ordini e prenotazioni su internet?', en: 'Do you sell or take orders and bookings on the internet?' },
      options: [
        { id: 'a', points: 0, text: { it: 'No', en: 'No' } },
        { id: 'b', points: 1, text: { it: 'Solo con WhatsApp o per telefono', en: 'Only through WhatsApp or by phone' } },
        { id: 'c', points: 2, text: { it: 'Sui siti di altri, come Amazon, Glovo o Booking', en: "On other people's sites, such as Amazon, Glovo or Booking" } },
        { id: 'd', points: 3, text: { it: 'Sul mio sito o negozio online', en: 'On my own website or online shop' } },
        { id: 'e', points: 4, text: { it: 'Sul mio sito e altrove, con pagamento online', en: 'On my own site and elsewhere, with online payment' } },
      ],
    },
    // — DMA 3: persone
    {
      id: 'hum-skills',
      section: 'human_centric',
      text: { it: 'Quando devi imparare un nuovo strumento digitale, come fai?', en: 'When you need to learn a new digital tool, what do you do?' },
      help: { it: 'Pensa a te e a chi lavora con te, anche in famiglia.', en: 'Think of yourself and of whoever works with you, family included.' },
      options: [
        { id: 'a', points: 0, text: { it: 'Lascio perdere', en: 'I give up on it' } },
        { id: 'b', points: 1, text: { it: 'Provo da solo finché funziona', en: 'I try on my own until it works' } },
        { id: 'c', points: 2, text: { it: 'Me lo faccio spiegare da un parente o dal fornitore', en: 'I get a relative or the supplier to show me' } },
        { id: 'd', points: 3, text: { it: 'Faccio brevi corsi, anche online', en: 'I take short courses, online too' } },
        { id: 'e', points: 4, text: { it: 'Ogni anno scegliamo cosa imparare e troviamo il corso giusto', en: 'Every year we choose what to learn and find the right course' } },
      ],
    },
    {
      id: 'hum-confidence',
      section: 'human_centric',
      text: { it: 'Quanto ti senti a tuo agio con computer e telefono per lavoro?', en: 'How comfortable do you feel with computers and phones for work?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Per niente: chiedo sempre aiuto', en: 'Not at all: I always ask for help' } },
        { id: 'b', points: 1, text: { it: 'Faccio il minimo: chiamate e messaggi', en: 'I do the bare minimum: calls and messages' } },
        { id: 'c', points: 2, text: { it: 'Uso e-mail e qualche programma', en: 'I use e-mail and a few programs' } },
        { id: 'd', points: 3, text: { it: 'Me la cavo e imparo cose nuove da solo', en: 'I get by and learn new things on my own' } },
        { id: 'e', points: 4, text: { it: 'Mi sento sicuro e aiuto anche gli altri', en: 'I feel confident and help others too' } },
      ],
    },
    {
      id: 'hum-involve',
      section: 'human_centric',
      alsoFeeds: [{ target: 'organisation', share: 0.5 }],
      text: { it: 'Quando cambi un modo di lavorare, come coinvolgi chi ti aiuta?', en: 'When you change the way you work, how do you involve the people who help you?' },
      help: {
        it: 'Dipendenti, soci o familiari. Se lavori da solo, pensa a chi ti consiglia, come clienti o colleghi.',
        en: 'Staff, partners or family. If you work alone, think of who advises you, such as customers or colleagues.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Decido da solo, senza sentire nessuno', en: 'I decide alone, without asking anyone' } },
        { id: 'b', points: 1, text: { it: 'Avviso gli altri quando ho già deciso', en: 'I tell the others once I have decided' } },
        { id: 'c', points: 2, text: { it: 'Spiego il perché e chiedo pareri', en: 'I explain why and ask for opinions' } },
        { id: 'd', points: 4, text: { it: 'Scegliamo insieme e proviamo prima di cambiare', en: 'We choose together and try it before changing' } },
      ],
    },
    // — DMA 4: dati
    {
      id: 'dat-where',
      section: 'data_management',
      text: { it: 'Dove tieni i dati importanti, come clienti, fatture e fornitori?', en: 'Where do you keep important data, such as customers, invoices and suppliers?' },
      help: {
        it: 'Il cloud è uno spazio su internet dove salvi i file, per esempio Google Drive.',
        en: 'The cloud is space on the internet where you save files, for example Google Drive.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Su carta, o li ricordo a memoria', en: 'On paper, or I remember them' } },
        { id: 'b', points: 1, text: { it: 'Sparsi tra telefono, quaderni ed e-mail', en: 'Scattered across phone, notebooks and e-mail' } },
        { id: 'c', points: 2, text: { it: 'Nel computer, in cartelle ordinate', en: 'On the computer, in tidy folders' } },
        { id: 'd', points: 3, text: { it: 'In un programma o nel cloud, tutto in un posto', en: 'In one program or in the cloud, all in one place' } },
        { id: 'e', points: 4, text: { it: 'In programmi collegati, che vedo anche dal telefono', en: 'In connected programs that I can see from my phone too' } },
      ],
    },
    {
      id: 'dat-backup',
      section: 'data_management',
      text: { it: 'Se domani si rompe il computer o il telefono, cosa perdi?', en: 'If your computer or phone broke tomorrow, what would you lose?' },
      help: {
        it: 'Una copia di sicurezza (backup) è un doppione dei tuoi file, su un disco o su internet.',
        en: 'A backup is a second copy of your files, on a drive or on the internet.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Quasi tutto', en: 'Almost everything' } },
        { id: 'b', points: 1, text: { it: 'Molto: faccio copie a mano, ogni tanto', en: 'A lot: I make copies by hand, now and then' } },
        { id: 'c', points: 2, text: { it: 'Poco: faccio copie regolari', en: 'Little: I make regular copies' } },
        { id: 'd', points: 4, text: { it: 'Niente: le copie si fanno da sole', en: 'Nothing: copies are made automatically' } },
      ],
    },
    {
      id: 'dat-security',
      section: 'data_management',
      text: { it: 'Come proteggi i tuoi account, come e-mail, banca e social?', en: 'How do you protect your accounts, such as e-mail, bank and social media?' },
      help: {
        it: 'Il codice di verifica è il numero che ti arriva sul telefono quando entri. Così una password rubata non basta.',
        en: 'The verification code is the number sent to your phone when you sign in. That way a stolen password is not enough.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Uso la stessa password per tutto', en: 'I use the same password for everything' } },
        { id: 'b', points: 1, text: { it: 'Password diverse, ma corte o facili', en: 'Different passwords, but short or easy ones' } },
        { id: 'c', points: 2, text: { it: 'Password diverse e lunghe', en: 'Different, long passwords' } },
        { id: 'd', points: 3, text: { it: 'Anche il codice di verifica sul telefono', en: 'Plus a verification code on my phone' } },
        { id: 'e', points: 4, text: { it: 'Tutto questo, e un’app che custodisce le password', en: 'All of this, and an app that keeps my passwords' } },
      ],
    },
    // — DMA 5: automazione e IA
    {
      id: 'aut-repetitive',
      section: 'automation_ai',
      alsoFeeds: [{ target: 'organisation', share: 0.5 }],
      text: { it: 'Quanto lavoro ripetitivo fai ancora a mano?', en: 'How much repetitive work do you still do by hand?' },
      help: {
        it: 'Per esempio: fare le fatture, avvisare i clienti, fare gli ordini.',
        en: 'For example: making invoices, reminding customers, placing orders.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'Tutto: mi porta via più di un giorno a settimana', en: 'All of it: it takes more than a day a week' } },
        { id: 'b', points: 1, text: { it: 'Quasi tutto', en: 'Almost all of it' } },
        { id: 'c', points: 2, text: { it: 'Metà: alcune cose le fa un programma', en: 'Half: software does some of it' } },
        { id: 'd', points: 3, text: { it: 'Poco: molte cose partono da sole', en: 'Little: many things run on their own' } },
        { id: 'e', points: 4, text: { it: 'Quasi niente: i miei programmi si passano i dati da soli', en: 'Almost none: my programs pass data to each other' } },
      ],
    },
    {
      id: 'aut-ai',
      section: 'automation_ai',
      alsoFeeds: [{ target: 'innovation', share: 0.5 }],
      text: { it: 'Usi l’intelligenza artificiale per lavoro, per esempio ChatGPT?', en: 'Do you use artificial intelligence for work, for example ChatGPT?' },
      help: {
        it: 'Sono programmi a cui chiedi qualcosa. Ti scrivono un testo, una risposta a un cliente o un riassunto.',
        en: 'These are programs you ask for something. They write you a text, a reply to a customer or a summary.',
      },
      options: [
        { id: 'a', points: 0, text: { it: 'No, mai provata', en: 'No, never tried it' } },
        { id: 'b', points: 1, text: { it: 'L’ho provata per curiosità', en: 'I tried it out of curiosity' } },
        { id: 'c', points: 2, text: { it: 'Ogni tanto, per testi o risposte ai clienti', en: 'Now and then, for texts or replies to customers' } },
        { id: 'd', points: 3, text: { it: 'Ogni settimana, per lavori precisi', en: 'Every week, for specific jobs' } },
        { id: 'e', points: 4, text: { it: 'È dentro i miei programmi, per esempio risponde ai clienti', en: 'It is built into my software, for example it answers customers' } },
      ],
    },
    // — DMA 6: digitale e ambiente
    {
      id: 'grn-energy',
      section: 'green',
      text: { it: 'Tieni d’occhio quanta luce e quanto gas consumi?', en: 'Do you keep an eye on how much electricity and gas you use?' },
      options: [
        { id: 'a', points: 0, text: { it: 'No, pago la bolletta e basta', en: 'No, I just pay the bill' } },
        { id: 'b', points: 1, text: { it: 'Confronto la bolletta con quella dell’anno prima', en: "I compare the bill with last year's" } },
        { id: 'c', points: 2, text: { it: 'Ho fatto qualcosa, come luci LED o timer', en: 'I have done something, like LED lights or timers' } },
        { id: 'd', points: 3, text: { it: 'Controllo i consumi con un contatore o un’app', en: 'I track my use with a meter or an app' } },
        { id: 'e', points: 4, text: { it: 'Li controllo e ho un piano per ridurli', en: 'I track it and have a plan to cut it' } },
      ],
    },
    {
      id: 'grn-paper',
      section: 'green',
      text: { it: 'Quanta carta usi per ricevute, ordini e appunti?', en: 'How much paper do you use for receipts, orders and notes?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Tutto è su carta', en: 'Everything is on paper' } },
        { id: 'b', points: 1, text: { it: 'Molta, anche se le fatture sono elettroniche', en: 'A lot, even though invoices are electronic' } },
        { id: 'c', points: 2, text: { it: 'Metà carta e metà digitale', en: 'Half paper, half digital' } },
        { id: 'd', points: 4, text: { it: 'Quasi niente: è quasi tutto digitale', en: 'Hardly any: nearly everything is digital' } },
      ],
    },
    {
      id: 'grn-devices',
      section: 'green',
      text: { it: 'Cosa fai con computer, telefoni e stampanti vecchi?', en: 'What do you do with old computers, phones and printers?' },
      options: [
        { id: 'a', points: 0, text: { it: 'Li butto, o restano in un cassetto', en: 'I throw them away, or they sit in a drawer' } },
        { id: 'b', points: 2, text: { it: 'Li porto all’isola ecologica', en: 'I take them to the recycling centre' } },
        { id: 'c', points: 3, text: { it: 'Li faccio riparare o li regalo, così durano di più', en: 'I get them repaired or give them away, so they last longer' } },
        { id: 'd', points: 4, text: { it: 'Riparo e riciclo, e compro pensando a consumi e durata', en: 'I repair and recycle, and buy with energy use and lifespan in mind' } },
      ],
    },
  ],
} as const satisfies TQuestionnaire;
