import type { TExportColumn } from '../export/table.js';
import type { TLocale } from '../../shared/locale.js';
import type { TTerritoryView } from './territory-view.js';
import type { TFigures } from './province-figures.js';

/** One line of the territory's table: a province seen in full, or a sportello seen as a total. */
export interface TTerritoryLine extends TFigures {
  kind: 'province' | 'sportello';
  code: string | null;
  name: string;
  sportello: string | null;
}

const WORDS = {
  it: { kind: 'Riga', province: 'provincia', sportello: 'totale sportello', code: 'Codice', name: 'Nome', desk: 'Sportello', nobody: 'nessuno sportello', openRequests: 'Richieste aperte', accompanied: 'Imprese in affiancamento', angels: 'Angel', freeCapacity: 'Posti liberi degli angel', unservedInPerson: 'Richieste senza angel di persona' },
  en: { kind: 'Line', province: 'province', sportello: 'sportello total', code: 'Code', name: 'Name', desk: 'Sportello', nobody: 'no sportello', openRequests: 'Open requests', accompanied: 'Businesses in accompaniment', angels: 'Angels', freeCapacity: 'Angels’ free places', unservedInPerson: 'Requests no angel can serve in person' },
} as const;

/**
 * The map's table as the viewer sees it: their provinces one by one, every other sportello
 * (and the provinces nobody serves) as one total line, so the file says no more than the map.
 */
export function territoryLines(view: TTerritoryView, locale: TLocale): TTerritoryLine[] {
  const w = WORDS[locale];
  const names = new Map(view.sportelli.map((s) => [s.sportelloId, s.name ?? w.nobody]));
  const provinces = [...view.provinces]
    .sort((a, b) => a.name.localeCompare(b.name, 'it'))
    .map(({ code, name, sportelloId, regionCode: _region, ...figures }) => ({ kind: 'province' as const, code, name, sportello: names.get(sportelloId) ?? w.nobody, ...figures }));
  const totals = view.sportelli
    .filter((s) => !s.isDetailed)
    .map(({ sportelloId, name, provinceCodes: _codes, isDetailed: _detailed, ...figures }) => ({ kind: 'sportello' as const, code: null, name: name ?? w.nobody, sportello: sportelloId === null ? w.nobody : name, ...figures }));
  return [...provinces, ...totals];
}

export function territoryColumns(locale: TLocale): TExportColumn<TTerritoryLine>[] {
  const w = WORDS[locale];
  return [
    { header: w.kind, value: (l) => w[l.kind] },
    { header: w.code, value: (l) => l.code, width: 8 },
    { header: w.name, value: (l) => l.name, width: 28 },
    { header: w.desk, value: (l) => l.sportello, width: 28 },
    { header: w.openRequests, value: (l) => l.openRequests },
    { header: w.accompanied, value: (l) => l.accompanied },
    { header: w.angels, value: (l) => l.angels },
    { header: w.freeCapacity, value: (l) => l.freeCapacity },
    { header: w.unservedInPerson, value: (l) => l.unservedInPerson },
  ];
}
