import { defineConfig } from '@playwright/test';

// One worker: each test launches its own Chromium with the extension, and the machine has 2 cores.
export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test/artifacts/playwright.json' }]],
  outputDir: 'test/artifacts/playwright',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
