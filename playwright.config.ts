import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, not a Playwright download (no browser CDN is reachable here);
// scripts/test.mjs sets CHROMIUM_PATH via scripts/find-chromium.mjs.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    // Without these Chromium keeps dialling Google hosts that this network refuses.
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

const PORT = process.env.E2E_PORT ?? '3100';
const MOBILE_SPECS = '**/*.mobile.spec.ts';

export default defineConfig({
  testDir: './e2e',
  // Tests share one embedded (single-process) database.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  // A journey signs in several roles and waits on a production server that shares 2 cores with the build's leftovers.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: MOBILE_SPECS,
      use: { ...devices['Desktop Chrome'], launchOptions },
    },
    {
      name: 'mobile',
      testMatch: MOBILE_SPECS,
      use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions },
    },
  ],
  webServer: {
    // Resets the e2e database, then serves the existing production build on E2E_PORT.
    command: 'node scripts/e2e-server.mjs',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    // Let Next close PGlite cleanly instead of the default SIGKILL.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
