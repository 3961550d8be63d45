import type { TActor } from '../../domain/network/actor.js';
import { can } from '../../policy/index.js';
import { sumFigures, type TFigures, type TProvinceFigures } from './province-figures.js';

export interface TSportelloTotals extends TFigures {
  /** null: the provinces no sportello serves yet, together. */
  sportelloId: string | null;
  name: string | null;
  provinceCodes: string[];
  /** True when the viewer sees this sportello's provinces one by one. */
  isDetailed: boolean;
}

export interface TTerritoryView {
  /** 'network': every province in full (the admin); 'sportello': own provinces in full, the rest as totals. */
  scope: 'network' | 'sportello';
  provinces: TProvinceFigures[];
  sportelli: TSportelloTotals[];
  totals: TFigures;
}

/**
 * What one viewer may see of the national picture: the provinces of the sportelli whose
 * provinces they may read, in full; every sportello (and the provinces nobody serves) as totals.
 * A coordinator thus sees the national picture without any other sportello's province figures.
 */
export function territoryView(actor: TActor, rows: ReadonlyArray<TProvinceFigures>, sportelloNames: ReadonlyMap<string, string>): TTerritoryView {
  const mayRead = (sportelloId: string | null) => (sportelloId === null ? actor.isAdmin : can(actor, 'territory.read_provinces', { type: 'sportello', sportelloId }));
  const groups = new Map<string | null, TProvinceFigures[]>();
  for (const row of rows) groups.set(row.sportelloId, [...(groups.get(row.sportelloId) ?? []), row]);
  const sportelli = [...groups.entries()]
    .map(([sportelloId, list]) => ({
      sportelloId,
      name: sportelloId === null ? null : (sportelloNames.get(sportelloId) ?? null),
      provinceCodes: list.map((p) => p.code),
      isDetailed: mayRead(sportelloId),
      ...sumFigures(list),
    }))
    .sort((a, b) => (a.sportelloId === null ? 1 : b.sportelloId === null ? -1 : (a.name ?? '').localeCompare(b.name ?? '', 'it')));
  return {
    scope: actor.isAdmin ? 'network' : 'sportello',
    provinces: rows.filter((r) => mayRead(r.sportelloId)),
    sportelli,
    totals: sumFigures(rows),
  };
}
