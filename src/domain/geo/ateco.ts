/**
 * ATECO 2025 (ISTAT's Italian version of NACE Rev. 2.1, in force from 1 January 2025):
 * the 22 sections A–V and their 87 divisions. Labels are our own plain wording for people
 * who are not statisticians ("Bar e ristoranti", not "Attività dei servizi di ristorazione");
 * codes and the section each division belongs to follow the official classification.
 */

export type TAtecoLocale = 'it' | 'en';

export type TAtecoSectionCode =
  | 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K'
  | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T' | 'U' | 'V';

export interface TAtecoSection {
  code: TAtecoSectionCode;
  it: string;
  en: string;
}

export interface TAtecoDivision {
  /** Two digits, "56". */
  code: string;
  section: TAtecoSectionCode;
  it: string;
  en: string;
}

export const ATECO_SECTIONS: readonly TAtecoSection[] = [
  { code: 'A', it: 'Agricoltura, foreste e pesca', en: 'Farming, forestry and fishing' },
  { code: 'B', it: 'Miniere e cave', en: 'Mining and quarrying' },
  { code: 'C', it: 'Industria e artigianato di produzione', en: 'Manufacturing' },
  { code: 'D', it: 'Energia elettrica, gas e calore', en: 'Electricity, gas and heating supply' },
  { code: 'E', it: 'Acqua, fognature e rifiuti', en: 'Water, sewerage and waste' },
  { code: 'F', it: 'Costruzioni', en: 'Construction' },
  { code: 'G', it: 'Commercio all’ingrosso e al dettaglio', en: 'Wholesale and retail trade' },
  { code: 'H', it: 'Trasporti e magazzini', en: 'Transport and storage' },
  { code: 'I', it: 'Alloggio e ristorazione', en: 'Accommodation and food service' },
  { code: 'J', it: 'Editoria, radio, TV e contenuti', en: 'Publishing, broadcasting and content' },
  {
    code: 'K',
    it: 'Telecomunicazioni, informatica e servizi di informazione',
    en: 'Telecommunications, computing and information services',
  },
  { code: 'L', it: 'Finanza e assicurazioni', en: 'Finance and insurance' },
  { code: 'M', it: 'Attività immobiliari', en: 'Real estate' },
  { code: 'N', it: 'Professioni, scienza e tecnica', en: 'Professional, scientific and technical activities' },
  { code: 'O', it: 'Servizi amministrativi e di supporto', en: 'Administrative and support services' },
  { code: 'P', it: 'Pubblica amministrazione e difesa', en: 'Public administration and defence' },
  { code: 'Q', it: 'Istruzione', en: 'Education' },
  { code: 'R', it: 'Sanità e assistenza sociale', en: 'Health and social care' },
  { code: 'S', it: 'Arte, sport e tempo libero', en: 'Arts, sports and recreation' },
  { code: 'T', it: 'Altri servizi', en: 'Other services' },
  { code: 'U', it: 'Famiglie come datori di lavoro e produzione per uso proprio', en: 'Households as employers and own-use production' },
  { code: 'V', it: 'Organizzazioni extraterritoriali', en: 'Extraterritorial organisations' },
];

export const ATECO_DIVISIONS: readonly TAtecoDivision[] = [
  { code: '01', section: 'A', it: 'Coltivazioni e allevamento', en: 'Crop and animal farming' },
  { code: '02', section: 'A', it: 'Foreste e taglio del legname', en: 'Forestry and logging' },
  { code: '03', section: 'A', it: 'Pesca e acquacoltura', en: 'Fishing and fish farming' },
  { code: '05', section: 'B', it: 'Estrazione di carbone', en: 'Coal mining' },
  { code: '06', section: 'B', it: 'Estrazione di petrolio e gas', en: 'Oil and gas extraction' },
  { code: '07', section: 'B', it: 'Estrazione di minerali metallici', en: 'Metal ore mining' },
  { code: '08', section: 'B', it: 'Cave e altre estrazioni', en: 'Quarrying and other mining' },
  { code: '09', section: 'B', it: 'Servizi per le miniere', en: 'Mining support services' },
  { code: '10', section: 'C', it: 'Prodotti alimentari', en: 'Food products' },
  { code: '11', section: 'C', it: 'Bevande', en: 'Beverages' },
  { code: '12', section: 'C', it: 'Tabacco', en: 'Tobacco products' },
  { code: '13', section: 'C', it: 'Tessile', en: 'Textiles' },
  { code: '14', section: 'C', it: 'Abbigliamento', en: 'Clothing' },
  { code: '15', section: 'C', it: 'Pelle, borse e calzature', en: 'Leather goods and footwear' },
  { code: '16', section: 'C', it: 'Legno e sughero (mobili esclusi)', en: 'Wood and cork (not furniture)' },
  { code: '17', section: 'C', it: 'Carta e cartone', en: 'Paper and cardboard' },
  { code: '18', section: 'C', it: 'Stampa e copie di supporti registrati', en: 'Printing and copying of recorded media' },
  { code: '19', section: 'C', it: 'Raffinazione di petrolio e coke', en: 'Coke and refined petroleum' },
  { code: '20', section: 'C', it: 'Prodotti chimici', en: 'Chemicals' },
  { code: '21', section: 'C', it: 'Farmaci', en: 'Pharmaceuticals' },
  { code: '22', section: 'C', it: 'Gomma e plastica', en: 'Rubber and plastics' },
  { code: '23', section: 'C', it: 'Vetro, ceramica, cemento e pietra', en: 'Glass, ceramics, cement and stone' },
  { code: '24', section: 'C', it: 'Metallurgia', en: 'Basic metals' },
  { code: '25', section: 'C', it: 'Prodotti in metallo', en: 'Metal products' },
  { code: '26', section: 'C', it: 'Computer, elettronica e ottica', en: 'Computers, electronics and optics' },
  { code: '27', section: 'C', it: 'Apparecchi elettrici', en: 'Electrical equipment' },
  { code: '28', section: 'C', it: 'Macchinari', en: 'Machinery' },
  { code: '29', section: 'C', it: 'Autoveicoli e rimorchi', en: 'Motor vehicles and trailers' },
  { code: '30', section: 'C', it: 'Altri mezzi di trasporto', en: 'Other transport equipment' },
  { code: '31', section: 'C', it: 'Mobili', en: 'Furniture' },
  { code: '32', section: 'C', it: 'Altre produzioni (gioielli, giocattoli, strumenti)', en: 'Other manufacturing (jewellery, toys, instruments)' },
  { code: '33', section: 'C', it: 'Riparazione e installazione di macchinari', en: 'Repair and installation of machinery' },
  { code: '35', section: 'D', it: 'Energia elettrica, gas e calore', en: 'Electricity, gas and heating supply' },
  { code: '36', section: 'E', it: 'Raccolta e distribuzione dell’acqua', en: 'Water collection and supply' },
  { code: '37', section: 'E', it: 'Fognature', en: 'Sewerage' },
  { code: '38', section: 'E', it: 'Raccolta, recupero e smaltimento dei rifiuti', en: 'Waste collection, recovery and disposal' },
  { code: '39', section: 'E', it: 'Bonifiche e altri servizi per i rifiuti', en: 'Remediation and other waste services' },
  { code: '41', section: 'F', it: 'Costruzione di edifici', en: 'Construction of buildings' },
  { code: '42', section: 'F', it: 'Strade, reti e opere pubbliche', en: 'Civil engineering' },
  { code: '43', section: 'F', it: 'Lavori edili specializzati (impianti, finiture)', en: 'Specialised construction work (installations, finishing)' },
  { code: '46', section: 'G', it: 'Commercio all’ingrosso', en: 'Wholesale trade' },
  { code: '47', section: 'G', it: 'Negozi e commercio al dettaglio', en: 'Shops and retail trade' },
  { code: '49', section: 'H', it: 'Trasporti su strada, ferrovia e condotte', en: 'Land and pipeline transport' },
  { code: '50', section: 'H', it: 'Trasporti via acqua', en: 'Water transport' },
  { code: '51', section: 'H', it: 'Trasporti aerei', en: 'Air transport' },
  { code: '52', section: 'H', it: 'Magazzini e servizi per i trasporti', en: 'Warehousing and transport support' },
  { code: '53', section: 'H', it: 'Poste e corrieri', en: 'Postal and courier services' },
  { code: '55', section: 'I', it: 'Alberghi e alloggi', en: 'Hotels and accommodation' },
  { code: '56', section: 'I', it: 'Bar e ristoranti', en: 'Bars and restaurants' },
  { code: '58', section: 'J', it: 'Editoria (libri, giornali, software)', en: 'Publishing (books, newspapers, software)' },
  { code: '59', section: 'J', it: 'Cinema, video, TV e musica registrata', en: 'Film, video, TV and recorded music' },
  { code: '60', section: 'J', it: 'Radio, TV, agenzie di stampa e diffusione di contenuti', en: 'Broadcasting, news agencies and content distribution' },
  { code: '61', section: 'K', it: 'Telecomunicazioni', en: 'Telecommunications' },
  { code: '62', section: 'K', it: 'Software e consulenza informatica', en: 'Software and IT consulting' },
  { code: '63', section: 'K', it: 'Data center, hosting e servizi di informazione', en: 'Data centres, hosting and information services' },
  { code: '64', section: 'L', it: 'Banche e servizi finanziari', en: 'Banking and financial services' },
  { code: '65', section: 'L', it: 'Assicurazioni e fondi pensione', en: 'Insurance and pension funds' },
  { code: '66', section: 'L', it: 'Servizi ausiliari di finanza e assicurazioni', en: 'Services auxiliary to finance and insurance' },
  { code: '68', section: 'M', it: 'Attività immobiliari', en: 'Real estate' },
  { code: '69', section: 'N', it: 'Studi legali e commercialisti', en: 'Legal and accounting services' },
  { code: '70', section: 'N', it: 'Direzione aziendale e consulenza di gestione', en: 'Head offices and management consulting' },
  { code: '71', section: 'N', it: 'Architetti, ingegneri, collaudi e analisi', en: 'Architecture, engineering, testing and analysis' },
  { code: '72', section: 'N', it: 'Ricerca scientifica e sviluppo', en: 'Scientific research and development' },
  { code: '73', section: 'N', it: 'Pubblicità, ricerche di mercato e relazioni pubbliche', en: 'Advertising, market research and public relations' },
  { code: '74', section: 'N', it: 'Altre attività professionali (design, foto, traduzioni)', en: 'Other professional activities (design, photography, translation)' },
  { code: '75', section: 'N', it: 'Veterinari', en: 'Veterinary services' },
  { code: '77', section: 'O', it: 'Noleggio e leasing', en: 'Rental and leasing' },
  { code: '78', section: 'O', it: 'Ricerca e selezione del personale', en: 'Employment services' },
  { code: '79', section: 'O', it: 'Agenzie di viaggio e tour operator', en: 'Travel agencies and tour operators' },
  { code: '80', section: 'O', it: 'Vigilanza e investigazioni', en: 'Security and investigation' },
  { code: '81', section: 'O', it: 'Pulizie, manutenzione edifici e giardini', en: 'Cleaning, building maintenance and landscaping' },
  { code: '82', section: 'O', it: 'Servizi d’ufficio e supporto alle imprese', en: 'Office and business support services' },
  { code: '84', section: 'P', it: 'Pubblica amministrazione e difesa', en: 'Public administration and defence' },
  { code: '85', section: 'Q', it: 'Istruzione', en: 'Education' },
  { code: '86', section: 'R', it: 'Sanità', en: 'Health care' },
  { code: '87', section: 'R', it: 'Assistenza residenziale', en: 'Residential care' },
  { code: '88', section: 'R', it: 'Assistenza sociale non residenziale', en: 'Social work without accommodation' },
  { code: '90', section: 'S', it: 'Creazioni artistiche e spettacolo dal vivo', en: 'Arts creation and performing arts' },
  { code: '91', section: 'S', it: 'Biblioteche, archivi, musei e altre attività culturali', en: 'Libraries, archives, museums and other culture' },
  { code: '92', section: 'S', it: 'Lotterie, scommesse e case da gioco', en: 'Gambling and betting' },
  { code: '93', section: 'S', it: 'Sport, divertimento e tempo libero', en: 'Sports, amusement and recreation' },
  { code: '94', section: 'T', it: 'Associazioni e organizzazioni', en: 'Membership organisations' },
  { code: '95', section: 'T', it: 'Riparazione di computer, oggetti per la casa e veicoli', en: 'Repair of computers, household goods and vehicles' },
  { code: '96', section: 'T', it: 'Servizi alla persona (parrucchieri, estetisti, lavanderie)', en: 'Personal services (hairdressers, beauty, laundries)' },
  { code: '97', section: 'U', it: 'Famiglie come datori di lavoro domestico', en: 'Households as employers of domestic staff' },
  { code: '98', section: 'U', it: 'Produzione delle famiglie per uso proprio', en: 'Households producing for own use' },
  { code: '99', section: 'V', it: 'Organizzazioni extraterritoriali', en: 'Extraterritorial organisations' },
];

const divisionByCode = new Map(ATECO_DIVISIONS.map((d) => [d.code, d]));
const sectionByCode = new Map(ATECO_SECTIONS.map((s) => [s.code, s]));

/**
 * The division for a two-digit code; a longer ATECO code ("56.10.11", "5610") is cut to
 * its division, since the first two digits are the division in every ATECO version.
 *
 * @example
 *   findDivision('56')?.it; // "Bar e ristoranti"
 *   findDivision('56.10.11')?.section; // "I"
 *   findDivision('45'); // undefined: motor trade moved into 46 and 47 in ATECO 2025
 */
export function findDivision(code: string): TAtecoDivision | undefined {
  const digits = code.trim().replace(/\./g, '');
  if (!/^\d{2}/.test(digits)) return undefined;
  return divisionByCode.get(digits.slice(0, 2));
}

/**
 * The section a letter names.
 *
 * @example
 *   findSection('I')?.en; // "Accommodation and food service"
 */
export function findSection(code: string): TAtecoSection | undefined {
  return sectionByCode.get(code.trim().toUpperCase() as TAtecoSectionCode);
}

/**
 * All divisions in code order, optionally only those of one section.
 *
 * @example
 *   listDivisions().length; // 87
 *   listDivisions('I').map((d) => d.code); // ["55", "56"]
 */
export function listDivisions(section?: TAtecoSectionCode): readonly TAtecoDivision[] {
  return section ? ATECO_DIVISIONS.filter((d) => d.section === section) : ATECO_DIVISIONS;
}

/**
 * A division as people read it, code and plain label.
 *
 * @example
 *   formatDivision('56', 'it'); // "56 — Bar e ristoranti"
 *   formatDivision('56', 'en'); // "56 — Bars and restaurants"
 *   formatDivision('00', 'it'); // undefined
 */
export function formatDivision(code: string, locale: TAtecoLocale): string | undefined {
  const division = findDivision(code);
  return division ? `${division.code} — ${division[locale]}` : undefined;
}
