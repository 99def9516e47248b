/**
 * Setup file for mutation runs only (vitest.stryker.config.ts). Stryker's vitest runner picks
 * the tests covering a mutant by a name pattern that joins suite and test names with a space;
 * vitest 5 matches patterns against names joined with " > ", so the pattern matched no test
 * and every mutant "survived" with no test run. This widens each space of the pattern to
 * accept either separator, before vitest filters the file's tests.
 */
const worker = (globalThis as { __vitest_worker__?: { config?: { testNamePattern?: RegExp } } }).__vitest_worker__;
const config = worker?.config;
const pattern = config?.testNamePattern;
if (config && pattern instanceof RegExp && !pattern.source.includes('(?: | > )')) {
  config.testNamePattern = new RegExp(pattern.source.replaceAll(' ', '(?: | > )'), pattern.flags);
}
