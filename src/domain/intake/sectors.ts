import { normalizeText } from './normalize-text.js';
import { stemWord } from './stem.js';

/**
 * Everyday sector labels ("Bar e ristoranti", "Parrucchiere ed estetista") mapped to their
 * ATECO 2025 division, so the intake can ask "che lavoro fai?" in plain words and still
 * store a code. ATECO 2025 follows NACE Rev. 2.1: repair of cars and motorbikes left
 * division 45 (gone) for 95, so the garage maps to 95.
 */
export interface TPlainSector {
  /** Kebab-case, stable: stored with the business. */
  id: string;
  label: { it: string; en: string };
  /** ATECO 2025 division, two digits. */
  division: string;
  /** Other words people use for it, Italian and English; the label's words count too. */
  keywords: readonly string[];
}

export const PLAIN_SECTORS: readonly TPlainSector[] = [
  { id: 'bar-ristorante', label: { it: 'Bar e ristoranti', en: 'Bars and restaurants' }, division: '56', keywords: ['bar', 'ristorante', 'trattoria', 'osteria', 'pizzeria', 'pub', 'caffetteria', 'gelateria', 'paninoteca', 'rosticceria', 'catering', 'locale', 'restaurant', 'cafe', 'pizza'] },
  { id: 'negozio', label: { it: 'Negozio', en: 'Shop' }, division: '47', keywords: ['negozio', 'bottega', 'commercio', 'dettaglio', 'ferramenta', 'cartoleria', 'edicola', 'merceria', 'profumeria', 'erboristeria', 'libreria', 'fioraio', 'fiori', 'giocattoli', 'scarpe', 'ottica', 'farmacia', 'tabaccheria', 'retail', 'store'] },
  { id: 'alimentari', label: { it: 'Negozio di alimentari', en: 'Food shop' }, division: '47', keywords: ['alimentari', 'macelleria', 'salumeria', 'fruttivendolo', 'frutta', 'verdura', 'enoteca', 'drogheria', 'minimarket', 'grocery', 'butcher'] },
  { id: 'azienda-agricola', label: { it: 'Azienda agricola e allevamento', en: 'Farm' }, division: '01', keywords: ['agricola', 'agricoltura', 'agricoltore', 'contadino', 'fattoria', 'allevamento', 'allevatore', 'stalla', 'vigna', 'vigneto', 'orto', 'ortaggi', 'frutteto', 'uliveto', 'apicoltore', 'miele', 'serra', 'farm', 'farming'] },
  { id: 'pesca', label: { it: 'Pesca e acquacoltura', en: 'Fishing and fish farming' }, division: '03', keywords: ['pescatore', 'peschereccio', 'acquacoltura', 'cozze', 'fishing'] },
  { id: 'produzione-alimentare', label: { it: 'Forno, pasticceria e produzione alimentare', en: 'Bakery and food production' }, division: '10', keywords: ['forno', 'panificio', 'panetteria', 'pane', 'pasticceria', 'caseificio', 'formaggi', 'latteria', 'salumificio', 'salumi', 'pastificio', 'pasta', 'frantoio', 'olio', 'conserve', 'marmellate', 'gelato', 'cioccolato', 'bakery', 'dairy', 'food'] },
  { id: 'vino-bevande', label: { it: 'Cantina, birrificio e bevande', en: 'Winery, brewery and drinks' }, division: '11', keywords: ['cantina', 'vino', 'vini', 'birrificio', 'birra', 'distilleria', 'liquori', 'winery', 'brewery', 'wine', 'beer'] },
  { id: 'parrucchiere-estetista', label: { it: 'Parrucchiere ed estetista', en: 'Hairdresser and beauty' }, division: '96', keywords: ['parrucchiere', 'parrucchiera', 'barbiere', 'salone', 'estetista', 'estetica', 'centro estetico', 'unghie', 'tatuaggi', 'lavanderia', 'tintoria', 'hairdresser', 'barber', 'beauty', 'nails'] },
  { id: 'albergo-bnb', label: { it: 'Hotel, B&B e agriturismo', en: 'Hotel, B&B and farm stay' }, division: '55', keywords: ['albergo', 'hotel', 'pensione', 'bnb', 'bb', 'affittacamere', 'agriturismo', 'ostello', 'campeggio', 'residence', 'casa vacanze', 'hostel', 'camping'] },
  { id: 'edilizia-impianti', label: { it: 'Edilizia e impianti', en: 'Building trades' }, division: '43', keywords: ['edilizia', 'edile', 'muratore', 'idraulico', 'elettricista', 'imbianchino', 'pittore', 'piastrellista', 'cartongesso', 'impianti', 'serramenti', 'infissi', 'ristrutturazioni', 'plumber', 'electrician', 'builder', 'construction'] },
  { id: 'officina-auto', label: { it: 'Officina, carrozzeria e riparazioni', en: 'Garage and repairs' }, division: '95', keywords: ['officina', 'meccanico', 'carrozzeria', 'carrozziere', 'gommista', 'elettrauto', 'autofficina', 'moto', 'riparazione', 'riparazioni', 'garage', 'mechanic', 'repair'] },
  { id: 'falegnameria', label: { it: 'Falegnameria e legno', en: 'Carpentry and wood' }, division: '16', keywords: ['falegname', 'falegnameria', 'legno', 'segheria', 'carpentiere', 'carpentry', 'wood', 'woodwork'] },
  { id: 'mobili', label: { it: 'Mobili e arredamento su misura', en: 'Furniture making' }, division: '31', keywords: ['mobili', 'mobilificio', 'arredamento', 'arredi', 'cucine', 'divani', 'tappezziere', 'furniture'] },
  { id: 'sartoria-abbigliamento', label: { it: 'Sartoria e abbigliamento', en: 'Tailoring and clothing' }, division: '14', keywords: ['sarta', 'sarto', 'sartoria', 'confezioni', 'maglieria', 'abiti', 'vestiti', 'moda', 'tailor', 'clothing', 'fashion'] },
  { id: 'pelle-calzature', label: { it: 'Pelletteria e calzature', en: 'Leather goods and shoes' }, division: '15', keywords: ['pelletteria', 'pelle', 'borse', 'calzaturificio', 'calzolaio', 'scarpe', 'cuoio', 'leather', 'shoes'] },
  { id: 'metallo-fabbro', label: { it: 'Fabbro e lavorazione dei metalli', en: 'Metalwork' }, division: '25', keywords: ['fabbro', 'carpenteria metallica', 'ferro', 'metallo', 'saldatura', 'torneria', 'cancelli', 'metalwork', 'blacksmith'] },
  { id: 'ceramica-vetro', label: { it: 'Ceramica, vetro e pietra', en: 'Ceramics, glass and stone' }, division: '23', keywords: ['ceramica', 'ceramiche', 'vetro', 'vetreria', 'marmo', 'marmista', 'pietra', 'piastrelle', 'ceramics', 'glass', 'stone'] },
  { id: 'gioielli-artigianato', label: { it: 'Gioielli, giocattoli e altro artigianato', en: 'Jewellery and other crafts' }, division: '32', keywords: ['orafo', 'oreficeria', 'gioielli', 'gioielleria', 'bigiotteria', 'giocattoli', 'strumenti musicali', 'liutaio', 'jewellery', 'jewelry', 'crafts'] },
  { id: 'tipografia', label: { it: 'Tipografia e stampa', en: 'Printing' }, division: '18', keywords: ['tipografia', 'stampa', 'serigrafia', 'copisteria', 'printing', 'printer'] },
  { id: 'trasporti', label: { it: 'Trasporti e traslochi', en: 'Transport and removals' }, division: '49', keywords: ['trasporti', 'trasporto', 'autotrasporti', 'camion', 'camionista', 'taxi', 'ncc', 'noleggio con conducente', 'traslochi', 'furgone', 'transport', 'trucking', 'removals'] },
  { id: 'studio-professionale', label: { it: 'Studio professionale (commercialista, avvocato, consulente)', en: 'Professional office (accountant, lawyer, consultant)' }, division: '69', keywords: ['studio', 'commercialista', 'avvocato', 'notaio', 'consulente del lavoro', 'contabilità', 'paghe', 'accountant', 'lawyer', 'consultant'] },
  { id: 'studio-tecnico', label: { it: 'Studio tecnico (architetto, ingegnere, geometra)', en: 'Technical office (architect, engineer, surveyor)' }, division: '71', keywords: ['architetto', 'ingegnere', 'geometra', 'progettista', 'architect', 'engineer', 'surveyor'] },
  { id: 'informatica-web', label: { it: 'Informatica, siti e software', en: 'IT, websites and software' }, division: '62', keywords: ['informatica', 'informatico', 'software', 'siti', 'web agency', 'programmatore', 'sviluppatore', 'assistenza computer', 'it', 'developer', 'website'] },
  { id: 'agenzia-viaggi', label: { it: 'Agenzia di viaggi e turismo', en: 'Travel and tourism agency' }, division: '79', keywords: ['agenzia viaggi', 'viaggi', 'tour operator', 'turismo', 'guida turistica', 'escursioni', 'travel', 'tourism'] },
  { id: 'pulizie-giardini', label: { it: 'Pulizie e giardini', en: 'Cleaning and gardening' }, division: '81', keywords: ['pulizie', 'impresa di pulizie', 'giardiniere', 'giardinaggio', 'manutenzione del verde', 'disinfestazione', 'cleaning', 'gardening'] },
  { id: 'sport-palestra', label: { it: 'Palestra, sport e tempo libero', en: 'Gym, sport and leisure' }, division: '93', keywords: ['palestra', 'piscina', 'sport', 'maneggio', 'scuola di ballo', 'gym', 'fitness'] },
];

/** Words too common to say anything about a sector. */
const IGNORED = new Set(['di', 'del', 'della', 'e', 'ed', 'il', 'la', 'lo', 'le', 'i', 'gli', 'un', 'una', 'a', 'da', 'in', 'con', 'per', 'su', 'ho', 'faccio', 'sono', 'mio', 'mia', 'and', 'the', 'of', 'a', 'altro']);

interface TSectorKeys {
  sector: TPlainSector;
  stems: Set<string>;
  words: string[];
}

// Built once: the label's words and the keywords, folded and stemmed, per sector.
const SECTOR_KEYS: TSectorKeys[] = PLAIN_SECTORS.map((sector) => {
  const words = [sector.label.it, sector.label.en, ...sector.keywords]
    .flatMap((text) => normalizeText(text).split(' '))
    .filter((w) => w.length > 1 && !IGNORED.has(w));
  return { sector, words, stems: new Set(words.map(stemWord)) };
});

/**
 * Finds the plain sector a person means, from what they typed: whole words (any form:
 * "parrucchiera", "Ristoranti") or the start of one while typing ("falegn"). The sector
 * matching most of the query's words wins; on a tie, the one listed first.
 *
 * @example
 *   findSector('Ho un bar')?.division // "56"
 *   findSector('parrucchiera')?.id // "parrucchiere-estetista"
 *   findSector('B&B')?.division // "55"
 */
export function findSector(query: string): TPlainSector | undefined {
  const folded = normalizeText(query);
  const words = folded.split(' ').filter((w) => w.length > 1 && !IGNORED.has(w));
  // "B&B" folds to "b b": its compact form is the word people mean.
  const compact = folded.replace(/ /g, '');
  if (words.length === 0 && compact.length > 1) words.push(compact);
  else if (compact !== folded && compact.length <= 4) words.push(compact);
  if (words.length === 0) return undefined;

  let best: TPlainSector | undefined;
  let bestScore = 0;
  for (const keys of SECTOR_KEYS) {
    let score = 0;
    for (const word of words) {
      if (keys.stems.has(stemWord(word))) score += 1;
      // Typing: a start of at least four letters counts, a little less than a whole word.
      else if (word.length >= 4 && keys.words.some((k) => k.startsWith(word))) score += 0.5;
    }
    if (score > bestScore) {
      best = keys.sector;
      bestScore = score;
    }
  }
  return best;
}
