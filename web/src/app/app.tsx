import { SessionProvider } from '../lib/session';
import { AppRoutes } from './router';

/** The whole app: session on top, then the routes. */
export function App() {
  return (
    <SessionProvider>
      <AppRoutes />
    </SessionProvider>
  );
}
