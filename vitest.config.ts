import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit, data-contract and component (SSR snapshot) tests. Browser tests live in
// tests/e2e and run under Playwright against the production build.
export default defineConfig({
  plugins: [svelte({ configFile: './svelte.config.js' })],
  test: {
    include: ['tests/{unit,data,components}/**/*.test.ts'],
    environment: 'node',
    // Deterministic output: no local time zone or locale leaks into snapshots.
    env: { TZ: 'UTC' },
    // Test files share a worker's module cache instead of each starting a fresh one: the suite
    // runs in about half the time on two cores (CI's 10-minute limit). Tests that change the
    // environment restore it (SB_DATA_DIR) and reset the modules they memoised on edited data
    // (catalog-rows); none stubs globals or mocks modules. Mutation runs stay isolated.
    isolate: false,
    // A stray `.only` fails the run instead of silently skipping every other test.
    allowOnly: false,
    // `npm run test:coverage`: lines and branches of src/lib (the pure code); see README "Testing".
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text', 'text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
