/**
 * Edges of the build date (src/lib/data/buildInfo.ts) that tests/unit/catalog.test.ts leaves open:
 *  - a blank SOURCE_DATE_EPOCH (spaces only) counts as unset; 0 is the epoch itself; a negative one is rejected;
 *  - lastDataCommitDate asks git for the day of the last commit touching data/ (run inside this repository,
 *    which the data tests already need), trimmed to YYYY-MM-DD, and is undefined for a folder no commit touched.
 */
import { describe, expect, it } from 'vitest';
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
  it('gives the day of the last commit touching data/ as YYYY-MM-DD, nothing more', () => {
    expect(lastDataCommitDate()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('is undefined for a folder no commit touched', () => {
    expect(lastDataCommitDate('no-such-folder-in-this-repository')).toBeUndefined();
  });
});
