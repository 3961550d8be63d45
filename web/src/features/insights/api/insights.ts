/** The funnel and impact as GET /api/insights/funnel and /impact answer (src/domain/insights/types.ts). */
export const FUNNEL_STEPS = ['contact', 'ascolto', 'checkup', 'firstMeeting', 'plan', 'goalReached'] as const;
export type TFunnelStep = (typeof FUNNEL_STEPS)[number];
export const FUNNEL_BREAKDOWNS = ['none', 'sportello', 'angel', 'area', 'sector'] as const;
export type TFunnelBreakdown = (typeof FUNNEL_BREAKDOWNS)[number];

export type TScope = { kind: 'sportello'; sportelloId: string; name: string } | { kind: 'network' };
export type TPeriod = { from: string; to: string };

export type TStep = { step: TFunnelStep; count: number; reached: number; conversion: number | null; shareOfContacts: number | null; medianDaysFromPrevious: number | null };
export type TGroup = { key: string | null; label: string | null; steps: TStep[] };
export type TFunnel = { scope: TScope; period: TPeriod; by: TFunnelBreakdown; total: TGroup; groups: TGroup[]; groupsOmitted: number; computedAt: string };

export type TSpread = { isSuppressed: false; n: number; median: number; q1: number; q3: number } | { isSuppressed: true };
export type TImpact = {
  scope: TScope;
  period: TPeriod;
  checkups: { compared: number | null; sections: { section: string; kind: 'area' | 'dimension' | 'overall'; change: TSpread }[] };
  goals: { kind: string; reached: number; set: number }[];
  hours: { hoursLogged: number; plansWithHours: number; engagements: number; engagementHours: number; engagementHoursPackaged: number };
  satisfaction: { rating: TSpread; mean: number | null; distribution: number[] | null; meetingsHeld: number };
  computedAt: string;
};

export const isBreakdown = (value: string): value is TFunnelBreakdown => (FUNNEL_BREAKDOWNS as readonly string[]).includes(value);

/** The query of one page: the sportello (none = the network), the period and the breakdown, as the address holds them. */
export type TInsightsQuery = { sportelloId: string | null; from?: string; to?: string; by?: TFunnelBreakdown };

function query(q: TInsightsQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (q.sportelloId) params.set('sportelloId', q.sportelloId);
  if (q.from) params.set('from', q.from);
  if (q.to) params.set('to', q.to);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

export const funnelPath = (q: TInsightsQuery) => `/api/insights/funnel?${query(q, q.by && q.by !== 'none' ? { by: q.by } : {})}`;
export const impactPath = (q: TInsightsQuery) => `/api/insights/impact?${query(q)}`;

/** A share 0–1 as a whole percentage for bar widths (0 for none). */
export const percentOf = (share: number | null): number => (share === null ? 0 : Math.round(share * 1000) / 10);
