import './styles.css';
import { startLight } from './app/light-start';
import { readServerRender } from './lib/server-render';
import { registerServiceWorker } from './lib/service-worker';

// The reading pages (a lesson, the library) come drawn by the server and work without the app:
// they start light and load the app when the reader does something that needs it (ADR 024).
// Every other page starts the app at once; the server announces its code beside this file.
const rendered = readServerRender();
const loadApp = () => import('./boot').then((m) => () => m.boot(rendered));
if (rendered?.light) {
  startLight(rendered.light, rendered.answers, loadApp);
} else {
  void loadApp().then((boot) => boot());
  registerServiceWorker(rendered?.answers);
}
