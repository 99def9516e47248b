import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Copies every dataset into a temporary data directory, lets `breakIt` spoil one, and builds the site from it. */
function buildWith(breakIt: (dir: string) => void) {
  const outDir = mkdtempSync(join(tmpdir(), 'sb-broken-'));
  // Every dataset valid except one: the build must fail on that one whichever page Astro renders first.
  const dataDir = mkdtempSync(join(tmpdir(), 'sb-broken-data-'));
  cpSync('data', dataDir, { recursive: true });
  breakIt(dataDir);
  const run = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, SB_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { dataDir, status: run.status, output: run.stdout + run.stderr };
}

/** Rewrites one JSON file of the copied data directory. */
function edit(dir: string, file: string, change: (json: Record<string, unknown[]>) => void) {
  const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(json);
  writeFileSync(join(dir, file), JSON.stringify(json));
}

describe('a malformed dataset', () => {
  it('fails the production build with a message naming file, record, field, received and expected', () => {
    const run = buildWith((dir) => copyFileSync('tests/fixtures/broken-data/border-deaths.json', join(dir, 'border-deaths.json')));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(`${run.dataDir}/border-deaths.json: record 2 (id "usbp-2004"), field "value": received -4; expected a value >= 0.`);
    // Before anything is bundled: the first build step validates every dataset (src/integrations/dataCheck.ts).
    expect(run.output).toContain('[smart-borders:data-check]');
    expect(run.output).not.toContain('Building static entrypoints');
  }, 120_000);

  // One planted fault per build, so the exact message must be that fault's (two faults in one
  // build would let either message pass). The CBP One rule is checked on the real file in
  // cbpOne.rules.data.test.ts.
  it('fails the build when a tools link cites an unknown source', () => {
    const run = buildWith((dir) => edit(dir, 'surveillance-tools.json', (j) => ((j.links![1] as { sources: string[] }).sources = ['vice-typo'])));
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      `${run.dataDir}/surveillance-tools.json: link 1 (id "babel-x-cbp"), field "sources.0": received "vice-typo"; expected the id of a source in data/sources.json.`,
    );
  }, 120_000);

});
