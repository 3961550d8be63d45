import type { TArea } from './areas.js';

/**
 * The vocabulary of needs: how owners of shops, bars, farms, workshops, salons, bakeries and
 * B&Bs say their troubles, per area of need. Written for this project from everyday speech,
 * not taken from any list.
 *
 * Each entry is a word or a short phrase with a weight per area (0..1, 1 = says the area
 * on its own). Words are matched on their Italian Snowball stems, so "prezzo", "prezzi" and
 * "prezzaccio"... meet; a word written `=parola` is matched as written (after folding)
 * because its stem collides with an unrelated word ("mercato" and "merce" share "merc").
 * A phrase matches in order with up to `gap` other words between its words (articles,
 * possessives: "vendere i miei formaggi direttamente"); the longest phrase wins over its words.
 * Some entries say several areas at once ("sito internet" is being found and a tool to keep).
 */
export interface TLexiconEntry {
  /** Words as a person writes them, space separated; `=word` = exact word, not its stem. */
  phrase: string;
  weights: Partial<Record<TArea, number>>;
  /** Other words allowed between two words of the phrase. */
  gap: number;
}

type TWeights = Partial<Record<TArea, number>>;

const entries: TLexiconEntry[] = [];

/** Adds phrases with the same weights; phrases of two or more words allow one word between. */
function t(weights: TWeights, ...phrases: string[]): void {
  for (const phrase of phrases) entries.push({ phrase, weights, gap: 1 });
}

/** As `t`, for verb + object phrases that tolerate a few words in between. */
function loose(gap: number, weights: TWeights, ...phrases: string[]): void {
  for (const phrase of phrases) entries.push({ phrase, weights, gap });
}

// ── strategy: direction, plan, decisions, relaunch or hand over ─────────────────────────────
t({ strategy: 1 }, 'strategia', 'strategie', 'piano', 'pianificare', 'direzione', 'obiettivi', 'obiettivo', 'rilanciare', 'rilancio', 'piano di rilancio', 'business plan');
t({ strategy: 1 }, 'che strada prendere', 'giorno per giorno', 'non so più cosa fare', 'non so che fare', 'cosa faccio');
t({ strategy: 0.9 }, 'decidere', 'decisione', 'decisioni', 'scelta', 'scelte', 'valutare', 'puntare', 'futuro', 'prossimi anni', 'lungo periodo');
t({ strategy: 0.9 }, 'chiudere', 'chiudo', 'chiuderò', 'chiudiamo', 'chiusura attività', 'cessare', 'sopravvivere', 'reinventarsi', 'reinventarmi', 'cambiare attività');
t({ strategy: 0.9, finance: 0.3 }, 'crisi', 'in crisi', 'ampliare', 'allargarsi', 'espandere', 'crescere', 'crescita', 'secondo negozio', 'secondo punto vendita');
t({ strategy: 0.8, finance: 0.5 }, 'investire', 'investimento', 'investimenti');
t({ strategy: 1, people: 0.8 }, 'passaggio generazionale', 'successione', 'prendere il mio posto', 'mio posto', 'lasciare l azienda', 'lasciare l attività', 'ereditare', 'cedere', 'cessione', 'vendere l azienda');
t({ strategy: 0.6, people: 0.5 }, 'figlio', 'figlia', 'figli', 'pensione', 'continuare l attività', 'portare avanti');
t({ strategy: 0.7, organisation: 0.4 }, 'soci', 'socio', 'fratelli', 'non siamo d accordo', 'ognuno tira');
t({ strategy: 0.5 }, 'non so se', 'non sappiamo se');
t({ strategy: 0.8 }, 'dove portare', 'trasferirmi', 'dopo il covid', 'covid', 'pandemia', 'alluvione', 'andare avanti', 'va avanti', 'tirare avanti');
t({ strategy: 0.6, innovation: 0.6 }, 'inventarsi qualcosa', 'cambiare qualcosa', 'fare qualcosa');

// ── marketing: who to sell to, price, channels, selling direct, margins ─────────────────────
t({ marketing: 1, finance: 0.3 }, 'prezzo', 'prezzi', 'listino', 'far pagare', 'alzare i prezzi', 'abbassare i prezzi');
t({ marketing: 1, finance: 0.6 }, 'margine', 'margini', 'margine di guadagno');
loose(4, { marketing: 1.2 }, 'vendere direttamente', 'vendere direttamente ai', 'vendita diretta', 'vendere da soli');
t({ marketing: 1 }, 'filiera corta', 'km zero', 'chilometro zero', 'spaccio', 'spaccio aziendale', 'canali', 'canale', 'canali di vendita', 'nuovi canali', 'grossisti', 'grossista', 'intermediari', 'intermediario', 'distributori', 'distributore', 'grande distribuzione', 'gdo');
t({ marketing: 1 }, 'nuovi clienti', 'clienti nuovi', 'trovare clienti', 'più clienti', 'altri clienti', 'portare clienti', 'attirare', 'attirare clienti', 'vendere di più', 'vendere meglio', 'vendiamo poco', 'vendo poco', 'vendiamo pochissimo', 'vendo sempre meno', 'non si vende', 'invenduti');
t({ marketing: 0.8 }, 'vendite', 'vendita', 'proporci', 'rivolgermi', 'rivolgerci', 'a chi vendere', 'a chi dovrei', 'target', 'posizionamento', 'fidelizzare', 'fedeltà', 'carta fedeltà', 'clientela', 'offerta', 'offerte', 'promozione', 'promozioni', 'sconti', 'sconto', 'saldi', 'fiere', 'fiera', 'appalti', 'agenti', 'rappresentante', '=commerciale', '=commerciali');
t({ marketing: 0.5 }, 'vendere', 'vendo', 'vendiamo', 'comprare da noi', 'comprano', 'compra', 'supermercato', 'supermercati', '=ristoranti', '=alberghi');
t({ marketing: 0.9, communication: 0.8 }, 'pubblicità', 'pubblicita', 'farmi pubblicità', 'farsi pubblicità', 'volantino', 'volantini', 'marchio', 'brand', 'etichetta', 'etichette', 'vetrina', 'cartellone');
t({ marketing: 0.7, market_research: 0.7 }, '=mercato', '=mercati', 'mercato rionale', 'il mercato', 'esportare', 'export', 'estero', 'all estero', 'fuori regione', 'fuori dal paese');
t({ marketing: 0.9, finance: 0.4 }, 'reggere i prezzi', 'decidono il prezzo', 'a noi non resta', 'non resta quasi niente');

// ── communication: being found, social media, reviews, telling the story ────────────────────
t({ communication: 1 }, 'social', 'social network', 'instagram', 'facebook', 'tiktok', 'youtube', 'linkedin', 'pagina facebook', 'profilo', '=post', 'pubblicare', 'reels', 'storie', 'follower', 'influencer');
t({ communication: 1 }, 'recensioni', 'recensione', 'recensioni negative', 'tripadvisor', 'google maps', 'scheda google', 'google my business', 'stelle', 'reputazione', 'commenti');
t({ communication: 1.1, marketing: 0.4 }, 'farmi trovare', 'farci trovare', 'trovarmi', 'trovarci', 'mi trova', 'mi trovano', 'farmi conoscere', 'farci conoscere', 'farsi conoscere', 'far conoscere', 'nessuno lo conosce', 'nessuno ci conosce', 'nessuno mi conosce', 'visibilità', 'visibili', 'notare', 'non sa che', 'non sanno che', 'passaparola');
t({ communication: 1 }, 'comunicare', 'comunicazione', 'raccontare', 'racconto', 'la nostra storia', 'una storia', 'storia', 'newsletter', 'presenza online', 'foto', 'fotografie', 'video', 'scrivere un post', 'noioso', 'seo', 'google');
t({ communication: 0.6, ecommerce: 0.4 }, 'internet', 'online', 'on line', 'in rete', 'sul web', 'web');
t({ communication: 0.8, data_tools: 0.7 }, 'sito', 'siti', 'sito web', 'sito internet', 'pagina web', 'posizionamento garantito');
t({ communication: 0.4, organisation: 0.3 }, 'whatsapp', 'messaggi', 'mail', 'email', 'e mail', 'rispondere', 'risponde');

// ── ecommerce: selling and taking orders online, marketplaces, delivery apps, shipping ──────
t({ ecommerce: 1.2 }, 'ecommerce', 'e commerce', 'negozio online', 'shop online', 'negozio on line', 'vendere online', 'vendere on line', 'vendere su internet', 'vendita online', 'vendite online', 'ordini online', 'comprare online', 'pagamenti online', 'carrello', 'marketplace');
loose(3, { ecommerce: 1.2 }, 'vendere online', 'vendere su internet', 'aprire su internet', 'vendere sul web');
t({ ecommerce: 1.1 }, 'amazon', 'ebay', 'etsy', 'zalando', 'vinted', 'just eat', 'glovo', 'deliveroo', 'uber eats');
t({ ecommerce: 1, marketing: 0.4, communication: 0.3 }, 'booking', 'airbnb', 'expedia');
t({ ecommerce: 1 }, 'spedizioni', 'spedizione', 'spedire', 'spediamo', 'spedisco', 'corriere', 'corrieri', 'pacchi', 'resi', 'spese di spedizione');
t({ ecommerce: 0.8, organisation: 0.3 }, 'consegna a domicilio', 'consegne a domicilio', 'a domicilio', 'domicilio', 'asporto');
t({ ecommerce: 0.6, finance: 0.6 }, 'commissione', 'commissioni');
t({ data_tools: 0.8, automation_ai: 0.6, ecommerce: 0.5 }, 'prenotazioni online', 'prenotare online', 'prenotazione online');
t({ organisation: 0.4, data_tools: 0.3, ecommerce: 0.4 }, 'prenotazioni', 'prenotazione', 'prenotare', 'prenotando');
t({ ecommerce: 0.5, data_tools: 0.4, communication: 0.3 }, 'dal sito', 'sul sito', 'tramite il sito');
t({ ecommerce: 0.5, innovation: 0.5 }, 'abbonamento', 'abbonamenti');

// ── organisation: shifts, stock, orders, time lost, how work flows ──────────────────────────
t({ organisation: 1 }, 'organizzare', 'organizzazione', 'organizzato', 'organizzata', 'organizzarmi', 'caos', 'disordine', 'disastro', 'turni', 'turno', 'orari', 'magazzino', 'scorte', 'inventario', 'merce', 'pezzi', 'burocrazia', 'carte da compilare', 'pratiche', 'processi', 'procedure', 'logistica', 'giri');
t({ organisation: 1 }, 'perdo tempo', 'perdo ore', 'perdiamo tempo', 'perdere tempo', 'non ho tempo', 'tempo', 'ore', 'faccio tutto io', 'tutto da solo', 'tutto da sola', 'stare dietro', 'a memoria', 'me ne accorgo', 'troppo tardi');
t({ organisation: 0.8, data_tools: 0.3 }, 'ordini', 'ordine', 'ordinare', 'ordini scritti a mano', 'appuntamenti', 'preventivi', 'preventivo', 'scontrini');
t({ organisation: 0.9 }, 'ritardo', 'ritardi', 'consegne', 'produzione', '=lavorazione', '=lavorazioni', 'telefonate', 'al telefono', 'per telefono', 'sbagliamo', 'errori', 'scadenza', 'scadono');
t({ organisation: 0.6, data_tools: 0.6, automation_ai: 0.3 }, 'a mano', 'fogli', 'fogli excel', 'foglio excel');
t({ organisation: 0.6, green: 0.6 }, 'spreco', 'sprechi', 'sprecare', 'buttare', 'buttiamo', 'buttato', 'butto', 'invenduto', 'scaduto', 'scaduti');
t({ organisation: 0.5, finance: 0.3 }, 'fornitori', 'fornitore');
t({ organisation: 0.6, finance: 0.6 });

// ── finance: cash, credit, costs, loans, grants and calls ───────────────────────────────────
t({ finance: 1 }, 'soldi', 'denaro', 'liquidità', 'liquidita', 'fine mese', 'arrivare a fine mese', 'banca', 'banche', 'credito', '=fido', 'prestito', 'prestiti', 'finanziamento', 'finanziamenti', 'finanziamenti agevolati', 'mutuo', 'rata', 'rate', 'debiti', 'debito', '=interessi', 'tassi', 'tasse', 'imposte', 'iva', 'inps', 'f24', 'insoluti', 'solleciti', 'non pagano', 'anticipo fatture');
t({ finance: 1 }, 'bando', 'bandi', 'contributi', 'contributo', 'fondo perduto', 'a fondo perduto', 'agevolazioni', 'incentivi', 'incentivo', 'voucher', 'credito d imposta', '=aiuti', 'sgravi', 'fondo rotativo');
t({ finance: 0.9 }, 'costi', 'costo', 'costa', 'costano', 'quanto costa', 'spese', 'spendere', 'spendo', 'affitto', 'stipendi', 'pagare', 'pago', 'paghiamo', 'pagarli', 'pagano', 'pagamenti', 'pagamento', 'incassi', 'incasso', 'incassare', 'fatturato', 'guadagno', 'guadagnare', 'guadagnano', 'fanno guadagnare', 'perdo soldi', 'perdere', 'perdita', 'perdite', 'in perdita', 'in rosso', 'conti', 'bilancio', 'commercialista', 'permettere', 'posso permettere', 'risparmiare', 'euro', 'conviene', 'mi conviene', 'si mangiano');
t({ finance: 0.6, data_tools: 0.3 }, 'contabilità', 'fatture', 'fattura');
t({ finance: 0.5, organisation: 0.2 }, 'cassa');

// ── innovation: new products or services, new ways to serve customers ───────────────────────
t({ innovation: 1 }, 'innovare', 'innovazione', 'innovativo', 'nuovo prodotto', 'nuovi prodotti', 'prodotto nuovo', 'prodotti nuovi', 'nuovo servizio', 'nuovi servizi', 'servizio nuovo', 'servizi nuovi', 'nuova linea', 'inventare', 'novità', 'idea', 'idee', 'cose nuove', 'stessi prodotti', 'sempre gli stessi', 'diversificare', 'ampliare l offerta', 'trattamenti nuovi', 'prototipo', 'brevetto');
t({ innovation: 0.8 }, 'offrire', 'esperienze', 'su misura', 'progettazione', '3d', 'senza glutine', 'moderno', 'riparazioni');
t({ innovation: 0.6, data_tools: 0.6 }, 'bancomat', 'carta di credito', 'pagamenti elettronici', 'contactless');

// ── market research: customers, competitors, demand, new markets ────────────────────────────
t({ market_research: 1 }, 'concorrenti', 'concorrente', 'concorrenza', 'chi sono i miei clienti', 'chi sono i clienti', 'conoscere i clienti', 'capire i clienti', 'cosa cercano', 'cosa comprano', 'perché scelgono', '=tornano', '=ritornano', '=tornare', 'c è mercato', 'qualcuno lo comprerebbe', 'chi compra', '=domanda', 'sondaggio', 'questionario', 'analisi', 'analisi dei clienti', 'gusti', 'tendenze', 'quanti sono', 'quanti clienti');
t({ market_research: 0.7, marketing: 0.3 }, 'clienti giovani', 'i giovani', 'giovani', 'anziani', 'anziana', 'famiglie', 'turisti', 'consumatori', 'scuole', 'mense', 'eventi');
// Who is around is context more than a need: it only tips the balance.
t({ market_research: 0.3, marketing: 0.2 }, 'clienti', 'cliente', 'la gente', 'gente', 'zona', 'quartiere', 'paese');

// ── people: hiring, training, skills, succession ────────────────────────────────────────────
t({ people: 1 }, 'dipendenti', 'dipendente', 'personale', 'personale qualificato', 'collaboratori', 'collaboratore', 'apprendista', 'apprendisti', 'assumere', 'assunzione', 'assunzioni', 'stagionali', 'camerieri', 'cameriere', 'garzone', 'mestiere', 'imparare', 'insegnare', 'formazione', 'formare', 'corso', 'corsi', 'competenze', 'capacità', 'squadra', 'motivare', 'litigano', 'non =trovo', 'non =troviamo', 'trovare personale', 'cerco personale', 'sostituire', 'non sa usare', 'non sanno usare', 'i ragazzi nuovi');
t({ people: 0.5 }, 'ragazzi', 'ragazze', 'ragazzo');

// ── data and digital tools: software, data, backups, security, a website to maintain ────────
t({ data_tools: 1 }, 'gestionale', 'software', '=programma', '=programmi', 'app', 'applicazione', 'computer', '=pc', 'tablet', 'excel', '=dati', '=dato', 'backup', 'hacker', 'virus', 'password', 'sicurezza informatica', 'privacy', 'gdpr', 'cloud', 'hosting', 'dominio', 'fatturazione elettronica', 'fattura elettronica', 'registratore di cassa', 'registratore', '=pos', 'digitale', 'digitali', 'digitalizzare', 'digitalizzazione', 'informatica', 'informatico', 'report', 'statistiche', 'database', 'crm', 'qr code', 'wifi', 'disco', 'lento', 'non si aggiorna', 'aggiornare il sito', 'dal telefono', 'si è rotto', 'rotto', 'truffa', 'fregatura');

// ── automation and AI: repetitive work, machines, assistants ────────────────────────────────
t({ automation_ai: 1.1 }, 'automatizzare', 'automatizzato', 'automazione', 'automatico', 'automatica', 'automatici', 'in automatico', 'da solo', 'da sola', 'da soli', 'da sole', 'intelligenza artificiale', '=ia', 'chatgpt', 'chatbot', 'assistente virtuale', 'robot', 'cnc', 'sensori', 'industria 4 0', 'domotica', 'risposte automatiche', 'stesse domande', 'ripetitivo', 'ripetitivi', 'imbottigliamento', 'avvisare');
t({ automation_ai: 0.8, finance: 0.2 }, 'macchinario', 'macchinari', 'macchina', 'macchine', 'macchinari nuovi', 'linea di produzione', 'impianto');

// ── green: energy, waste, emissions, sustainable choices ────────────────────────────────────
t({ green: 1 }, 'energia', 'energetico', 'energetica', 'elettricità', 'consumi', 'consuma', 'consumano', 'consumare', 'pannelli solari', 'fotovoltaico', 'pompa di calore', 'led', 'auto elettrica', 'furgone elettrico', 'rifiuti', 'riciclare', 'riciclo', 'raccolta differenziata', 'scarti', 'smaltire', 'smaltimento', 'plastica', 'compostabili', 'compostabile', 'sostenibile', 'sostenibilità', 'ambiente', 'ambientale', 'certificazione ambientale', 'inquinare', 'inquinamento', 'emissioni', 'co2', 'ecologico', 'ecologica', 'biologico', 'biologici', 'bio', 'isolamento', 'cappotto', 'riscaldamento');
t({ green: 0.9, finance: 0.7 }, 'bollette', 'bolletta', 'bollette della luce', 'luce', 'gas');
t({ green: 0.6, marketing: 0.3, innovation: 0.3 }, 'imballaggi', 'imballaggio', 'confezioni', 'packaging', 'certificazione', 'certificare');

// ── broader everyday vocabulary, added after the first holdout measurement ──────────────────
t({ strategy: 0.9 }, 'ripartire', 'ripensare', 'cambiare strada', 'mollare', 'vale la pena', 'ha senso', 'priorità', 'visione', 'progetto', 'progetti', 'nuova sede', 'aprire un altro', 'franchising', 'non so da dove partire', 'rischio di chiudere', 'chiudere bottega');
t({ strategy: 0.7, finance: 0.4 }, 'ampliamento');
t({ marketing: 1, finance: 0.3 }, 'prezzi bassi', 'prezzi alti', 'troppo caro', 'costoso', 'listino prezzi');
t({ marketing: 1 }, 'rivenditori', 'ingrosso', 'dettaglio', 'fidelizzazione', 'differenziarsi', 'farsi scegliere', 'promuovere', 'calo delle vendite', 'le vendite calano', 'meno clienti', 'pochi clienti', 'perso clienti', 'perdo clienti', 'clienti persi', 'valore');
t({ communication: 1 }, 'social media', 'contenuti', 'logo', 'immagine', 'google business', 'motori di ricerca', 'prima pagina', 'farmi vedere', 'farci vedere', 'pubblicizzare', 'sponsorizzare', 'sponsorizzate', 'campagna pubblicitaria', 'campagne pubblicitarie', 'parlare di noi', 'nessuno ci vede', 'invisibile', 'invisibili');
t({ ecommerce: 1 }, 'ordinare online', 'ritiro in negozio', 'click and collect', 'shopify', 'woocommerce', 'paypal', 'vendita a distanza', 'ordini da internet', 'imballare');
t({ organisation: 1 }, 'gestire', 'gestione', 'tempi', 'caotico', 'confusione', 'stanco', 'stanca', 'sovraccarico', 'sulle mie spalle', 'ruoli', 'chi fa cosa', 'rifornimenti', 'riordino', 'scaffali', 'efficienza', 'sprecare tempo', 'metodo', 'non riesco a stare dietro');
t({ finance: 1 }, 'flusso di cassa', 'cash flow', 'utile', 'utili', 'ricavi', 'guadagni', 'leasing', 'garanzia', 'garanzie', 'confidi', 'microcredito', 'sovvenzioni', 'crediti', 'recupero crediti', 'scoperto', 'conto corrente', 'rincari', 'aumenti', 'caro', 'cari');
t({ innovation: 1 }, 'migliorare il prodotto', 'ampliare la gamma', 'gamma', 'assortimento', 'servizio in più', 'servizi in più', 'personalizzati', 'personalizzare', 'sperimentare', 'ricetta nuova', 'ricette nuove', 'collezione', 'design', 'nuove idee');
t({ market_research: 1 }, 'capire il mercato', 'studiare il mercato', 'ricerca di mercato', 'cosa chiedono', 'richieste dei clienti', 'esigenze dei clienti', 'perché comprano', 'perché non comprano', 'nuovi mercati', 'opportunità');
t({ people: 1 }, 'operai', 'operaio', 'tecnico', 'tecnici', 'trattenere', 'licenziare', 'si licenziano', 'stipendio', 'addestrare', 'affiancare', 'esperienza', 'non so usare', 'non sappiamo usare', 'personale stagionale');
t({ data_tools: 1 }, 'smartphone', 'stampante', 'scanner', 'account', 'posta elettronica', 'hackerato', 'phishing', 'antivirus', '=aggiornamenti', 'sito vecchio', 'cassa telematica', 'scontrino elettronico', 'codici a barre', 'lettore');
t({ automation_ai: 1 }, 'automatismi', 'bot', 'risponde da solo', 'algoritmo', 'sensore', 'stampa 3d', 'risposte automatiche', 'lavori ripetitivi', 'fa tutto da solo');
t({ green: 1 }, 'risparmio energetico', 'efficienza energetica', 'cappotto termico', 'caldaia', 'biomassa', '=rinnovabili', '=rinnovabile', 'fonti rinnovabili', 'mobilità', 'differenziata', 'compost', 'spreco alimentare', 'impatto ambientale', 'green', 'eco', 'riutilizzare', 'riuso', 'impatto');

// ── from the second batch of development cases ───────────────────────────────────────────────
t({ marketing: 0.6, innovation: 0.5 }, 'proporre', 'creare', 'pacchetti', 'confezioni regalo', 'regalo', 'regali');
t({ organisation: 0.6, green: 0.6 }, '=avanza', '=avanzano', '=avanzi', 'rimane invenduto', 'eccedenze');
t({ ecommerce: 0.8, market_research: 0.4 }, 'dogana', 'dogane', 'dazi');
t({ automation_ai: 0.8 }, 'assistente', 'assistenti', 'segreteria automatica');
t({ finance: 0.8, strategy: 0.7 }, 'quanto vale', 'valore dell azienda', 'valutazione dell azienda');
t({ marketing: 1, finance: 0.3 }, 'tariffe', 'tariffa', 'parcella', 'onorario');
t({ organisation: 0.8, people: 0.4 }, 'ferie', 'senza di me', 'se manco io', 'se mi ammalo', 'sostituirmi');
t({ communication: 1, marketing: 0.5 }, 'presentazione', 'presentare l azienda', 'brochure');
t({ finance: 1 }, 'ci rimetto', 'rimetterci', 'ci perdo', 'ci perdiamo', 'in perdita');
t({ market_research: 0.6, marketing: 0.4 }, 'germania', 'francia', 'svizzera', 'austria', 'stati uniti', 'america', 'cina', 'giappone', 'inghilterra', 'fiera', 'fiere', 'fuori zona');

// ── from the third batch of development cases ───────────────────────────────────────────────
t({ automation_ai: 0.7, innovation: 0.3 }, 'tornio', 'torni', 'fresa', 'pressa', 'stampante 3d');
t({ finance: 0.6, marketing: 0.5, strategy: 0.4 }, 'crolla', 'crollato', 'crollo', 'cala', 'calano', 'calo', 'in calo');
t({ strategy: 0.6, market_research: 0.4, innovation: 0.3 }, 'stagione', 'stagioni', 'stagione corta', 'bassa stagione', 'fuori stagione');
t({ communication: 1 }, 'locandine', 'locandina', 'canva', 'grafica', 'grafiche', 'manifesti');
t({ marketing: 0.9, market_research: 0.3 }, 'distribuzione', 'distribuire', 'arrivare ai negozi', 'altre città');
t({ ecommerce: 1.1 }, 'ordinare e pagare', 'pagare online', 'comprare dal sito', 'ordinare dal sito', 'può ordinare', 'possono ordinare');
t({ organisation: 1 }, 'dividere il lavoro', 'dividerci il lavoro', 'due volte', 'doppio lavoro', 'disdette', 'disdetta', 'ultimo minuto', 'appuntamenti saltati');
t({ people: 1 }, 'qualcuno di fidato', 'persona di fiducia', 'qualcuno che mi sostituisca', 'qualcuno che ci spieghi', 'spiegare', 'spieghi');
t({ data_tools: 0.7, finance: 0.4 }, 'numeri', 'i numeri', 'leggere i numeri');
t({ innovation: 0.8 }, 'visite guidate');
t({ people: 0.9, automation_ai: 0.3 }, 'sa far funzionare', 'sanno far funzionare', 'sappiamo far funzionare', 'sappiamo usare', 'saperlo usare', 'capace di usare', 'capaci di usare');

/**
 * The whole lexicon. Duplicate phrases are merged keeping the larger weight per area, so a
 * phrase listed under two areas says both.
 *
 * @example
 *   LEXICON.find((e) => e.phrase === 'fine mese')?.weights // { finance: 1 }
 */
export const LEXICON: readonly TLexiconEntry[] = mergeDuplicates(entries);

function mergeDuplicates(list: TLexiconEntry[]): TLexiconEntry[] {
  const byPhrase = new Map<string, TLexiconEntry>();
  for (const entry of list) {
    const key = `${entry.phrase}|${entry.gap}`;
    const seen = byPhrase.get(key);
    if (!seen) {
      byPhrase.set(key, { ...entry, weights: { ...entry.weights } });
      continue;
    }
    for (const [area, weight] of Object.entries(entry.weights) as [TArea, number][]) {
      seen.weights[area] = Math.max(seen.weights[area] ?? 0, weight);
    }
  }
  return [...byPhrase.values()];
}
