import type { TPricePartKind } from '../../../../src/shared/solution-cost';
export { catalogueApiPath, compareApiPath, readCatalogueQuery, readCompareIds, readVolumes, solutionApiPath, solutionAt, solutionPagePath, volumeFieldValues, VOLUME_FIELDS, type TVolumeField } from '../../../../src/shared/solution-pages';

export type TPriceRow = {
  kind: TPricePartKind;
  amount: number | null;
  percent: number | null;
  introMonths: number | null;
  introAmount: number | null;
  label: string | null;
  sourceText: string;
  sourceUrl: string | null;
  asOf: string;
  isExample: boolean;
};

export type TPortabilityItem = { can: 'yes' | 'partly' | 'no' | 'unknown'; format?: string | null };

/** GET /api/solutions's items. */
export type TSolutionSummary = {
  id: string;
  slug: string;
  name: string;
  provider: string;
  summary: string;
  areas: string[];
  sectors: string[];
  dataLocation: 'eu' | 'non_eu' | 'unknown';
  hoursPerWeek: number;
  minimumMonths: number;
  usedBy: number;
  rating: { average: number | null; count: number };
  parts: TPriceRow[];
  status: 'proposed' | 'published';
  sportelloName: string | null;
};

/** GET /api/solutions/{slug}. */
export type TSolutionView = TSolutionSummary & {
  whatItDoes: string;
  notFor: string;
  dataNote: string | null;
  noticeDays: number;
  exitCosts: string | null;
  portability: { customers: TPortabilityItem; products: TPortabilityItem; invoices: TPortabilityItem };
  alternatives: { slug: string; name: string; summary: string }[];
  /** The published "Attenzione a" warnings that link it. */
  warnings?: { slug: string; title: string }[];
  outcomes: { went_well: number; mixed: number; went_badly: number };
  reviews: { id: string; authorId: string; authorName: string | null; role: 'angel' | 'entrepreneur'; rating: number; text: string; usedFor: string | null; createdAt: string; tie: { providerName: string; what: string; kind: string } | null }[];
  updatedAt: string;
};
