import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedLanguage, switchLanguage } from './i18n';
import './styles.css';
import { App } from './app/app';
import { registerServiceWorker } from './lib/service-worker';
import { startPageEarly } from './app/early';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const render = (el: HTMLElement) =>
  createRoot(el).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
startPageEarly(window.location.pathname, storedLanguage());
// A visitor who chose English gets it from the first paint.
switchLanguage(storedLanguage()).then(
  () => render(root),
  () => render(root),
);
registerServiceWorker();
