import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeaths } from '../../src/lib/data/load';

const saved = process.env.SB_DATA_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.SB_DATA_DIR;
  else process.env.SB_DATA_DIR = saved;
});

describe('loaders read from SB_DATA_DIR and name the file they read in errors', () => {
  it('loadDeaths: a broken border-deaths.json is named by its path in the data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-loaders-'));
    copyFileSync('data/sources.json', join(dir, 'sources.json'));
    const d = JSON.parse(readFileSync('data/border-deaths.json', 'utf8'));
    d.records[0].value = -1;
    writeFileSync(join(dir, 'border-deaths.json'), JSON.stringify(d));
    process.env.SB_DATA_DIR = dir;
    expect(() => loadDeaths()).toThrow(`${dir}/border-deaths.json: record 0 (id "${d.records[0].id}"), field "value": received -1; expected a value >= 0.`);
  });
});
