/**
 * Version and date stamped on every download. Both are deterministic: the same
 * committed data gives the same version and date on every machine, so a rebuild
 * never changes a published file for nothing.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** First 12 hex digits of the SHA-256 of a file's bytes. */
export function versionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** The version of a committed data file (path relative to the project root). */
export function fileVersion(file: string, root = process.cwd()): string {
  return versionOf(readFileSync(resolve(root, file)));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The build date, a day, never a time: SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention) if set; else the day of the last commit that
 * touched data/; else today (UTC).
 */
export function resolveBuildDate(input: { epoch?: string; gitDate?: string; today: Date }): string {
  if (input.epoch !== undefined && input.epoch.trim() !== '') {
    const seconds = Number(input.epoch);
    if (!Number.isFinite(seconds) || seconds < 0) {
      throw new Error(`SOURCE_DATE_EPOCH: received "${input.epoch}"; expected a non-negative number of seconds since 1970-01-01.`);
    }
    return new Date(seconds * 1000).toISOString().slice(0, 10);
  }
  const git = input.gitDate?.trim();
  if (git && ISO_DAY.test(git)) return git;
  return input.today.toISOString().slice(0, 10);
}

/** Asks git for the day of the last commit touching data/ (of the repository at `cwd`); undefined outside a repository. */
export function lastDataCommitDate(dir = 'data', cwd = process.cwd()): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs', '--', dir], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

let cached: string | undefined;

/** The build date of this build (computed once). */
export function buildDate(): string {
  cached ??= resolveBuildDate({ epoch: process.env.SOURCE_DATE_EPOCH, gitDate: lastDataCommitDate(), today: new Date() });
  return cached;
}
