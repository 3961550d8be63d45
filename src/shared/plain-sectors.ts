/**
 * The plain sectors of the ascolto as the web shows them (id and label only), for the places
 * that draw a sector choice without asking the API first: the community list's filter, drawn
 * by the server too. The domain's `PLAIN_SECTORS` (src/domain/intake/sectors.ts) is the source;
 * its test keeps this list equal to it.
 */
export interface TSectorChoice {
  id: string;
  label: { it: string; en: string };
}

export const SECTOR_CHOICES: readonly TSectorChoice[] = [
  { id: 'bar-ristorante', label: { it: 'Bar e ristoranti', en: 'Bars and restaurants' } },
  { id: 'negozio', label: { it: 'Negozio', en: 'Shop' } },
  { id: 'alimentari', label: { it: 'Negozio di alimentari', en: 'Food shop' } },
  { id: 'azienda-agricola', label: { it: 'Azienda agricola e allevamento', en: 'Farm' } },
  { id: 'pesca', label: { it: 'Pesca e acquacoltura', en: 'Fishing and fish farming' } },
  { id: 'produzione-alimentare', label: { it: 'Forno, pasticceria e produzione alimentare', en: 'Bakery and food production' } },
  { id: 'vino-bevande', label: { it: 'Cantina, birrificio e bevande', en: 'Winery, brewery and drinks' } },
  { id: 'parrucchiere-estetista', label: { it: 'Parrucchiere ed estetista', en: 'Hairdresser and beauty' } },
  { id: 'albergo-bnb', label: { it: 'Hotel, B&B e agriturismo', en: 'Hotel, B&B and farm stay' } },
  { id: 'edilizia-impianti', label: { it: 'Edilizia e impianti', en: 'Building trades' } },
  { id: 'officina-auto', label: { it: 'Officina, carrozzeria e riparazioni', en: 'Garage and repairs' } },
  { id: 'falegnameria', label: { it: 'Falegnameria e legno', en: 'Carpentry and wood' } },
  { id: 'mobili', label: { it: 'Mobili e arredamento su misura', en: 'Furniture making' } },
  { id: 'sartoria-abbigliamento', label: { it: 'Sartoria e abbigliamento', en: 'Tailoring and clothing' } },
  { id: 'pelle-calzature', label: { it: 'Pelletteria e calzature', en: 'Leather goods and shoes' } },
  { id: 'metallo-fabbro', label: { it: 'Fabbro e lavorazione dei metalli', en: 'Metalwork' } },
  { id: 'ceramica-vetro', label: { it: 'Ceramica, vetro e pietra', en: 'Ceramics, glass and stone' } },
  { id: 'gioielli-artigianato', label: { it: 'Gioielli, giocattoli e altro artigianato', en: 'Jewellery and other crafts' } },
  { id: 'tipografia', label: { it: 'Tipografia e stampa', en: 'Printing' } },
  { id: 'trasporti', label: { it: 'Trasporti e traslochi', en: 'Transport and removals' } },
  { id: 'studio-professionale', label: { it: 'Studio professionale (commercialista, avvocato, consulente)', en: 'Professional office (accountant, lawyer, consultant)' } },
  { id: 'studio-tecnico', label: { it: 'Studio tecnico (architetto, ingegnere, geometra)', en: 'Technical office (architect, engineer, surveyor)' } },
  { id: 'informatica-web', label: { it: 'Informatica, siti e software', en: 'IT, websites and software' } },
  { id: 'agenzia-viaggi', label: { it: 'Agenzia di viaggi e turismo', en: 'Travel and tourism agency' } },
  { id: 'pulizie-giardini', label: { it: 'Pulizie e giardini', en: 'Cleaning and gardening' } },
  { id: 'sport-palestra', label: { it: 'Palestra, sport e tempo libero', en: 'Gym, sport and leisure' } },
];

/**
 * Whether a value is one of the plain sectors' ids.
 *
 * @example isSectorChoice('bar-ristorante') // true
 */
export function isSectorChoice(value: unknown): value is string {
  return typeof value === 'string' && SECTOR_CHOICES.some((s) => s.id === value);
}
