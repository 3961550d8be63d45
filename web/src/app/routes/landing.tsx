import { SportelloFinder } from '../../features/geo/components/sportello-finder';
import { LandingPage } from '../../features/landing/components/landing-page';

/** The landing page, with the "find your sportello" box from the geo feature. */
export function LandingRoute() {
  return <LandingPage finder={<SportelloFinder />} />;
}
