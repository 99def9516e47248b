import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { datasetCsv, datasetJson, datasetMeta } from '../../src/lib/data/downloads';

/**
 * Files in data/ that are not datasets of figures, with the reason they have no
 * download. (region-50m.json arrives with the maps work; harmless while absent.)
 */
const NOT_PUBLISHED: Record<string, string> = {
  'region-50m.json': 'map geometry (a TopoJSON of country outlines), not figures; the maps cite Natural Earth via world-atlas',
};

describe('the data catalog', () => {
  it('has one entry per file in data/ (or a stated reason not to publish it)', () => {
    const inCatalog = new Set(CATALOG.map((d) => d.file));
    const files = readdirSync('data').filter((f) => f.endsWith('.json'));
    const missing = files.filter((f) => !inCatalog.has(f) && !(f in NOT_PUBLISHED));
    expect(missing.map((f) => `data/${f}: no entry in CATALOG (src/lib/data/catalogEntries.ts); add one as its header comment explains`)).toEqual([]);
    expect(CATALOG.map((d) => d.file).filter((f) => !files.includes(f))).toEqual([]);
  });

  it('gives every dataset a unique kebab-case id', () => {
    const ids = CATALOG.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(CATALOG.map((d) => [d.id, d] as const))('documents every column of %s, with a unit for every number', (_id, d) => {
    for (const c of d.columns) {
      expect(c.description.length, `${d.id}.${c.name}`).toBeGreaterThan(2);
      if (c.type === 'integer' || c.type === 'number') expect(c.unit, `${d.id}.${c.name} has no unit`).toBeTruthy();
    }
  });

  it.each(CATALOG.filter((d) => !d.withheld).map((d) => [d.id, d] as const))('publishes %s as JSON, CSV with the catalog header, and metadata', (_id, d) => {
    const built = d.build();
    expect(JSON.parse(datasetJson(d))).toEqual(JSON.parse(JSON.stringify(built.data)));
    const csv = csvParse(datasetCsv(d));
    expect(csv.columns).toEqual(d.columns.map((c) => c.name));
    expect(csv).toHaveLength(built.rows.length);
    expect(built.rows.length).toBeGreaterThan(0);
    const meta = datasetMeta(d, 'https://smart-borders.example');
    expect(meta.version).toMatch(/^[0-9a-f]{12}$/);
    expect(meta.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.sources.map((s) => s.id)).toEqual(built.sourceIds);
  });
});
