import { Navigate } from 'react-router-dom';
import { SportelloFinder } from '../../features/geo/components/sportello-finder';
import { LandingPage } from '../../features/landing/components/landing-page';
import { homeFor, storedRole } from '../../lib/role-home';
import { useSession } from '../../lib/session';

/**
 * `/`: the landing page, with the "find your sportello" box from the geo feature, for visitors
 * (and while the session is not known yet); a signed-in person goes to their role's home.
 */
export function LandingRoute() {
  const { me } = useSession();
  if (me) return <Navigate to={homeFor(me, storedRole())} replace />;
  return <LandingPage finder={<SportelloFinder />} />;
}
