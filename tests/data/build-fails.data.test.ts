import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('a malformed dataset', () => {
  it('fails the production build with a message naming file, record, field, received and expected', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'sb-broken-'));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, SB_DATA_DIR: 'tests/fixtures/broken-data', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      'tests/fixtures/broken-data/border-deaths.json: record 2 (id "usbp-2004"), field "value": received -4; expected a value >= 0.',
    );
  }, 120_000);
});
