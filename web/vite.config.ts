import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));

/** What the reading pages' light start runs (web/src/main.tsx, web/src/app/light-start.ts), and only that. */
const LIGHT = /vite[\\/]preload-helper|web[\\/]src[\\/](app[\\/]light-start\.ts|i18n[\\/]languages\.ts|lib[\\/](server-render|service-worker|taken-over)\.ts|features[\\/]library[\\/]reading[\\/]saved-lessons\.ts)/;

/** The app's core (web/src/boot.tsx and what it needs on every page), kept out of the light entry. */
const APP_CORE =
  /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|i18next|react-i18next|use-sync-external-store|cookie|set-cookie-parser)[\\/]|web[\\/]src[\\/](boot\.tsx|app[\\/](app|router|layout|lazy-page|page-error-boundary|language-switch|role-switch)\.tsx|i18n[\\/](index\.ts|it\.json))/;

/** The plan page drawn on the server (web/src/entry-server.tsx), for src/server/page-render.ts. */
const serverBuild = {
  root,
  base: '/',
  plugins: [react()],
  // Self-contained and in production mode, whatever NODE_ENV the server runs with: React's
  // development build draws several times slower.
  ssr: { noExternal: true },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // One file: page-render.ts imports it with a version query, and a chunk importing the entry
  // back (no query) would get a second copy of React's contexts (a page then never finds its session).
  build: { outDir: 'dist-ssr', emptyOutDir: true, copyPublicDir: false, sourcemap: false, rolldownOptions: { input: 'src/entry-server.tsx', output: { inlineDynamicImports: true } } },
};

/**
 * Vite config for the Affianco web app (a single-page app served by the API server from web/dist),
 * and with --ssr for the server's drawing of the plan page (web/dist-ssr).
 * @example npx vite build --config web/vite.config.ts && npx vite build --config web/vite.config.ts --ssr
 */
export default defineConfig(({ isSsrBuild }) => (isSsrBuild ? serverBuild : {
  root,
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The CSP allows only same-origin scripts: keep everything in files, never inline.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Lets bench/bundle-size add up what each route downloads.
    manifest: true,
    // Few files: a slow phone spends about 10 ms of its main thread on each file it requests.
    // What every page needs is one chunk; the small pieces several pages share are another.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page that runs the app needs, in one file: React, the router, the
            // translator with the Italian catalogue, the layout. The entry itself stays small:
            // the reading pages start with it alone (web/src/light, ADR 024).
            // What the light start shares with the app, in one small file of its own (else it would
            // be put in the app's, and the light start would load the app at once).
            { name: 'light', test: LIGHT, priority: 3 },
            { name: 'app', test: APP_CORE, priority: 2 },
            { name: 'common', test: /web[\\/]src[\\/](components|lib|hooks)[\\/](?!(server-render|service-worker|taken-over)\.ts)/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
}));
