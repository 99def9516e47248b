import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, requireChromium } from './tests/helpers/chromium';

const PORT = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A stray `test.only` fails the run instead of skipping every other test.
  forbidOnly: true,
  workers: 2,
  retries: 0,
  // The retry reporter prints the first failure of every retried test as it happens.
  reporter: [['list'], ['./tests/helpers/retryReporter.ts']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: requireChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'e2e', testIgnore: /\.perf\.spec\.ts$/ },
    // Measurements run last and alone: one worker (two Chromiums on two cores would make each
    // other's long tasks). No retry: a reading with long tasks is read again inside the test,
    // which fails on the long tasks that recur at the same place (story.perf.spec.ts).
    { name: 'perf', testMatch: /\.perf\.spec\.ts$/, dependencies: ['e2e'], fullyParallel: false, workers: 1 },
  ],
  webServer: {
    // Serves the production build made by `npm run build` (npm test builds first).
    command: `node scripts/serve-static.ts ${PORT} dist`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
