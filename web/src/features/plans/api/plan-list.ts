/** One business in GET /api/plans: the plans the signed-in person follows, what needs attention first. */
export type TPlanListItem = {
  businessId: string;
  businessName: string;
  comuneName: string;
  /** Null while the plan has not been started. */
  planId: string | null;
  progress: { actionsDone: number; actionsTotal: number; goalsReached: number; goalsTotal: number; share: number };
  /** Open actions due before today (Italian time). */
  overdueActions: number;
  /** 'YYYY-MM-DD': the earliest due date from today on among open actions. */
  nextDueDate: string | null;
  /** 'YYYY-MM-DD': the day of the newest meeting-log entry. */
  lastMeetingDate: string | null;
};

export type TPlanList = { items: TPlanListItem[] };

export const planListPath = '/api/plans';

/** Where a business's plan opens. */
export const planPagePath = (businessId: string) => `/piano/${businessId}`;
