import { defineConfig } from 'vitest/config';

const hasPostgres = Boolean(process.env.TEST_DATABASE_URL);
if (!hasPostgres && !process.env.VITEST_WORKER_ID) {
  console.log('TEST_DATABASE_URL is not set: skipping the PostgreSQL-server suite (the embedded suite still runs).');
}

const integration = ['src/**/*.int.test.ts'];
// Tests that start their own embedded servers or app processes: embedded project only.
const embeddedOnly = ['src/**/*.embedded.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        // Inline projects do not inherit the root options unless told to.
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts', 'web/build/**/*.test.ts'],
          exclude: [...integration, ...embeddedOnly, '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'embedded',
          include: [...integration, ...embeddedOnly],
          globalSetup: ['src/test/global-embedded.ts'],
        },
      },
      ...(hasPostgres
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: integration,
                globalSetup: ['src/test/global-postgres.ts'],
              },
            },
          ]
        : []),
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['src/test/global-embedded.ts'],
          testTimeout: 120_000,
          // One browser at a time: two cores are shared with PostgreSQL and the app.
          fileParallelism: false,
        },
      },
    ],
  },
});
