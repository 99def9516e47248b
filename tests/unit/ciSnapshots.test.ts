import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

/**
 * What CI=true (exported by .ci/run) does to vitest: a missing snapshot fails the test instead
 * of being written and passing. Run on a one-test project whose snapshot never exists.
 */
const DIR = 'tests/fixtures/ci-snapshot';
const SNAPSHOT = `${DIR}/__snapshots__/never-written.svg`;
const vitest = (env: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', `${DIR}/vitest.config.ts`], { env, encoding: 'utf8', timeout: 60_000 });

describe('snapshots under CI', () => {
  it('a missing snapshot fails the run and is not written when CI is set', () => {
    const run = vitest({ ...process.env, CI: 'true' });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('mismatched');
    expect(existsSync(SNAPSHOT)).toBe(false);
  }, 60_000);

  it('(the same test outside CI writes it and passes — what CI must not do)', () => {
    const env = { ...process.env };
    delete env.CI;
    try {
      const run = vitest(env);
      expect(run.status).toBe(0);
      expect(existsSync(SNAPSHOT)).toBe(true);
    } finally {
      rmSync(`${DIR}/__snapshots__`, { recursive: true, force: true });
    }
  }, 60_000);
});
