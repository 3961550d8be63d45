import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedLanguage, switchLanguage } from './i18n';
import './styles.css';
import { App } from './app/app';
import { registerServiceWorker } from './lib/service-worker';
import { preloadPage } from './app/router';
import { settleEarly } from './lib/early-fetch';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const render = (el: HTMLElement) =>
  createRoot(el).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// A visitor who chose English gets it from the first paint; the page they open is drawn
// whole, with its data (on the way since /early-requests.js), not after a spinner. Each wait
// is capped, so that a slow line shows the spinner rather than a blank screen.
Promise.all([switchLanguage(storedLanguage()).catch(() => undefined), preloadPage(window.location.pathname, 400), settleEarly(400)]).then(
  () => render(root),
  () => render(root),
);
registerServiceWorker();
