/**
 * Every published CSV, wide and tidy, read back with a real CSV parser (d3-dsv): it starts with
 * a UTF-8 byte-order mark, its header is the declared columns, every row has every column, and a
 * tidy table (/data/<id>/<kind>.csv) holds exactly the wide table's rows of its kind.
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { publishedDatasets, datasetCsv } from '../../src/lib/data/downloads';
import { CSV_BOM, kindColumn, tidyCsvFile, tidyTables } from '../../src/lib/data/tidy';

const parse = (file: string) => {
  expect(file.startsWith(CSV_BOM)).toBe(true);
  return csvParse(file.slice(1));
};

describe('CSV downloads', () => {
  for (const d of publishedDatasets()) {
    it(`${d.id}: the wide CSV parses with the catalog's header and one row per flat row`, () => {
      const rows = parse(CSV_BOM + datasetCsv(d));
      expect(rows.columns).toEqual(d.columns.map((c) => c.name));
      expect(rows.length).toBe(d.build().rows.length);
    });
    const tables = tidyTables(d);
    if (!tables.length) continue;
    it(`${d.id}: each kind of record has its own tidy CSV with only the columns it uses`, () => {
      const key = kindColumn(d)!;
      let total = 0;
      for (const t of tables) {
        const rows = parse(tidyCsvFile(t));
        expect(rows.columns, t.kind).toEqual(t.columns.map((c) => c.name));
        expect(rows.columns).not.toContain(key);
        const wide = d.build().rows.filter((r) => String(r[key]) === t.kind);
        expect(rows.length, t.kind).toBe(wide.length);
        // No column is empty in every row of a tidy table.
        for (const c of rows.columns) expect(rows.some((r) => r[c] !== ''), `${d.id}/${t.kind}.csv column ${c}`).toBe(true);
        total += rows.length;
      }
      expect(total).toBe(d.build().rows.length);
    });
  }
});
