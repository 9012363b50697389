import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../../playwright.config';

/** `npm run bench`: one long test against the production builds, in Debian's Chromium. */
export default defineConfig({
  testDir: '.',
  testMatch: ['*.bench.ts'],
  outputDir: '../../test-results/bench',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90 * 60_000,
  expect: { timeout: 60_000 },
  reporter: [['list']],
  use: {
    launchOptions: CHROMIUM_LAUNCH,
    locale: 'uk-UA',
    trace: 'off',
    video: 'off',
    screenshot: 'off',
    actionTimeout: 180_000,
    navigationTimeout: 180_000,
  },
});
