/**
 * Generic integrity rules that hold for every file in data/, whatever its
 * schema: they walk the parsed JSON and look at property names, so a new
 * dataset is covered the moment its file exists. Pure: the test reads the files.
 *
 * Rules (by property name, at any depth):
 *  - citations: `source`, `sources`, or camelCase names ending in `Source(s)`
 *    (`corroboratingSources`): a string or an array of strings, each a source id;
 *  - dates: `date`, `dates`, `date*` (`dateSigned`) and `*Date(s)` (`launchDate`), except
 *    keys that describe a date (`datePrecision`, `dateNote`, `dateSource`…):
 *    a string YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar, or null
 *    (explicitly unknown); an object under such a key is walked, not judged;
 *  - counts: `value`, `count`, `count*` and `*Count`: any number there is ≥ 0;
 *  - ids: within any array of objects, no two objects share an `id`.
 */
import { isCitationKey } from './catalog';
import { isObject, show } from './errors';

export type Path = (string | number)[];

/** One broken rule, with everything needed to find and fix it. */
export interface Problem {
  file: string;
  /** The record, e.g. `records[3] (id "usbp-2005").alternatives[0]`. */
  record: string;
  field: string;
  received: string;
  expected: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.record}, field "${p.field}": received ${p.received}; expected ${p.expected}.`;
}

/** Calls `visit` for every property (key, value, path to the value) at any depth. */
export function walk(root: unknown, visit: (key: string, value: unknown, path: Path) => void): void {
  const go = (node: unknown, path: Path): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => go(child, [...path, i]));
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node)) {
      visit(key, child, [...path, key]);
      go(child, [...path, key]);
    }
  };
  go(root, []);
}

/** Readable location of the object holding `path`'s last key: `records[3] (id "x").alternatives[0]`. */
export function describePath(root: unknown, path: Path): string {
  const parts: string[] = [];
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = node && typeof node === 'object' ? (node as Record<string, unknown>).id : undefined;
      parts.push(`[${key}]${typeof id === 'string' || typeof id === 'number' ? ` (id "${id}")` : ''}`);
    } else parts.push(parts.length ? `.${key}` : key);
  }
  return parts.length ? parts.join('') : 'the top level';
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for an ISO date known to the year, month or day that exists in the calendar. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= last;
}

/** Qualifiers that make a `date…` key describe a date rather than hold one (`datePrecision: "month"`). */
const NOT_A_DATE = /(?:Precision|Note|Notes|Source|Sources|Confidence|Approximate|Known|Type|Kind|Label|Text)$/;
export const isDateKey = (key: string) =>
  (key === 'date' || key === 'dates' || /^date[A-Z]/.test(key) || /[a-z]Dates?$/.test(key)) && !NOT_A_DATE.test(key);
export const isCountKey = (key: string) => key === 'value' || key === 'count' || /^count[A-Z]/.test(key) || /[a-z]Count$/.test(key);

const DATE_EXPECTED = 'an ISO date YYYY, YYYY-MM or YYYY-MM-DD that exists in the calendar (or null when unknown)';

export function checkDates(file: string, json: unknown): Problem[] {
  const out: Problem[] = [];
  walk(json, (key, value, path) => {
    if (!isDateKey(key)) return;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === null || (typeof v === 'object' && v !== null)) continue;
      if (typeof v !== 'string' || !isPartialDate(v)) out.push({ file, record: describePath(json, path), field: key, received: show(v), expected: DATE_EXPECTED });
    }
  });
  return out;
}

export function checkCounts(file: string, json: unknown): Problem[] {
  const out: Problem[] = [];
  walk(json, (key, value, path) => {
    if (!isCountKey(key)) return;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'number' && !(Number.isFinite(v) && v >= 0)) {
        out.push({ file, record: describePath(json, path), field: key, received: show(v), expected: 'a count >= 0' });
      }
    }
  });
  return out;
}

export function checkDuplicateIds(file: string, json: unknown): Problem[] {
  const out: Problem[] = [];
  const inspect = (array: unknown[], path: Path) => {
    const seen = new Map<unknown, number>();
    array.forEach((item, i) => {
      if (!item || typeof item !== 'object' || Array.isArray(item)) return;
      const id = (item as Record<string, unknown>).id;
      if (id === undefined || id === null) return;
      const first = seen.get(id);
      if (first !== undefined) {
        out.push({ file, record: describePath(json, [...path, i, 'id']), field: 'id', received: show(id), expected: `an id not already used by ${describePath(json, [...path, first, 'id'])}` });
      } else seen.set(id, i);
    });
  };
  if (Array.isArray(json)) inspect(json, []);
  walk(json, (_key, value, path) => Array.isArray(value) && inspect(value, path));
  return out;
}

/** Every citation in a file, with where it is. */
export function citations(json: unknown): { path: Path; field: string; id: unknown }[] {
  const out: { path: Path; field: string; id: unknown }[] = [];
  walk(json, (key, value, path) => {
    if (!isCitationKey(key)) return;
    if (typeof value === 'string') out.push({ path, field: key, id: value });
    // A list of ids: every item is read, so a number or null among them is reported, not skipped.
    // A list of objects under such a key is a collection (sources.json's registry), not citations.
    else if (Array.isArray(value) && !value.every(isObject)) value.forEach((id) => out.push({ path, field: key, id }));
  });
  return out;
}

export function checkCitations(file: string, json: unknown, known: ReadonlySet<string>): Problem[] {
  return citations(json)
    .filter((c) => typeof c.id !== 'string' || !known.has(c.id))
    .map((c) => ({ file, record: describePath(json, c.path), field: c.field, received: show(c.id), expected: 'the id of a source in data/sources.json' }));
}

/** Registry ids that nothing cites, in registry order. */
export function unusedSources(registry: readonly string[], cited: Iterable<string>): string[] {
  const used = new Set(cited);
  return registry.filter((id) => !used.has(id));
}

/** A row of data/README.md's file table. */
export interface ReadmeRow {
  file: string;
  budget: string;
  budgetBytes: number;
}

/** "40 KB" → 40960, "1.5 MB" → 1572864, "900 B" → 900, "≤ 2 MB" (binary units). NaN when unreadable. */
export function parseSize(text: string): number {
  const m = /^\s*(?:≤|<=?|max\.?|at most|~)?\s*(\d+(?:\.\d+)?)\s*(B|KB|KiB|MB|MiB)\s*$/i.exec(text);
  if (!m) return Number.NaN;
  const unit = m[2]!.toLowerCase().replace('i', '') as 'b' | 'kb' | 'mb';
  const factor = { b: 1, kb: 1024, mb: 1024 * 1024 }[unit];
  return Math.round(Number(m[1]) * factor);
}

/** Reads the table of data/README.md whose header has a `file` and a `size budget` column. */
export function parseReadmeTable(markdown: string): ReadmeRow[] {
  const lines = markdown.split('\n');
  const cells = (line: string) => line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
  const header = lines.findIndex((l) => l.trim().startsWith('|') && /\bfile\b/i.test(l) && /size budget/i.test(l));
  if (header < 0) return [];
  const names = cells(lines[header]!).map((c) => c.toLowerCase());
  const fileAt = names.indexOf('file');
  const budgetAt = names.indexOf('size budget');
  const rows: ReadmeRow[] = [];
  for (const line of lines.slice(header + 2)) {
    if (!line.trim().startsWith('|')) break;
    const row = cells(line);
    // `data/x.json` and `x.json` both name data/x.json.
    const file = (row[fileAt]?.replace(/`/g, '').trim() ?? '').replace(/^(?:\.\/)?data\//, '');
    const budget = row[budgetAt] ?? '';
    rows.push({ file, budget, budgetBytes: parseSize(budget) });
  }
  return rows;
}
