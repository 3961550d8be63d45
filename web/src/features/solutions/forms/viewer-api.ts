export { solutionMinePath } from '../../../../../src/shared/solution-pages';

/** GET /api/solutions/{slug}/mine: what the signed-in reader may do on a solution's page. */
export type TViewerPart = {
  canEdit: boolean;
  uses: { businessId: string; businessName: string; actions: { id: string; title: string }[]; myReviewId: string | null }[];
  myReviews: { id: string; businessId: string; rating: number; text: string; isHidden: boolean }[];
  tie: { providerName: string; what: string; kind: 'owns' | 'works_for' | 'earns_from' } | null;
  moderation: { canHide: string[]; hidden: { id: string; text: string; reason: string; hiddenAt: string }[] };
};
