/**
 * The plain JSON shapes of the insights (issue 15, points 5 and 6): what `funnelFor` and
 * `impactFor` (src/services/insights) return and the API sends as is. Kept stable for the
 * funders' report: add fields, never rename or drop one.
 */

/** The steps of the funnel, in order (docs/insights.md says what each one means in data). */
export const FUNNEL_STEPS = ['contact', 'ascolto', 'checkup', 'firstMeeting', 'plan', 'goalReached'] as const;
export type TFunnelStep = (typeof FUNNEL_STEPS)[number];

/** How the funnel can be broken down. `none`: the total only. */
export const FUNNEL_BREAKDOWNS = ['none', 'sportello', 'angel', 'area', 'sector'] as const;
export type TFunnelBreakdown = (typeof FUNNEL_BREAKDOWNS)[number];

/** Whose figures: one sportello, or the whole network (every sportello and unrouted cases). */
export type TInsightsScope = { sportelloId: string } | { network: true };

/** A period of Rome calendar days, both included: `from` 00:00 to the end of `to`, Europe/Rome. */
export interface TInsightsPeriod {
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD, not before `from` */
  to: string;
}

export interface TFunnelStepFigure {
  step: TFunnelStep;
  /** Cases of the cohort that reached this step and every step before it. */
  count: number;
  /** Cases of the cohort that reached this step, whatever they skipped before it (≥ count). */
  reached: number;
  /** count ÷ the previous step's count, 0–1; null for the first step or when the previous is 0. */
  conversion: number | null;
  /** count ÷ contacts, 0–1; null when there are no contacts. */
  shareOfContacts: number | null;
  /**
   * Median days from the previous step to this one, over the `count` cases (PostgreSQL's
   * percentile_cont, one decimal); null for the first step or with no case.
   */
  medianDaysFromPrevious: number | null;
}

export interface TFunnelGroup {
  /** The group's key: a sportello id, an angel's user id, an area slug, an ATECO division; null = none (no angel, no area, …). */
  key: string | null;
  /** A name to show: the sportello's or angel's name; null for areas and sectors (the web labels them) and for "none". */
  label: string | null;
  steps: TFunnelStepFigure[];
}

export interface TFunnelResult {
  scope: { kind: 'sportello'; sportelloId: string; name: string } | { kind: 'network' };
  period: TInsightsPeriod;
  by: TFunnelBreakdown;
  /** Every case of the cohort once. */
  total: TFunnelGroup;
  /**
   * One group per key, most contacts first, at most FUNNEL_MAX_GROUPS. By area a case counts in
   * each area it asked about, so groups do not add up to the total.
   */
  groups: TFunnelGroup[];
  /** Groups left out beyond FUNNEL_MAX_GROUPS (their cases are still in the total). */
  groupsOmitted: number;
  /** When the figures were computed (ISO instant). */
  computedAt: string;
}

/** Groups smaller than this are never described (impact): shown as "meno di 5". */
export const IMPACT_MIN_GROUP = 5;

/** A distribution shown only for groups of at least IMPACT_MIN_GROUP. */
export type TSpread =
  | { isSuppressed: false; n: number; median: number; q1: number; q3: number }
  /** Fewer than IMPACT_MIN_GROUP: nothing computed, not even the exact count. */
  | { isSuppressed: true };

/** The check-up sections compared T0 → T1: the six areas, the six DMA dimensions, and `overall`. */
export interface TImpactSection {
  section: string;
  kind: 'area' | 'dimension' | 'overall';
  /** T1 − T0 in points (0–100 scale) over the businesses with both scores. */
  change: TSpread;
}

export interface TGoalKindFigure {
  /** The goal's indicator unit (`clienti`, `EUR`, `recensioni`, …): the kind of result. */
  kind: string;
  /** Goals marked reached in the period. */
  reached: number;
  /** Goals set (created) in the period. */
  set: number;
}

export interface THoursFigure {
  /** Hours logged in the period's plan log entries ("noleggia un manager" and others). */
  hoursLogged: number;
  /** Plans with at least one of those entries. */
  plansWithHours: number;
  /** "Noleggia un manager" engagements that logged hours in the period. */
  engagements: number;
  /** Hours logged in the period on plans with an engagement. */
  engagementHours: number;
  /** Those engagements' packages, plus the extra hours approved. */
  engagementHoursPackaged: number;
}

export interface TSatisfactionFigure {
  /** Ratings 1–5 given after meetings held in the period; suppressed below IMPACT_MIN_GROUP. */
  rating: TSpread;
  /** Mean rating, one decimal; null when suppressed. */
  mean: number | null;
  /** How many ratings of 1…5 (index 0 = 1); null when suppressed. */
  distribution: number[] | null;
  /** Meetings held in the period (with or without a rating). */
  meetingsHeld: number;
}

export interface TImpactResult {
  scope: { kind: 'sportello'; sportelloId: string; name: string } | { kind: 'network' };
  period: TInsightsPeriod;
  /** Businesses whose T1 check-up was submitted in the period, compared with their T0. */
  checkups: {
    /** Businesses compared; null when fewer than IMPACT_MIN_GROUP (then every section is suppressed). */
    compared: number | null;
    sections: TImpactSection[];
  };
  goals: TGoalKindFigure[];
  hours: THoursFigure;
  satisfaction: TSatisfactionFigure;
  computedAt: string;
}
