/**
 * The distributions behind `affianco generate` (docs/generate.md): rough, rounded figures for
 * Italy, good enough to make the national picture look like the real one. Pure: every value
 * comes from a TRandom the caller seeds.
 */
import type { TRandom } from './random.js';
import { TWeighted } from './random.js';

/** Resident population by region, thousands, rounded (ISTAT, 1 January 2023). */
export const REGION_POPULATION_K: Readonly<Record<string, number>> = {
  '01': 4252, '02': 123, '03': 9976, '04': 1078, '05': 4848, '06': 1195, '07': 1507, '08': 4438, '09': 3661, '10': 856,
  '11': 1487, '12': 5715, '13': 1272, '14': 290, '15': 5610, '16': 3908, '17': 537, '18': 1847, '19': 4814, '20': 1576,
};

/** The largest comuni, residents in thousands (ISTAT 2023, rounded): they get their own share. */
export const BIG_COMUNI_K: Readonly<Record<string, number>> = {
  '058091': 2755, '015146': 1354, '063049': 914, '001272': 841, '082053': 631, '010025': 558, '037006': 390, '048017': 360,
  '072006': 316, '087015': 298, '027042': 250, '023091': 255, '083048': 218, '080063': 171, '017029': 196, '034027': 196, '092009': 148, '065116': 127,
};

/** Weight of a province's chief town (comune named as its province) against an ordinary comune. */
export const CAPOLUOGO_WEIGHT = 12;

export interface TComuneRef {
  istat: string;
  name: string;
  provinceCode: string;
  regionCode: string;
  provinceName: string;
  lat: number;
  lon: number;
}

/**
 * A population proxy per comune: the region's residents go first to the big comuni listed
 * above, the rest spread over its other comuni, a chief town counting CAPOLUOGO_WEIGHT.
 */
export function comunePopulationWeights(comuni: readonly TComuneRef[]): number[] {
  const byRegion = new Map<string, { units: number; big: number }>();
  for (const c of comuni) {
    const r = byRegion.get(c.regionCode) ?? { units: 0, big: 0 };
    if (BIG_COMUNI_K[c.istat] !== undefined) r.big += BIG_COMUNI_K[c.istat]!;
    else r.units += isCapoluogo(c) ? CAPOLUOGO_WEIGHT : 1;
    byRegion.set(c.regionCode, r);
  }
  return comuni.map((c) => {
    const big = BIG_COMUNI_K[c.istat];
    if (big !== undefined) return big;
    const r = byRegion.get(c.regionCode)!;
    const rest = Math.max((REGION_POPULATION_K[c.regionCode] ?? 500) - r.big, 1);
    return (rest * (isCapoluogo(c) ? CAPOLUOGO_WEIGHT : 1)) / r.units;
  });
}

function isCapoluogo(c: TComuneRef): boolean {
  return c.name === c.provinceName || c.provinceName.split(/[-–]| e /).some((part) => part.trim() === c.name);
}

export interface TSectorProfile {
  division: string;
  /** Share of Italian firms, percent, rounded. */
  weight: number;
  /** Names start with one of these ("Panificio Rossi"). */
  labels: readonly string[];
  /** Typical full ATECO codes in the division. */
  codes: readonly string[];
  /** Median yearly turnover per worker (owner included), euro. */
  turnoverPerWorker: number;
}

/** The ATECO mix of small Italian firms, rounded shares (ISTAT ASIA and chamber registers). */
export const SECTORS: readonly TSectorProfile[] = [
  { division: '47', weight: 17, labels: ['Negozio', 'Bottega', 'Alimentari', 'Boutique', 'Ferramenta'], codes: ['47.11.40', '47.24.10', '47.71.10', '47.52.10', '47.78.99'], turnoverPerWorker: 130_000 },
  { division: '46', weight: 7, labels: ['Ingrosso', 'Distribuzione', 'Commercio'], codes: ['46.17.00', '46.39.20', '46.90.00'], turnoverPerWorker: 320_000 },
  { division: '45', weight: 3, labels: ['Autofficina', 'Carrozzeria', 'Gommista'], codes: ['45.20.10', '45.20.20', '45.20.40'], turnoverPerWorker: 110_000 },
  { division: '56', weight: 7, labels: ['Bar', 'Trattoria', 'Pizzeria', 'Ristorante', 'Gelateria'], codes: ['56.10.11', '56.10.30', '56.30.00', '56.10.20'], turnoverPerWorker: 55_000 },
  { division: '55', weight: 2.5, labels: ['Albergo', 'B&B', 'Agriturismo', 'Affittacamere'], codes: ['55.10.00', '55.20.51', '55.20.52'], turnoverPerWorker: 75_000 },
  { division: '43', weight: 9, labels: ['Impianti', 'Edilizia', 'Idraulica', 'Elettricista', 'Pavimenti'], codes: ['43.21.01', '43.22.01', '43.33.00', '43.39.01'], turnoverPerWorker: 95_000 },
  { division: '41', weight: 3, labels: ['Costruzioni', 'Impresa edile'], codes: ['41.20.00'], turnoverPerWorker: 150_000 },
  { division: '96', weight: 5, labels: ['Parrucchiera', 'Barbiere', 'Centro estetico', 'Lavanderia'], codes: ['96.02.01', '96.02.02', '96.01.20'], turnoverPerWorker: 40_000 },
  { division: '10', weight: 1.5, labels: ['Panificio', 'Pasticceria', 'Caseificio', 'Pastificio', 'Salumificio'], codes: ['10.71.10', '10.71.20', '10.51.20', '10.73.00'], turnoverPerWorker: 140_000 },
  { division: '11', weight: 0.3, labels: ['Cantina', 'Birrificio'], codes: ['11.02.10', '11.05.00'], turnoverPerWorker: 250_000 },
  { division: '01', weight: 8, labels: ['Azienda agricola', 'Fattoria', 'Oliveto', 'Vivaio'], codes: ['01.11.10', '01.21.00', '01.26.00', '01.41.00', '01.30.00'], turnoverPerWorker: 60_000 },
  { division: '62', weight: 2, labels: ['Software', 'Web agency', 'Informatica'], codes: ['62.01.00', '62.02.00', '62.09.09'], turnoverPerWorker: 100_000 },
  { division: '69', weight: 4, labels: ['Studio legale', 'Studio commercialista', 'Consulenza del lavoro'], codes: ['69.10.10', '69.20.11', '69.20.13'], turnoverPerWorker: 80_000 },
  { division: '70', weight: 1.5, labels: ['Consulenza aziendale'], codes: ['70.22.09'], turnoverPerWorker: 90_000 },
  { division: '71', weight: 4, labels: ['Studio tecnico', 'Studio di architettura', 'Geometra'], codes: ['71.11.00', '71.12.10', '71.12.20'], turnoverPerWorker: 70_000 },
  { division: '73', weight: 1, labels: ['Agenzia di comunicazione', 'Studio grafico'], codes: ['73.11.02', '73.12.00'], turnoverPerWorker: 85_000 },
  { division: '74', weight: 2, labels: ['Studio fotografico', 'Design', 'Traduzioni'], codes: ['74.20.11', '74.10.29', '74.30.00'], turnoverPerWorker: 55_000 },
  { division: '68', weight: 4, labels: ['Immobiliare', 'Agenzia immobiliare'], codes: ['68.31.00', '68.20.01'], turnoverPerWorker: 120_000 },
  { division: '49', weight: 2.5, labels: ['Autotrasporti', 'Taxi', 'Noleggio con conducente'], codes: ['49.41.00', '49.32.10', '49.32.20'], turnoverPerWorker: 110_000 },
  { division: '86', weight: 3, labels: ['Studio medico', 'Studio dentistico', 'Fisioterapia'], codes: ['86.21.00', '86.23.00', '86.90.21'], turnoverPerWorker: 90_000 },
  { division: '25', weight: 1.7, labels: ['Officina meccanica', 'Carpenteria metallica'], codes: ['25.62.00', '25.11.00'], turnoverPerWorker: 130_000 },
  { division: '14', weight: 0.8, labels: ['Sartoria', 'Maglificio'], codes: ['14.13.10', '14.39.00'], turnoverPerWorker: 80_000 },
  { division: '16', weight: 0.7, labels: ['Falegnameria', 'Segheria'], codes: ['16.23.10', '16.10.00'], turnoverPerWorker: 90_000 },
  { division: '31', weight: 0.5, labels: ['Mobilificio'], codes: ['31.09.10'], turnoverPerWorker: 110_000 },
  { division: '81', weight: 1.5, labels: ['Pulizie', 'Giardinaggio'], codes: ['81.21.00', '81.30.00'], turnoverPerWorker: 35_000 },
  { division: '82', weight: 1, labels: ['Servizi alle imprese', 'Centro copie'], codes: ['82.11.01', '82.19.09'], turnoverPerWorker: 60_000 },
  { division: '85', weight: 0.7, labels: ['Scuola di lingue', 'Autoscuola', 'Doposcuola'], codes: ['85.59.20', '85.53.00'], turnoverPerWorker: 45_000 },
  { division: '93', weight: 1, labels: ['Palestra', 'Circolo sportivo'], codes: ['93.13.00', '93.11.20'], turnoverPerWorker: 40_000 },
  { division: '95', weight: 0.7, labels: ['Riparazioni', 'Calzolaio', 'Orologeria'], codes: ['95.23.00', '95.25.00', '95.12.09'], turnoverPerWorker: 45_000 },
];

export const SECTOR_PICKER = new TWeighted(SECTORS.map((s) => [s, s.weight] as const));
export const DIVISION_PICKER = new TWeighted(SECTORS.map((s) => [s.division, s.weight] as const));

/**
 * Employees by size band: about 95% micro (under 10), 4.4% small, 0.5% medium, a few large,
 * as in ISTAT's count of Italian firms; most micro firms have no employee or one.
 */
export const EMPLOYEE_BANDS: readonly (readonly [[number, number], number])[] = [
  [[0, 0], 40],
  [[1, 1], 20],
  [[2, 5], 26],
  [[6, 9], 9],
  [[10, 49], 4.4],
  [[50, 249], 0.55],
  [[250, 800], 0.05],
];
const EMPLOYEE_PICKER = new TWeighted(EMPLOYEE_BANDS.map(([band, w]) => [band, w] as const));

export function drawEmployees(random: TRandom): number {
  const [lo, hi] = EMPLOYEE_PICKER.pick(random);
  // Within a band, smaller counts are likelier (squared uniform).
  const u = random.next();
  return lo + Math.floor(u * u * (hi - lo + 1));
}

/** Yearly turnover, euro: the sector's median per worker × workers (owner included) × a log-normal spread. */
export function drawTurnover(random: TRandom, sector: TSectorProfile, employees: number): number {
  const workers = employees + 1;
  const spread = Math.exp(0.45 * random.normal());
  return Math.max(5_000, Math.round((sector.turnoverPerWorker * workers * spread) / 100) * 100);
}

/** The legal form a firm of this size and sector usually has. */
export function drawLegalForm(random: TRandom, division: string, employees: number): string {
  const professional = ['69', '70', '71', '74', '86'].includes(division);
  if (employees === 0) return professional && random.chance(0.6) ? 'professionista' : random.chance(0.85) ? 'ditta_individuale' : 'srls';
  if (employees < 10) return new TWeighted([['ditta_individuale', 40], ['snc', 15], ['sas', 10], ['srl', 22], ['srls', 10], ['cooperativa', 3]] as const).pick(random);
  if (employees < 50) return new TWeighted([['srl', 70], ['snc', 5], ['sas', 5], ['cooperativa', 10], ['spa', 10]] as const).pick(random);
  return random.chance(0.6) ? 'spa' : 'srl';
}

export const FIRST_NAMES = [
  'Giuseppe', 'Maria', 'Antonio', 'Anna', 'Giovanni', 'Giulia', 'Francesco', 'Rosa', 'Luca', 'Francesca', 'Marco', 'Sara', 'Alessandro', 'Chiara',
  'Andrea', 'Laura', 'Paolo', 'Elena', 'Roberto', 'Valentina', 'Stefano', 'Silvia', 'Matteo', 'Paola', 'Davide', 'Martina', 'Salvatore', 'Federica',
  'Lorenzo', 'Elisa', 'Michele', 'Alessia', 'Vincenzo', 'Simona', 'Simone', 'Roberta', 'Fabio', 'Cristina', 'Mario', 'Teresa',
];
export const SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca',
  'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti', 'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara',
  'Galli', 'Martini', 'Leone', 'Longo', 'Gentile', 'Martinelli', 'Vitale', 'Lombardo', 'Serra', 'Coppola', 'De Santis', "D'Angelo", 'Marchetti',
  'Parisi', 'Villa', 'Conte', 'Ferraro', 'Ferri', 'Fabbri', 'Bianco', 'Marini', 'Grasso', 'Valentini',
];

export function drawPersonName(random: TRandom): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
}

export function drawBusinessName(random: TRandom, sector: TSectorProfile, ownerName: string, comuneName: string): string {
  const label = random.pick(sector.labels);
  const surname = ownerName.slice(ownerName.indexOf(' ') + 1);
  const form = random.next();
  if (form < 0.5) return `${label} ${surname}`;
  if (form < 0.8) return `${label} ${comuneName}`;
  return `${label} ${ownerName.slice(0, ownerName.indexOf(' '))}`;
}

/** Year founded: most small firms are young, a few date back decades. */
export function drawFoundedOn(random: TRandom, asOfYear: number): string {
  const age = Math.min(70, Math.floor(-Math.log(1 - random.next()) * 14));
  const year = asOfYear - 1 - age;
  return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

/** An Italian mobile number, "+39 3xx xxx xxxx", made up. */
export function drawPhone(random: TRandom): string {
  return `+39 3${random.int(20, 93)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
}
