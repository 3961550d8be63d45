/**
 * Where a business's plan is read. Its own file so that the entry script can start this request
 * early without carrying the rest of the plan's code.
 * @example planPath(businessId) // '/api/businesses/…/plan'
 */
export const planPath = (businessId: string) => `/api/businesses/${encodeURIComponent(businessId)}/plan`;
