import type { TArea } from '../../shared/areas.js';
import type { TBusinessFact } from '../../shared/funding-messages.js';

/** EU Recommendation 2003/361 classes, smallest first (the order is used to compare them). */
export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large'] as const;
export type TSizeClass = (typeof SIZE_CLASSES)[number];

/** Plain kinds of help, one per value of the portal's `Forma_agevolazione`. */
export const FUNDING_KINDS = ['grant', 'loan', 'tax_credit', 'equity', 'guarantee', 'contribution_relief'] as const;
export type TFundingKind = (typeof FUNDING_KINDS)[number];

/**
 * How a call ends: on a `date`; `rolling` ("a sportello", until the funds run out); or
 * `unknown` (no date and nothing saying it is rolling). No closing date never means open forever.
 */
export type TClosingKind = 'date' | 'rolling' | 'unknown';

export type TCallSource = 'incentivi' | 'sportello';

/** Legal forms a curated rule can name (Italian legal terms, as people write them). */
export const LEGAL_FORMS = [
  'ditta_individuale',
  'snc',
  'sas',
  'srl',
  'srls',
  'spa',
  'sapa',
  'cooperativa',
  'consorzio',
  'professionista',
  'altro',
] as const;
export type TLegalForm = (typeof LEGAL_FORMS)[number];

/**
 * A fact a call's text states only in prose, made checkable by a person who read the bando;
 * `sourceUrl` is where it is written.
 */
export type TCuratedRule =
  /** The business must have been founded (registered) before this day, YYYY-MM-DD. */
  | { fact: 'foundedBefore'; value: string; sourceUrl: string }
  /** Founded on or after this day (calls for new businesses). */
  | { fact: 'foundedAfter'; value: string; sourceUrl: string }
  /** At least this many whole years in business on the day of the check. */
  | { fact: 'minYearsInBusiness'; value: number; sourceUrl: string }
  /** At most this many whole years in business (start-up calls). */
  | { fact: 'maxYearsInBusiness'; value: number; sourceUrl: string }
  /** Only these legal forms may apply. */
  | { fact: 'legalForms'; value: TLegalForm[]; sourceUrl: string }
  /** At most this many persons employed (a call tighter than the EU classes). */
  | { fact: 'maxEmployees'; value: number; sourceUrl: string };

export type TCuratedFact = TCuratedRule['fact'];

/** Amounts in euro; null when the source does not state them ("0" in the portal). */
export interface TCallAmounts {
  spendingMin: number | null;
  spendingMax: number | null;
  grantMin: number | null;
  grantMax: number | null;
}

/** Comuni a call is limited to: `all`, or ISTAT codes matched plus the names we could not match. */
export type TCallComuni = 'all' | { istat: string[]; unmatched: string[] };

/**
 * A call in our own normalised shape, whatever its source (docs/funding.md).
 * Days (`opensDay`, `closesDay`) are the Europe/Rome calendar days of the instants, kept so a
 * check compares strings instead of building dates.
 */
export interface TCall {
  /** The portal's `ID_Incentivo` for imported calls; the sportello's own id otherwise. */
  id: string;
  source: TCallSource;
  title: string;
  description: string;
  /** The official page; null when the source gives none. */
  link: string | null;
  /** ISO instant (UTC) or null. */
  opensOn: string | null;
  closesOn: string | null;
  opensDay: string | null;
  closesDay: string | null;
  closing: TClosingKind;
  /** The source's own words on opening and closing, when any. */
  closingNote: string | null;
  /** True when the call covers all of Italy (19 or 20 regions listed, or declared national). */
  national: boolean;
  /** ISTAT two-digit region codes, sorted; all 20 when national (the listed ones stay in `raw`). */
  regions: string[];
  /** The source lists `Estero` (businesses abroad) too. */
  abroad: boolean;
  comuni: TCallComuni;
  sizes: 'all' | TSizeClass[];
  /** `all`, or code prefixes as written ("55.10", "01"), matched by digits against the business's code. */
  ateco: 'all' | string[];
  /** The ATECO version the source names ("2007", "2025"), or null when it does not say. */
  atecoVersion: string | null;
  kinds: TFundingKind[];
  /** Our areas of need the call serves; never empty (at least `finance`). */
  areas: TArea[];
  amounts: TCallAmounts;
  grantingBody: string | null;
  curatedRules: TCuratedRule[];
  /** The record as read from the source. */
  raw: unknown;
}

/** A business as the eligibility check sees it; every fact may be missing. */
export interface TBusiness {
  /** Six-digit ISTAT code of the comune of the seat. */
  comuneIstat?: string | null;
  /** Two-digit ISTAT region code; the caller derives it from the comune (regionOfComune). */
  regionCode?: string | null;
  /** ATECO code as written on the chamber of commerce record, "56.10.11". */
  atecoCode?: string | null;
  /** Persons employed (headcount in annual work units). */
  employees?: number | null;
  annualTurnoverEur?: number | null;
  balanceSheetEur?: number | null;
  /** Day of foundation (registration), YYYY-MM-DD. */
  foundedOn?: string | null;
  legalForm?: TLegalForm | null;
}

export type TVerdict = 'eligible' | 'not_eligible' | 'to_verify';

/** One rule's verdict: true passes, false fails, null needs a fact or a reading of the bando. */
export interface TReason {
  code: string;
  ok: boolean | null;
  text: string;
}

/** Where the call stands on the day asked. */
export type TCallStatus = 'open' | 'upcoming' | 'closed' | 'unknown';

export interface TEligibility {
  verdict: TVerdict;
  status: TCallStatus;
  /** The facts the business has not given that would settle a `to_verify`. */
  missing: TBusinessFact[];
  reasons: TReason[];
}

/** A field-level problem, `field` as a dot path in the input. */
export interface TFundingProblem {
  field: string;
  message: string;
}
