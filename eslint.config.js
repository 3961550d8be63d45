// Lint: TypeScript rules, the one-way import rule between layers (STYLE.md), and no cycles.
import boundaries from 'eslint-plugin-boundaries';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const el = (type) => ({ element: { type } });
const allow = (from, to) => ({ from: el(from), allow: { to: { element: { types: { anyOf: to } } } } });

export default tseslint.config(
  { ignores: ['node_modules/', 'build/', 'web/dist/', 'web/dist-ssr/', 'data/', 'test-results/', 'src/db/migrations/', '.test-data/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      // Resolves our `.js` specifiers to the `.ts` sources, so boundaries sees every import.
      'import-x/resolver': { typescript: { project: ['tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true } },
      'import/resolver': { typescript: { project: ['tsconfig.json', 'web/tsconfig.json'], noWarnOnMultipleProjects: true } },
      'boundaries/include': ['src/**/*', 'web/src/**/*'],
      'boundaries/elements': [
        { type: 'domain', pattern: 'src/domain/*', capture: ['capability'] },
        { type: 'policy', pattern: 'src/policy' },
        { type: 'services', pattern: 'src/services/*', capture: ['capability'] },
        { type: 'db', pattern: 'src/db' },
        { type: 'server', pattern: 'src/server' },
        { type: 'jobs', pattern: 'src/jobs' },
        { type: 'cli', pattern: 'src/cli' },
        { type: 'shared', pattern: 'src/shared' },
        { type: 'config', pattern: 'src/config' },
        { type: 'test', pattern: 'src/test' },
        { type: 'web-feature', pattern: 'web/src/features/*', capture: ['feature'] },
        { type: 'web-app', pattern: 'web/src/app' },
        { type: 'web-base', pattern: 'web/src/*', capture: ['part'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        2,
        {
          default: 'disallow',
          policies: [
            allow('domain', ['domain', 'shared']),
            allow('policy', ['policy', 'domain', 'shared']),
            allow('db', ['db', 'domain', 'shared', 'config']),
            allow('services', ['services', 'domain', 'policy', 'db', 'shared', 'config']),
            allow('server', ['server', 'services', 'policy', 'domain', 'shared', 'config']),
            allow('jobs', ['jobs', 'services', 'shared', 'config']),
            // The CLI finds or starts the database itself (the connection file), then calls services.
            allow('cli', ['cli', 'services', 'shared', 'config', 'db']),
            allow('shared', ['shared']),
            allow('config', ['config']),
            allow('web-app', ['web-app', 'web-feature', 'web-base', 'shared']),
            // A feature uses its own files and shared web parts, never another feature.
            { from: el('web-feature'), allow: { to: { element: { type: 'web-feature', captured: { feature: '{{from.captured.feature}}' } } } } },
            allow('web-feature', ['web-base', 'shared']),
            // "Attenzione a" boxes are mounted where a request, a lesson, a plan or an ascolto's answer is shown.
            { from: el('web-feature'), allow: { to: { element: { type: 'web-feature', captured: { feature: 'traps' } } } } },
            // The lesson editor runs the server's own readability and shape checks (pure functions, no I/O): one implementation.
            { from: el('web-feature'), allow: { to: { element: { type: 'domain', captured: { capability: 'library' } } } } },
            allow('web-base', ['web-base', 'shared']),
          ],
        },
      ],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Composition roots wire the layers together, and tests reach into any layer they test.
  {
    files: ['src/main.ts', 'src/server/start.ts', '**/*.test.ts', '**/*.test.tsx', 'src/test/**', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: { 'boundaries/dependencies': 'off' },
  },
);
