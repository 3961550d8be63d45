import { BrowserRouter } from 'react-router-dom';
import { SessionProvider } from '../lib/session';
import { AppRoutes } from './router';

/** The whole app in the browser: session on top, then the routes. */
export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </SessionProvider>
  );
}
