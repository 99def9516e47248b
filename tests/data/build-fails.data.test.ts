import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('a malformed dataset', () => {
  it('fails the production build with a message naming file, record, field, received and expected', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'sb-broken-'));
    // Every dataset valid except one: the build must fail on that one whichever page Astro renders first.
    const dataDir = mkdtempSync(join(tmpdir(), 'sb-broken-data-'));
    cpSync('data', dataDir, { recursive: true });
    copyFileSync('tests/fixtures/broken-data/border-deaths.json', join(dataDir, 'border-deaths.json'));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, SB_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      `${dataDir}/border-deaths.json: record 2 (id "usbp-2004"), field "value": received -4; expected a value >= 0.`,
    );
  }, 120_000);
});
