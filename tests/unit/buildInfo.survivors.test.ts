/**
 * Edges of the build date (src/lib/data/buildInfo.ts) that tests/unit/catalog.test.ts leaves open:
 *  - a blank SOURCE_DATE_EPOCH (spaces only) counts as unset; 0 is the epoch itself; a negative one is rejected;
 *  - lastDataCommitDate asks git for the day of the last commit touching data/ (not the last commit), trimmed to
 *    YYYY-MM-DD, and is undefined for a folder no commit touched and outside a repository. It runs on a small
 *    repository made for the test, so it holds in any copy of the project (Stryker's sandbox has no git history).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastDataCommitDate, resolveBuildDate } from '../../src/lib/data/buildInfo';

describe('resolveBuildDate: SOURCE_DATE_EPOCH edges', () => {
  const today = new Date('2026-11-27T23:59:00Z');
  it('ignores an epoch of spaces only', () => {
    expect(resolveBuildDate({ epoch: '   ', gitDate: '2025-01-01', today })).toBe('2025-01-01');
  });
  it('accepts 0 as 1970-01-01', () => {
    expect(resolveBuildDate({ epoch: '0', today })).toBe('1970-01-01');
  });
  it('rejects a negative epoch', () => {
    expect(() => resolveBuildDate({ epoch: '-86400', today })).toThrow(
      'SOURCE_DATE_EPOCH: received "-86400"; expected a non-negative number of seconds since 1970-01-01.',
    );
  });
});

describe('lastDataCommitDate', () => {
  let repo = '';
  let outside = '';
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'sb-git-'));
    outside = mkdtempSync(join(tmpdir(), 'sb-nogit-'));
    const commit = (file: string, date: string) => {
      mkdirSync(join(repo, file, '..'), { recursive: true });
      writeFileSync(join(repo, file), date);
      const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: repo };
      execFileSync('git', ['add', file], { cwd: repo, env });
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', file], { cwd: repo, env });
    };
    execFileSync('git', ['init', '-q'], { cwd: repo });
    commit('data/a.json', '2024-03-05T23:30:00+00:00');
    commit('data/b.json', '2024-06-07T12:00:00+00:00');
    commit('src/later.ts', '2025-01-09T12:00:00+00:00'); // the last commit, outside data/
    mkdirSync(join(repo, 'untouched'));
  });
  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  it('gives the day of the last commit touching data/ (not the last commit) as YYYY-MM-DD, nothing more', () => {
    expect(lastDataCommitDate(undefined, repo)).toBe('2024-06-07');
    expect(lastDataCommitDate('data', repo)).toBe('2024-06-07');
    expect(lastDataCommitDate('src', repo)).toBe('2025-01-09');
  });
  it('is undefined for a folder no commit touched, and outside a repository', () => {
    expect(lastDataCommitDate('untouched', repo)).toBeUndefined();
    expect(lastDataCommitDate('no-such-folder', repo)).toBeUndefined();
    expect(lastDataCommitDate('data', outside)).toBeUndefined();
  });
});
