import { planPath } from '../features/plans/api/plan-path';
import { startEarly } from '../lib/early-fetch';

const PLAN_PAGE = /^\/piano\/([0-9a-f-]{36})\/?$/i;

/**
 * What the page at `pathname` will ask for, started from the entry script: who is signed in,
 * and for the plan page its code and its data. On a slow phone this runs the downloads side by
 * side with reading the app's code, instead of one after the other.
 * @example startPageEarly(location.pathname, storedLanguage());
 */
export function startPageEarly(pathname: string, language: string): void {
  const paths = ['/api/me'];
  const plan = PLAN_PAGE.exec(pathname);
  if (plan?.[1]) {
    paths.push(planPath(plan[1]));
    // The same chunk the router loads lazily: the router then finds it ready.
    void import('../features/plans/components/plan-page').catch(() => undefined);
  }
  startEarly(paths, language);
}
