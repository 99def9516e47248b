import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit, data and component tests as Stryker runs them (stryker.config.mjs): the same
// config, plus a setup file that makes Stryker's test selection work with vitest 5, minus
// the tests that run other processes (production builds with broken data, `npm run data:route`,
// the static server, vitest itself) or
// read the suite's own config files: they cannot see a mutant, which lives in this process.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      setupFiles: ['tests/helpers/strykerTestNames.ts'],
      // One module cache per test file, as Stryker's per-test coverage expects.
      isolate: true,
      // Stryker's own timeout (stryker.config.mjs) judges mutants; a test that loads every
      // dataset can take over vitest's default 5 s in the initial run on a loaded machine.
      testTimeout: 30_000,
      exclude: ['tests/data/build-fails.data.test.ts', 'tests/data/agreements-build-fails.data.test.ts', 'tests/data/routeInput.data.test.ts', 'tests/unit/serveStatic.test.ts', 'tests/unit/ciSnapshots.test.ts', 'tests/unit/testSuiteRules.test.ts', '**/node_modules/**'],
    },
  }),
);
