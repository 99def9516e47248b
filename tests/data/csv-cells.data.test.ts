import { describe, expect, it } from 'vitest';
import { csvParse, type DSVRowString } from 'd3-dsv';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { datasetCsv, datasetJson } from '../../src/lib/data/downloads';
import { CAUSE_LABELS_IOM } from '../../src/lib/data/routeDeathsSchema';
import { datePrecision } from '../../src/lib/format/format';
import { UNIT_WORDS } from '../../src/lib/data/catalog/shared';
import { isCitationKey } from '../../src/lib/data/catalog';

/**
 * Every cell of every published CSV, checked against the JSON download of the same dataset.
 * Both come from the catalog (`datasetCsv`, `datasetJson`), and the CSV is read back with a
 * real CSV parser (d3-dsv). The test never flattens the JSON itself: for each CSV row it looks
 * for the JSON object the row was made from — an object one of whose own fields holds one of
 * the row's cells — and then requires, column by column:
 *  - a non-empty cell equals the field of that name (snake_case → camelCase, or one of the
 *    column's few renamings below) on that object — or, only where the object has no such
 *    field, on an object that holds it (a record for its alternatives, the file for its
 *    snapshot date) — with arrays written `;`-joined;
 *  - an empty cell stands where that object has no field of the column's own name;
 *  - a column made rather than copied (`DERIVED`) holds what its rule says, with the reason.
 * So a column that writes the year instead of the value, drops a field, or shifts a cell to
 * another column fails, with the dataset, row and column.
 */

type Obj = Record<string, unknown>;
interface Node {
  obj: Obj;
  parent?: Node;
  /** The property this object sits under in its parent (for objects in arrays, the array's). */
  key: string;
  children: Node[];
}

function walk(value: unknown, parent: Node | undefined, key: string, out: Node[]): void {
  if (Array.isArray(value)) return value.forEach((v) => walk(v, parent, key, out));
  if (!value || typeof value !== 'object') return;
  const node: Node = { obj: value as Obj, parent, key, children: [] };
  parent?.children.push(node);
  out.push(node);
  for (const [k, v] of Object.entries(value)) walk(v, node, k, out);
}

const chain = (n: Node | undefined): Node[] => (n ? [n, ...chain(n.parent)] : []);
const descendants = (n: Node): Node[] => n.children.flatMap((c) => [c, ...descendants(c)]);

/** A JSON field as a CSV cell would write it; undefined when it is not a flat value. */
function cell(v: unknown): string | undefined {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(';');
  return undefined;
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Columns whose JSON field has another name (the first is tried first); every other column copies its camelCase field. */
const RENAMED: Record<string, string[]> = {
  id: ['id'],
  agreement_id: ['id'],
  parent_id: ['id'],
  text: ['text', 'basis', 'claim', 'risk', 'right', 'approvedBy', 'radiusNote'],
  label: ['label', 'name', 'short'],
  name: ['name', 'tool'],
  date: ['date', 'dateSigned', 'from', 'since', 'asOf', 'planned', 'approved'],
  date_to: ['to'],
  note: ['note', 'plannedNote'],
  owner: ['parent'],
  from_node: ['from', 'buyer'],
  to_node: ['to', 'target'],
  from_country: ['from'],
  to_country: ['to'],
  figure_key: ['key'],
  value: ['value', 'amountUSD', 'months', 'durationDays', 'count'],
  coord_source: ['coordSource'],
  coord_note: ['coordNote'],
  topic: ['topic', 'milestone'],
  related_ids: ['nearest'],
  searched: ['tried'],
  original_report: ['reports'],
  extension_number: ['number', 'extension'],
  in_force_from: ['inForceFrom'],
  in_force_until: ['inForceUntil'],
  votes_for: ['votesFor', 'for'],
  votes_against: ['against'],
  seats: ['of'],
  dead_missing: ['deadMissing'],
  incident_kind: ['kind'],
  label_es: ['labelEs'],
  quote_language: ['quoteLang'],
};
const fieldsOf = (column: string) => RENAMED[column] ?? [camel(column)];

/** Every source id a node or the objects holding it cite, and those its own records below cite. */
function citedAround(n: Node): Set<string> {
  const ids = new Set<string>();
  const add = (o: Obj) => {
    for (const [k, v] of Object.entries(o)) {
      if (!(isCitationKey(k) || k === 'claimedBy' || k === 'reports')) continue;
      for (const x of [v].flat()) if (typeof x === 'string') ids.add(x);
    }
  };
  for (const c of chain(n)) add(c.obj);
  for (const d of descendants(n)) add(d.obj);
  return ids;
}

const MEASURES = ['identities', 'transactionsPerDay', 'watchlistRecords'];

type Rule = (row: DSVRowString, n: Node, data: Obj) => boolean;
const precisionRule: Rule = (row) => (row.date ? row.date_precision === datePrecision(row.date) : row.date_precision === '');
const inAlternatives = (n: Node) => n.key === 'alternatives';
const alternativeRule: Rule = (row, n) => row.alternative === '' || row.alternative === String(inAlternatives(n));
// A record's (or, for a measure, its count's) storyUses; an ownership's may name the one date it uses, or "both".
const storyUsesRule: Rule = (row, n) => {
  const holders = MEASURES.includes(n.key) || n.key === 'dates' ? chain(n).slice(0, 2) : [n];
  const su = holders.map((c) => c.obj.storyUses).find((v) => v !== undefined);
  return row.story_uses === '' || row.story_uses === String(!inAlternatives(n) && (su === true || su === 'both' || (typeof su === 'string' && su === n.obj.date)));
};
/** The id of the record that holds a figure, event or date (figures' alternatives included); empty for a record itself. */
const parentIdRule: Rule = (row, n) => row.parent_id === ((chain(n).find((c) => ['figures', 'events', 'dates'].includes(c.key))?.parent?.obj.id as string | undefined) ?? '');
const sourcesRule: Rule = (row, n) => {
  const cited = citedAround(n);
  const ids = row.sources ? row.sources.split(';') : [];
  const own = [n.obj.source, n.obj.sources].flat().filter((x): x is string => typeof x === 'string');
  return ids.every((id) => cited.has(id)) && own.every((id) => ids.includes(id));
};
const unitRule: Rule = (row, n) => {
  const raw = chain(n).map((c) => c.obj.unit).find((u) => typeof u === 'string') as string | undefined;
  return raw ? row.unit === (UNIT_WORDS[raw] ?? raw) : row.unit !== undefined;
};

/** Columns made rather than copied, per dataset: the rule each cell obeys. */
const DERIVED: Record<string, Record<string, Rule>> = {
  '*': { record_type: (row) => !!row.record_type || row.record_type === undefined, date_precision: precisionRule, alternative: alternativeRule, story_uses: storyUsesRule, sources: sourcesRule },
  'border-deaths': {
    // From the record's series (the JSON keeps series apart from records).
    counter: (row, _n, d) => (d.series as Obj[]).some((s) => s.id === row.series && s.counter === row.counter),
    period: (row, _n, d) => (d.series as Obj[]).some((s) => s.id === row.series && s.period === row.period),
    // Alternative values say whether they are approximate; main values are exact.
    approximate: (row, n) => row.approximate === String(inAlternatives(n) ? n.obj.approximate === true : false),
    source: (row, n) => chain(n).some((c) => c.obj.source === row.source),
    corroborating_sources: (row, n) => row.corroborating_sources === (inAlternatives(n) ? '' : cell(n.obj.corroboratingSources)),
  },
  'route-deaths': {
    breakdown: (row, n) => row.breakdown === ({ byRoute: 'route', byRegion: 'region', byRouteCause: 'route-cause' } as Record<string, string>)[n.parent?.key ?? ''],
    // Cause rows sum every year: no year, so no partial-year flag.
    partial_year: (row, _n, d) => row.partial_year === (row.year === '' ? '' : String(row.year === String(d.snapshotEnd).slice(0, 4))),
  },
  'route-incidents': {
    cause_iom: (row) => row.cause_iom === (row.cause === 'multiple' ? '' : CAUSE_LABELS_IOM[row.cause as keyof typeof CAUSE_LABELS_IOM]),
    incident_kind: (row, n) => row.incident_kind === ((n.obj.kind as string | undefined) ?? 'incident'),
  },
  'biometric-databases': {
    system: (row, n) => row.system === (chain(n).some((c) => c.key === 'ident') ? 'IDENT' : 'HART'),
    // A count's measures become one row each: measure and unit name the field the value came from.
    measure: (row, n) => row.measure === (MEASURES.includes(n.key) ? n.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) : ''),
    unit: (row, n) =>
      row.unit === (MEASURES.includes(n.key) ? n.key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`) : n.key === 'slips' ? 'months' : n.key === 'facts' && n.obj.amountUSD !== undefined ? 'US dollars' : ''),
    // Notes of the measure, the date and the count, joined.
    note: (row, n) => chain(n).slice(0, 2).flatMap((c) => [c.obj.note, c.obj.dateNote]).filter(Boolean).every((x) => row.note.includes(String(x))),
    text: (row, n) => row.text === (n.key === 'origin' ? `IDENT was built by ${n.obj.builtBy}.` : cell(n.obj.claim ?? n.obj.text ?? n.obj.risk)),
    id: (row, n) => row.id === (n.key === 'origin' ? 'ident-origin' : chain(n).map((c) => c.obj.id).find((x) => typeof x === 'string')),
    date: (row, n) => (n.key === 'origin' ? row.date === String(n.obj.year) : chain(n).some((c) => [c.obj.date, c.obj.asOf, c.obj.planned].includes(row.date) || (row.date === '' && c === n))),
    related_ids: (row, n) => row.related_ids === (n.key === 'slips' ? `${n.obj.from};${n.obj.to}` : cell(n.obj.nearest)),
  },
  'cbp-one': {
    id: (row, n) => row.id === (typeof n.obj.id === 'string' ? n.obj.id : n.key === 'geofence' ? 'geofence-radius' : chain(n).map((c) => c.obj.id).find(Boolean)),
    figure_ids: (row, n) => row.figure_ids === cell(n.obj.figures),
    unit: unitRule,
    // What the app collects is described in its note; the geofence's missing radius in radiusNote.
    text: (row, n) => row.text === cell(n.key === 'collects' ? n.obj.note : n.key === 'geofence' ? n.obj.radiusNote : n.obj.text),
  },
  agreements: {
    agencies: (row, n) => row.agencies === (n.key === 'records' ? (n.obj.agencies as Obj[]).map((a) => `${a.country}: ${a.name}`).join(';') : ''),
    unit: unitRule,
  },
  'surveillance-tools': { unit: unitRule, parent_id: parentIdRule },
  'el-salvador-exception': {
    // A unit exactly where there is a value.
    unit: (row) => (row.unit === '') === (row.value === ''),
    qualifier: (row, n) => row.qualifier === ((n.obj.qualifier as string | undefined) ?? (row.record_type === 'decree' || row.record_type === 'extensions-to-date' ? 'as-stated' : '')),
    id: (row, n) => row.id === (chain(n).some((c) => c.key === 'extensions') ? `extension-${chain(n).find((c) => c.key === 'extensions')!.obj.number}` : n.key === 'decree' || n.key === 'extensionsToDate' ? row.record_type : chain(n).map((c) => c.obj.id).find(Boolean)),
  },
};

/** The "missing" rows hold a string of an array, not an object: their text must be that string, in order. */
function missingRows(rows: DSVRowString[], data: Obj) {
  const missing = rows.filter((r) => r.record_type === 'missing');
  if (missing.length) expect(missing.map((r) => [r.id, r.text])).toEqual((data.missing as string[]).map((m, i) => [`missing-${i + 1}`, m]));
  return rows.filter((r) => r.record_type !== 'missing');
}

function explains(id: string, row: DSVRowString, n: Node, data: Obj, columns: string[]): string[] {
  const rules = { ...DERIVED['*'], ...DERIVED[id] };
  const wrong: string[] = [];
  const objs = chain(n).map((c) => c.obj);
  for (const col of columns) {
    const v = row[col] ?? '';
    const rule = rules[col];
    if (rule) {
      if (!rule(row, n, data)) wrong.push(col);
      continue;
    }
    const fields = fieldsOf(col);
    if (v === '') {
      // Empty only where the object has nothing under the column's own field.
      const own = cell(n.obj[fields[0]!]);
      if (own !== undefined && own !== '' && fields.length === 1) wrong.push(col);
      continue;
    }
    // The object's own field wins; only where it has none may the value come from an object holding it.
    const own = fields.map((f) => cell(n.obj[f])).filter((x) => x !== undefined && x !== '');
    if (own.length ? !own.includes(v) : !objs.some((o) => fields.some((f) => cell(o[f]) === v))) wrong.push(col);
  }
  return wrong;
}

const published = CATALOG.filter((d) => !d.withheld);

describe('every CSV cell against its JSON', () => {
  it.each(published.map((d) => [d.id, d] as const))('%s: every row is made from one JSON object, cell by cell', (id, d) => {
    const data = JSON.parse(datasetJson(d)) as Obj;
    const nodes: Node[] = [];
    walk(data, undefined, '', nodes);
    const columns = d.columns.map((c) => c.name);
    const parsed = csvParse(datasetCsv(d));
    expect(parsed.columns).toEqual(columns);
    expect(parsed.length).toBeGreaterThan(0);
    const rows = missingRows([...parsed], data);

    // Index: field=value → objects that own it.
    const index = new Map<string, Node[]>();
    for (const n of nodes) {
      for (const [k, v] of Object.entries(n.obj)) {
        const c = cell(v);
        if (c === undefined || c === '') continue;
        const key = `${k}=${c}`;
        const list = index.get(key);
        if (list) list.push(n);
        else index.set(key, [n]);
      }
    }

    const failures: string[] = [];
    rows.forEach((row, i) => {
      // Objects owning one of the row's cells, starting from the rarest; those they hold too.
      const lists = columns
        .filter((c) => row[c] !== '')
        .flatMap((c) => fieldsOf(c).map((f) => index.get(`${f}=${row[c]}`) ?? []))
        .filter((l) => l.length)
        .sort((a, b) => a.length - b.length);
      const tried = new Set<Node>();
      let best: string[] | undefined;
      for (const list of lists.slice(0, 3)) {
        for (const n of list.flatMap((m) => [m, ...descendants(m)])) {
          if (tried.has(n)) continue;
          tried.add(n);
          const wrong = explains(id, row, n, data, columns);
          if (!best || wrong.length < best.length) best = wrong;
          if (!wrong.length) return;
        }
      }
      failures.push(`${id}.csv row ${i + 1} (${row.record_type ?? ''} ${row.id ?? ''}): ${best ? `wrong cells ${best.map((c) => `${c}=${JSON.stringify(row[c])}`).join(', ')}` : 'no JSON object holds any of its cells'}`);
    });
    expect(failures).toEqual([]);
  }, 30_000);
});
