/**
 * The data catalog: what every published dataset is, how it flattens to CSV and
 * under which licence it may be downloaded. Pure types and helpers (no disk
 * access): the entries themselves live in `catalogEntries.ts`, which loads the
 * files through their validating loaders at build time.
 */
import { csvFormat } from 'd3-dsv';
import type { Source } from './sourceSchema';
import { DatasetError, show } from './errors';

/** A cell of a flat CSV row. `undefined`/`null` become an empty cell. */
export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

/** One column of a dataset's flat (CSV) form. */
export interface Column {
  /** Header in the CSV, snake_case, stable once published. */
  name: string;
  /** How to read the cell: text, an integer, a decimal, true/false, or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  /** Unit of a number ("people", "US dollars", "year"); omitted for text. */
  unit?: string;
  /** What the column holds, in one sentence. */
  description: string;
}

/** Terms under which a download is published. */
export interface Licence {
  /** SPDX identifier, e.g. "CC-BY-4.0". */
  id: string;
  /** Human name, e.g. "Creative Commons Attribution 4.0 International". */
  name: string;
  /** Short label for tables, e.g. "CC BY 4.0". */
  short: string;
  /** The licence text's canonical URL. */
  url: string;
}

/** The site's own data licence: compilations and derived data are CC BY 4.0. */
export const CC_BY_4: Licence = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};

/** What a catalog entry declares about its dataset. `D` is the validated dataset, `R` a flat row. */
export interface DatasetSpec<D, R extends Row> {
  /** Stable URL slug: `/data/<id>.json`, `.csv`, `.meta.json`. Kebab-case; never rename once published. */
  id: string;
  /** The committed file, relative to the data directory (e.g. "border-deaths.json"). */
  file: string;
  /** Title as shown on the data page and in the metadata. */
  title: string;
  /** What the dataset holds and how it was made, in one or two sentences. */
  description: string;
  /** Licence of the download (the site's CC BY 4.0 unless a source says otherwise). */
  licence: Licence;
  /** Set when a source forbids redistribution: no download is published and the page shows `reason`. */
  withheld?: { reason: string };
  /**
   * How the JSON download is laid out: pretty-printed (the default, for small files people read)
   * or compact (for large point files, where indentation would add more than half again to the size).
   */
  jsonLayout?: 'pretty' | 'compact';
  /** The columns of the CSV, in order. Every row key must be one of them. */
  columns: readonly Column[];
  /** Loads and validates the dataset through its loader (`load.ts`); never parse JSON by hand here. */
  load: () => D;
  /** Flattens the validated dataset into CSV rows. */
  rows: (data: D) => R[];
  /** How many records the dataset holds (default: the number of rows). */
  recordCount?: (data: D) => number;
  /** The source ids the dataset cites (default: every `source`/`sources` value found in it). */
  sourceIds?: (data: D) => string[];
}

/** A dataset after loading: everything the endpoints and the data page need. */
export interface BuiltDataset {
  data: unknown;
  rows: Row[];
  recordCount: number;
  sourceIds: string[];
}

/** A catalog entry with its types erased, so entries of different datasets sit in one array. */
export type Dataset = Omit<DatasetSpec<unknown, Row>, 'load' | 'rows' | 'recordCount' | 'sourceIds'> & {
  /** Loads, validates and flattens the dataset (memoised: loaded once per build). */
  build: () => BuiltDataset;
};

/** Declares a catalog entry; checks that every row uses only declared columns. */
export function defineDataset<D, R extends Row>(spec: DatasetSpec<D, R>): Dataset {
  const { load, rows, recordCount, sourceIds, ...info } = spec;
  let built: BuiltDataset | undefined;
  return {
    ...info,
    build() {
      if (built) return built;
      const data = load();
      const flat = rows(data);
      checkRows(`data/${spec.file}`, spec.columns, flat);
      built = {
        data,
        rows: flat,
        recordCount: recordCount ? recordCount(data) : flat.length,
        sourceIds: [...new Set(sourceIds ? sourceIds(data) : citedIds(data))].sort(),
      };
      return built;
    },
  };
}

/** Fails when a row has a key the catalog does not declare, so the published columns stay documented. */
export function checkRows(file: string, columns: readonly Column[], rows: readonly Row[]): void {
  const names = new Set(columns.map((c) => c.name));
  rows.forEach((row, index) => {
    for (const key of Object.keys(row)) {
      if (!names.has(key)) {
        throw new DatasetError(file, `CSV row ${index}`, key, show(row[key]), `one of the catalog's columns (${[...names].join(', ')})`);
      }
    }
  });
}

/** Is this property a citation? `source`, `sources`, or a camelCase name ending in `Source(s)`. */
export function isCitationKey(key: string): boolean {
  return key === 'source' || key === 'sources' || /[a-z]Sources?$/.test(key);
}

/** Every source id cited anywhere in a JSON value: citation-key values that are strings or arrays of strings. */
export function citedIds(value: unknown): string[] {
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      if (isCitationKey(key)) {
        if (typeof child === 'string') out.push(child);
        else if (Array.isArray(child)) for (const c of child) if (typeof c === 'string') out.push(c);
      }
      visit(child);
    }
  };
  visit(value);
  return out;
}

/** The CSV form of a dataset: header row = the catalog's columns, in order (RFC 4180 quoting by d3-dsv). */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  return `${csvFormat(rows.map(neutraliseRow), columns.map((c) => c.name))}\n`;
}

/**
 * A text cell that a spreadsheet would run as a formula: it starts with "=", "+", "-", "@",
 * a tab or a carriage return ("=HYPERLINK(…)" in a source title would become a live link).
 * Numbers are written as numbers and never match: only text cells are checked.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet should read it: a formula-like text gets a leading apostrophe, shown as text. */
export function neutraliseCell(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function neutraliseRow(row: Row): Row {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutraliseCell(v)]));
}

/** The metadata published as `/data/<id>.meta.json`. */
export interface DatasetMeta {
  id: string;
  title: string;
  description: string;
  licence: Licence;
  withheld?: { reason: string };
  /** First 12 hex digits of the SHA-256 of the committed file's bytes: changes whenever the data does. */
  version: string;
  /** ISO day the data was built from (see `buildDate.ts`); never a time. */
  buildDate: string;
  recordCount: number;
  rowCount: number;
  downloads: { json: string; csv: string; meta: string } | null;
  columns: readonly Column[];
  /** Full registry records of every source the dataset cites. */
  sources: Source[];
  /** A suggested citation. */
  citation: string;
}

/** Stable download paths of a dataset. */
export function downloadPaths(id: string, base = '/data/') {
  return { json: `${base}${id}.json`, csv: `${base}${id}.csv`, meta: `${base}${id}.meta.json` };
}

/** How to cite a dataset: team, year, title, version, URL and licence. */
export function citation(args: { title: string; version: string; buildDate: string; url: string; licence: Licence; siteTitle: string }): string {
  return `${args.siteTitle} (${args.buildDate.slice(0, 4)}). ${args.title} [data set], version ${args.version}, ${args.buildDate}. ${args.url}. Licence: ${args.licence.id}. Please also credit the original sources listed in the metadata.`;
}

/** Builds a dataset's metadata from its entry, its built form and the source registry. */
export function buildMeta(
  entry: Dataset,
  built: BuiltDataset,
  registry: readonly Source[],
  info: { version: string; buildDate: string; siteUrl: string; siteTitle: string },
): DatasetMeta {
  const byId = new Map(registry.map((s) => [s.id, s]));
  const sources = built.sourceIds.map((id) => {
    const s = byId.get(id);
    if (!s) throw new DatasetError(`data/${entry.file}`, 'the file', 'source', show(id), 'the id of a source in data/sources.json');
    return s;
  });
  const paths = downloadPaths(entry.id);
  return {
    id: entry.id,
    title: entry.title,
    description: entry.description,
    licence: entry.licence,
    ...(entry.withheld ? { withheld: entry.withheld } : {}),
    version: info.version,
    buildDate: info.buildDate,
    recordCount: built.recordCount,
    rowCount: built.rows.length,
    downloads: entry.withheld ? null : paths,
    columns: entry.columns,
    sources,
    citation: citation({ ...info, title: entry.title, licence: entry.licence, url: new URL(paths.json, info.siteUrl).href }),
  };
}
