import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('a malformed agreements file', () => {
  it('fails the production build naming the file, record, field, received and expected', () => {
    // Every dataset as committed, but the agreements file from the fixture (citing a real source):
    // whichever page loads data first, only the planted fault can stop the build.
    const dataDir = mkdtempSync(join(tmpdir(), 'sb-data-'));
    cpSync('data', dataDir, { recursive: true });
    const broken = readFileSync('tests/fixtures/broken-agreements/agreements.json', 'utf8').replaceAll('"ngo-test"', '"accessnow-statement-terminate"');
    writeFileSync(join(dataDir, 'agreements.json'), broken);
    const outDir = mkdtempSync(join(tmpdir(), 'sb-broken-agreements-'));
    const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, SB_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain(
      `${dataDir}/agreements.json: record 0 (id "usa-slv-broken"), field "flows.0.to": received "GTM"; expected one of the record's parties (USA, SLV).`,
    );
  }, 120_000);
});
