import { defineConfig } from 'vitest/config';

// Tests of the build itself (dist/): run after `npm run build` by `npm test` (`npm run test:dist`).
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'UTC' },
    allowOnly: false,
  },
});
