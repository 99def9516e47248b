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
  // perTest: each mutant runs only the tests that covered it. Stryker picks them by name, which
  // vitest 5 matches differently; vitest.stryker.config.ts adds the setup file that reconciles
  // the two (without it every mutant "survives" with no test run).
  coverageAnalysis: 'perTest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  // Mutants of module-level code (constant tables, zod schemas built at import) can only be
  // tested by rerunning every test file for each: about a minute apiece on two cores. They are
  // left out by default (reported as Ignored); `--ignoreStatic false` includes them.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  // The initial run executes every test once with coverage: over Stryker's default 5 minutes
  // on two shared, busy cores.
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  ignorePatterns: ['dist', 'stryker.log', 'test-results', 'playwright-report', 'bench-results', 'coverage', 'reports', '.astro'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
