import path from 'node:path';
import { defineConfig, type TestProjectConfiguration } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` throws outside React's server build; the tests run that code in plain Node.
  'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
};

/** The integration suite runs once per database: always PGlite, PostgreSQL too when TEST_DATABASE_URL is set. */
const integration = (driver: 'pglite' | 'postgres'): TestProjectConfiguration => ({
  resolve: { alias },
  test: {
    name: `integration:${driver}`,
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    env: { ONEWINDOW_TEST_DRIVER: driver },
    // Builds the seeded database once for the run; each file starts from a copy (tests/integration/harness.ts).
    globalSetup: ['tests/integration/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite is single-threaded WASM; two workers keep 2 cores busy without thrashing.
    maxWorkers: 2,
  },
});

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['lib/**/*.test.ts', 'db/**/*.test.ts'], environment: 'node' } },
      integration('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [integration('postgres')] : []),
    ],
  },
});
