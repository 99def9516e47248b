// Mutation testing of src/lib (`npm run test:mutation`, or one folder:
// `npm run test:mutation -- --mutate 'src/lib/geo/**/*.ts'`). Not part of `npm test`:
// a full run takes far longer than CI's budget on two cores. Incremental: a rerun only
// tests mutants whose code or covering tests changed since reports/stryker-incremental.json.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: ['src/lib/**/*.ts'],
  // 'all' with vitest's related-files filter: each mutant runs the test files that import the
  // mutated file. (perTest selects tests by name, and with vitest 5 that selection ran no test
  // at all: every such mutant "survived" with 0 tests run.)
  coverageAnalysis: 'perTest',
  vitest: { configFile: 'vitest.config.ts', related: false },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['dist', 'test-results', 'playwright-report', 'bench-results', 'coverage', 'reports', '.astro'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
