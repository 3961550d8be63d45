/**
 * The plans the angel follows, as the home shows them: a few fields of GET /api/plans.
 * The plans feature has the full type; features do not import each other, and the home
 * needs only these.
 */
export type TMyPlan = {
  businessId: string;
  businessName: string;
  planId: string | null;
  progress: { actionsDone: number; actionsTotal: number };
  overdueActions: number;
};

export const myPlansPath = '/api/plans';

/** How many plans the home shows; the rest are one tap away on /piano. */
export const HOME_PLANS_SHOWN = 5;
