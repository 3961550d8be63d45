import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const root = fileURLToPath(new URL('.', import.meta.url));

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
            { name: 'app', tags: ['$initial'], priority: 2 },
            { name: 'common', test: /web[\\/]src[\\/](components|lib|hooks)[\\/]/, minShareCount: 2, priority: 1 },
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
