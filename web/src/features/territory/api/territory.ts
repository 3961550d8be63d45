export const TERRITORY_FIGURES = ['openRequests', 'accompanied', 'angels', 'freeCapacity', 'unservedInPerson'] as const;
export type TTerritoryFigure = (typeof TERRITORY_FIGURES)[number];
export type TFigures = Record<TTerritoryFigure, number>;

export type TProvinceFigures = TFigures & { code: string; name: string; regionCode: string; sportelloId: string | null };
export type TSportelloTotals = TFigures & { sportelloId: string | null; name: string | null; provinceCodes: string[]; isDetailed: boolean };

/** GET /api/territory/provinces: the provinces the viewer sees in full, every sportello as totals. */
export type TTerritory = { scope: 'network' | 'sportello'; provinces: TProvinceFigures[]; sportelli: TSportelloTotals[]; totals: TFigures };

export const territoryPath = '/api/territory/provinces';

export const isTerritoryFigure = (value: string): value is TTerritoryFigure => (TERRITORY_FIGURES as readonly string[]).includes(value);

/** GET /api/territory/provinces/{code}: what is behind a province's figures (at most 50 of each). */
export type TProvinceLists = {
  code: string;
  name: string;
  sportelloId: string | null;
  openRequests: { id: string; comuneName: string; businessName: string | null; status: 'new' | 'in_progress' | 'closed'; createdAt: string }[];
  accompanied: { id: string; name: string; comuneName: string; startedAt: string }[];
};

export const provinceListsPath = (code: string) => `/api/territory/provinces/${encodeURIComponent(code)}`;
