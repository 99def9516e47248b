/**
 * Playwright reporter: every failed try of a test that will be (or was) retried is printed at
 * once, with its error, so a retry that then passes never hides what failed first. At the end
 * it lists the tests that passed only on a retry. Retries are allowed only where README.md
 * ("Testing → Retries") says why.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

const firstLines = (s: string, n = 12) => s.split('\n').slice(0, n).join('\n');
// Playwright colours its messages; the log keeps plain text.
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export default class RetryReporter implements Reporter {
  private retried: string[] = [];

  printsToStdio() {
    return false;
  }

  onTestEnd(test: TestCase, result: TestResult) {
    const title = test.titlePath().filter(Boolean).join(' › ');
    if (result.status !== 'passed' && result.status !== 'skipped' && result.status !== test.expectedStatus && result.retry < test.retries) {
      const error = result.errors.map((e) => plain(e.message ?? e.value ?? '')).join('\n') || result.status;
      console.log(`\nretry: ${title} failed on try ${result.retry + 1} of ${test.retries + 1}; retrying. First failure:\n${firstLines(error)}\n`);
    }
    if (result.retry > 0 && result.status === test.expectedStatus) this.retried.push(`${title} (passed on try ${result.retry + 1})`);
  }

  onEnd() {
    if (this.retried.length) console.log(`\nretry: ${this.retried.length} test(s) passed only on a retry:\n${this.retried.map((t) => `  ${t}`).join('\n')}\n`);
  }
}
