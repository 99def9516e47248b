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
