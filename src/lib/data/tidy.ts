/**
 * Tidy CSVs for the datasets that mix several kinds of record in one wide table: one CSV per
 * kind (`/data/<id>/<kind>.csv`), one row per thing, only the columns that kind uses. Derived
 * from the catalog entry's own columns and rows, so the catalog stays the one place that
 * defines a CSV: a tidy table is a filter of the wide one, never a second definition.
 * Every published CSV starts with a UTF-8 byte-order mark, so Excel reads "Río" and "—" right.
 */
import type { Column, Dataset, Row } from './catalog';
import { toCsv } from './catalog';

/** The byte-order mark every CSV file starts with (Excel needs it to read UTF-8). */
export const CSV_BOM = '\uFEFF';

/** The column that says which kind a row is: `record_type`, or route-deaths' `breakdown`. */
export function kindColumn(entry: Dataset): string | undefined {
  const names = entry.columns.map((c) => c.name);
  return names.includes('record_type') ? 'record_type' : names.includes('breakdown') ? 'breakdown' : undefined;
}

export interface TidyTable {
  /** The kind (the value of the kind column), also the file name: `/data/<id>/<kind>.csv`. */
  kind: string;
  columns: Column[];
  rows: Row[];
}

const filled = (v: Row[string]) => v !== undefined && v !== null && v !== '';

/** One table per kind of record, in the order kinds first appear; empty for single-kind datasets. */
export function tidyTables(entry: Dataset): TidyTable[] {
  const key = kindColumn(entry);
  if (!key || entry.withheld) return [];
  const { rows } = entry.build();
  const kinds = [...new Set(rows.map((r) => String(r[key])))];
  return kinds.map((kind) => {
    const mine = rows.filter((r) => String(r[key]) === kind);
    const columns = entry.columns.filter((c) => c.name !== key && mine.some((r) => filled(r[c.name])));
    return { kind, columns, rows: mine.map((r) => Object.fromEntries(columns.map((c) => [c.name, r[c.name]]))) };
  });
}

/** The tidy CSV of one kind, as published (with the byte-order mark). */
export function tidyCsvFile(table: TidyTable): string {
  return CSV_BOM + toCsv(table.columns, table.rows);
}

/** Path of a tidy CSV. */
export const tidyPath = (id: string, kind: string) => `/data/${id}/${kind}.csv`;
