import { AREA_LABELS } from '../../domain/matching/describe-match.js';
import type { TArea } from '../../shared/areas.js';
import type { TLocale } from '../../shared/locale.js';
import type { TExportColumn } from '../export/table.js';
import type { TAssignAllPreview } from './assign-all-preview.js';

/** One line of the preview's file: a proposed pair, or a request left without an angel. */
export interface TPreviewLine {
  business: string;
  comune: string;
  angel: string | null;
  angelComune: string | null;
  covered: TArea[];
  uncovered: TArea[];
  way: 'in_person' | 'remote' | null;
  distanceKm: number | null;
  loadBefore: number | null;
  loadAfter: number | null;
  capacity: number | null;
  cost: number | null;
  reason: string | null;
}

const WORDS = {
  it: { business: 'Impresa', comune: 'Comune', angel: 'Angel', angelComune: 'Comune dell’angel', covered: 'Bisogni coperti', uncovered: 'Bisogni non coperti', way: 'Modalità', in_person: 'di persona', remote: 'a distanza', distance: 'Distanza (km)', before: 'Carico prima', after: 'Carico dopo', capacity: 'Posti', cost: 'Costo', reason: 'Perché senza angel' },
  en: { business: 'Business', comune: 'Comune', angel: 'Angel', angelComune: 'Angel’s comune', covered: 'Needs covered', uncovered: 'Needs not covered', way: 'Way', in_person: 'in person', remote: 'remote', distance: 'Distance (km)', before: 'Load before', after: 'Load after', capacity: 'Places', cost: 'Cost', reason: 'Why without an angel' },
} as const;

/**
 * The preview as lines: the pairs first, then the requests left without an angel with their reason.
 *
 * @example respondWithTable(c, { columns: previewColumns('it'), rows: previewLines(preview), … });
 */
export function previewLines(preview: TAssignAllPreview): TPreviewLine[] {
  const pairs = preview.pairs.map((p) => ({
    business: p.business.name,
    comune: p.business.comuneName,
    angel: p.angel.name,
    angelComune: p.angel.comuneName,
    covered: p.covered,
    uncovered: p.uncovered,
    way: p.isInPerson ? ('in_person' as const) : ('remote' as const),
    distanceKm: p.distanceKm,
    loadBefore: p.load.activeCases,
    loadAfter: p.load.after,
    capacity: p.load.capacity,
    cost: Math.round(p.cost * 1e6) / 1e6,
    reason: null,
  }));
  const left = preview.unassigned.map((u) => ({
    business: u.business.name,
    comune: u.business.comuneName,
    angel: null,
    angelComune: null,
    covered: [],
    uncovered: [],
    way: null,
    distanceKm: null,
    loadBefore: null,
    loadAfter: null,
    capacity: null,
    cost: null,
    reason: u.reasonText,
  }));
  return [...pairs, ...left];
}

/** The columns; the angel's name is personal data. */
export function previewColumns(locale: TLocale): TExportColumn<TPreviewLine>[] {
  const w = WORDS[locale];
  const areas = (list: TArea[]) => list.map((a) => AREA_LABELS[a][locale]).join('; ');
  return [
    { header: w.business, value: (l) => l.business, width: 30 },
    { header: w.comune, value: (l) => l.comune, width: 20 },
    { header: w.angel, value: (l) => l.angel, personal: true, width: 24 },
    { header: w.angelComune, value: (l) => l.angelComune, width: 20 },
    { header: w.covered, value: (l) => areas(l.covered), width: 36 },
    { header: w.uncovered, value: (l) => areas(l.uncovered), width: 36 },
    { header: w.way, value: (l) => (l.way ? w[l.way] : null) },
    { header: w.distance, value: (l) => l.distanceKm },
    { header: w.before, value: (l) => l.loadBefore },
    { header: w.after, value: (l) => l.loadAfter },
    { header: w.capacity, value: (l) => l.capacity },
    { header: w.cost, value: (l) => l.cost },
    { header: w.reason, value: (l) => l.reason, width: 40 },
  ];
}
