/**
 * Builds dataset 6, deaths and disappearances along the route, from the raw IOM
 * Missing Migrants Project incident export (never committed):
 *
 *   node scripts/build-route-deaths.ts [path/to/export.csv]
 *
 * Default input: ../shared/data/iom-mmp-americas-2014-2022-05.csv (facts.md §10).
 * A current export can be downloaded from missingmigrants.iom.int/downloads.
 * Writes:
 *   data/route-deaths.json     yearly totals by IOM migration route and by IOM region (every record)
 *   data/route-incidents.json  one point per incident with coordinates inside the route map's frame
 * Deterministic (sorted output, no dates of its own); prints what it read, kept and dropped, and why.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { csvParse, csvParseRows } from 'd3-dsv';
import { countries, countryAt, type RegionTopology } from '../src/lib/geo/topology.ts';
import { ROUTE_FRAME } from '../src/lib/geo/region.ts';
import { CAUSE_LABELS_IOM, RouteDeathsFile, RouteIncidentsFile, type CauseCategory, type IncidentPoint } from '../src/lib/data/routeDeathsSchema.ts';

const causeKey = new Map(Object.entries(CAUSE_LABELS_IOM).map(([k, v]) => [v, k as CauseCategory]));
/** IOM's labels, longest first, so that a label containing a comma is matched whole before any shorter one. */
const causeLabels = [...causeKey.keys()].sort((a, b) => b.length - a.length);

/**
 * The cause category of IOM's "Cause of Death" text. IOM's own labels are matched whole first: the
 * exposure label ("Harsh environmental conditions / lack of adequate shelter, food, water") contains
 * commas and is one cause. Only a text that is several IOM labels joined by commas is split; it is
 * "multiple" when those labels name different categories. Anything else throws, naming the text.
 */
export function cause(text: string): CauseCategory {
  const whole = causeKey.get(text.trim());
  if (whole) return whole;
  const found = new Set<CauseCategory>();
  let rest = text.trim();
  while (rest) {
    const label = causeLabels.find((l) => rest === l || rest.startsWith(`${l},`));
    if (!label) throw new Error(`unknown cause of death "${text}" (at "${rest}")`);
    found.add(causeKey.get(label)!);
    rest = rest.slice(label.length).replace(/^,\s*/, '');
  }
  if (found.size === 0) throw new Error(`empty cause of death "${text}"`);
  return found.size === 1 ? [...found][0]! : 'multiple';
}

/** The columns the build reads; an export without one of them is refused. */
export const REQUIRED_COLUMNS = ['Main ID', 'Incident Type', 'Region of Incident', 'Website Date', 'Incident year', 'Total Number of Dead and Missing', 'Cause of Death', 'Migration route', 'Coordinates'];

/**
 * Reads and checks a raw IOM export before anything is derived from it. Throws, naming the file
 * and the record, on: a missing or empty file, a missing column, a row cut short (a truncated file),
 * a year or a total that is not a whole number, a negative total, and a record count far below
 * the last run's (under 90 %, unless `allowShrink`): a partial download must not replace the data.
 */
export function readExport(input: string, lastRunRecords: number | null, allowShrink = false) {
  if (!existsSync(input)) throw new Error(`${input}: no such file; expected the path of an IOM Missing Migrants export (missingmigrants.iom.int/downloads)`);
  const text = readFileSync(input, 'utf8');
  if (!text.trim()) throw new Error(`${input}: the file is empty; expected an IOM Missing Migrants export with a header row and records`);
  const rows = csvParse(text);
  for (const column of REQUIRED_COLUMNS) if (!rows.columns.includes(column)) throw new Error(`${input}: header has no column "${column}"; expected IOM's columns (${REQUIRED_COLUMNS.join(', ')})`);
  if (rows.length === 0) throw new Error(`${input}: a header row and no records; expected at least one record`);
  // d3-dsv fills a short row's missing cells with "": count the fields of each raw row instead.
  const fields = csvParseRows(text).map((r) => r.length);
  rows.forEach((r, i) => {
    const where = `${input}: record ${i + 1} (Main ID ${JSON.stringify((r['Main ID'] ?? '').replace(/\uFEFF/g, '').trim())})`;
    if (fields[i + 1] !== rows.columns.length) throw new Error(`${where}: ${fields[i + 1]} fields; expected ${rows.columns.length}, one per column of the header (is the file truncated?)`);
    const year = r['Incident year']!;
    if (!/^\d{4}$/.test(year.trim())) throw new Error(`${where}, column "Incident year": received ${JSON.stringify(year)}; expected a four-digit year`);
    const total = r['Total Number of Dead and Missing']!;
    if (!/^-?\d+$/.test(total.trim())) throw new Error(`${where}, column "Total Number of Dead and Missing": received ${JSON.stringify(total)}; expected a whole number`);
    if (Number(total) < 0) throw new Error(`${where}, column "Total Number of Dead and Missing": received ${total}; expected a number of people, 0 or more`);
  });
  if (lastRunRecords && !allowShrink && rows.length < 0.9 * lastRunRecords) {
    throw new Error(`${input}: ${rows.length} records, far below the ${lastRunRecords} of the last run (data/route-deaths.json); expected at least 90 % of them. A cut-short download? Pass --allow-shrink if the export really is smaller.`);
  }
  return rows;
}

/** Records the last run read: the incidents summed over every route in data/route-deaths.json, or null. */
export function lastRunRecordCount(file = 'data/route-deaths.json'): number | null {
  if (!existsSync(file)) return null;
  const totals = JSON.parse(readFileSync(file, 'utf8')) as { byRoute?: { years: { incidents: number }[] }[] };
  return totals.byRoute?.reduce((n, g) => n + g.years.reduce((m, y) => m + y.incidents, 0), 0) ?? null;
}

/** Writes a file whole or not at all: to a temporary name first, then renamed over the old one. */
function writeAtomically(file: string, text: string) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function main() {
  const DEFAULT_INPUT = '../shared/data/iom-mmp-americas-2014-2022-05.csv';
  // A git worktree sits one level deeper than the main checkout; look there too.
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const input = args[0] ?? [DEFAULT_INPUT, `../${DEFAULT_INPUT}`].find((p) => existsSync(p)) ?? DEFAULT_INPUT;
  const SOURCE = 'iom-mmp-export';
  /** Routes that lie outside the map's frame: their incidents are totalled but not drawn. */
  const OFF_FRAME_ROUTES = new Set(['Darien Gap', 'Caribbean to US']);
  const NO_ROUTE = '(none recorded)';
  const BUDGET = { totals: 8 * 1024, incidents: 384 * 1024, incidentsGzip: 40 * 1024 };

  const rows = readExport(input, lastRunRecordCount(), process.argv.includes('--allow-shrink'));
  // One record of the 2022 export carries a stray byte-order mark in its id: strip it.
  let cleanedIds = 0;
  for (const r of rows) {
    const id = r['Main ID']!.replace(/\uFEFF/g, '').trim();
    if (id !== r['Main ID']) { r['Main ID'] = id; cleanedIds++; }
  }
  console.log(`read ${input}: ${rows.length} records, ${rows.columns.length} columns`);

  const kinds: Record<string, IncidentPoint['kind']> = { 'Cumulative Incident': 'cumulative', 'Split Incident': 'split' };
  const round2 = (v: number) => Math.round(v * 100) / 100;

  // ---- yearly totals (every record counts, with or without coordinates) ----
  type Acc = Map<string, Map<number, { incidents: number; deadMissing: number }>>;
  const byRoute: Acc = new Map();
  const byRegion: Acc = new Map();
  function add(acc: Acc, key: string, year: number, n: number) {
    const years = acc.get(key) ?? acc.set(key, new Map()).get(key)!;
    const y = years.get(year) ?? { incidents: 0, deadMissing: 0 };
    years.set(year, { incidents: y.incidents + 1, deadMissing: y.deadMissing + n });
  }
  let newest = '';
  const byRouteCause = new Map<string, Map<CauseCategory, { incidents: number; deadMissing: number }>>();
  for (const r of rows) {
    const year = Number(r['Incident year']);
    const n = Number(r['Total Number of Dead and Missing']);
    const route = r['Migration route'] || NO_ROUTE;
    add(byRoute, route, year, n);
    add(byRegion, r['Region of Incident'] || '(none recorded)', year, n);
    const causes = byRouteCause.get(route) ?? byRouteCause.set(route, new Map()).get(route)!;
    const k = cause(r['Cause of Death'] ?? '');
    const c = causes.get(k) ?? { incidents: 0, deadMissing: 0 };
    causes.set(k, { incidents: c.incidents + 1, deadMissing: c.deadMissing + n });
    if (r['Website Date']! > newest) newest = r['Website Date']!;
  }
  const toGroups = (acc: Acc) =>
    [...acc]
      .map(([key, years]) => ({ key, years: [...years].sort((a, b) => a[0] - b[0]).map(([year, v]) => ({ year, ...v })) }))
      .sort((a, b) => b.years.reduce((s, y) => s + y.deadMissing, 0) - a.years.reduce((s, y) => s + y.deadMissing, 0) || a.key.localeCompare(b.key));

  const totals = {
    title: 'Dead and missing migrants recorded by IOM in North and Central America, by year, route and region (2014 to May 2022)',
    source: SOURCE,
    snapshotEnd: newest,
    note: 'Sums of IOM Missing Migrants Project incident records in the export: recorded incidents only, minimum estimates, revised by IOM as records arrive; the last year is partial, up to snapshotEnd. The route key is IOM\u2019s "Migration route"; the region key is IOM\u2019s "Region of Incident".',
    byRoute: toGroups(byRoute),
    byRegion: toGroups(byRegion),
    // Same route order as byRoute; causes by dead and missing, then by name.
    byRouteCause: toGroups(byRoute).map(({ key }) => ({
      key,
      causes: [...byRouteCause.get(key)!].map(([c, v]) => ({ cause: c, ...v })).sort((a, b) => b.deadMissing - a.deadMissing || a.cause.localeCompare(b.cause)),
    })),
  };

  // ---- incident points ----
  const topo = JSON.parse(readFileSync('data/region-50m.json', 'utf8')) as RegionTopology;
  const shapes = countries(topo);
  const [[W, S], [E, N]] = ROUTE_FRAME;
  const dropped = new Map<string, { incidents: number; deadMissing: number }>();
  const drop = (reason: string, n: number) => {
    const d = dropped.get(reason) ?? { incidents: 0, deadMissing: 0 };
    dropped.set(reason, { incidents: d.incidents + 1, deadMissing: d.deadMissing + n });
  };
  const incidents: IncidentPoint[] = [];
  let atSea = 0;
  for (const r of rows) {
    const n = Number(r['Total Number of Dead and Missing']);
    const route = r['Migration route'] ?? '';
    const m = /^POINT \((-?[\d.]+) (-?[\d.]+)\)$/.exec(r.Coordinates ?? '');
    if (!m) { drop('no coordinates in the export', n); continue; }
    if (OFF_FRAME_ROUTES.has(route)) { drop(`route "${route}" lies outside the map's frame`, n); continue; }
    const lon = round2(Number(m[1]));
    const lat = round2(Number(m[2]));
    if (lon < W || lon > E || lat < S || lat > N) { drop('coordinates outside the map frame (Costa Rica to southern California)', n); continue; }
    if (n < 1) { drop('no dead or missing recorded', n); continue; }
    const country = countryAt(shapes, [lon, lat]) as IncidentPoint['country'];
    if (!country) atSea++;
    incidents.push({ id: r['Main ID']!, lon, lat, year: Number(r['Incident year']), deadMissing: n, cause: cause(r['Cause of Death'] ?? ''), country, ...(kinds[r['Incident Type']!] ? { kind: kinds[r['Incident Type']!] } : {}) });
  }
  incidents.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
  const points = {
    title: 'Incidents in which migrants died or went missing between Costa Rica and the U.S.–Mexico border, recorded by IOM (2014 to May 2022)',
    source: SOURCE,
    frame: ROUTE_FRAME,
    dropped: [...dropped].sort((a, b) => b[1].incidents - a[1].incidents).map(([reason, v]) => ({ reason, ...v })),
    incidents,
  };

  // Validate with the site's schemas before writing anything (the data tests add the cross-record checks).
  RouteDeathsFile.parse(totals);
  RouteIncidentsFile.parse(points);
  if (!readFileSync('data/sources.json', 'utf8').includes(`"id": "${SOURCE}"`)) throw new Error(`data/sources.json lacks ${SOURCE}`);

  const totalsText = `${JSON.stringify(totals, null, 1)}\n`;
  const pointsText = `{"title":${JSON.stringify(points.title)},"source":"${SOURCE}","frame":${JSON.stringify(points.frame)},"dropped":${JSON.stringify(points.dropped)},"incidents":[\n${incidents.map((p) => JSON.stringify(p)).join(',\n')}\n]}\n`;


  const sum = (xs: { deadMissing: number }[]) => xs.reduce((s, x) => s + x.deadMissing, 0);
  if (cleanedIds) console.log(`cleaned ${cleanedIds} id(s) of a stray byte-order mark`);
  console.log(`snapshot ends ${newest}; ${totals.byRoute.length} routes, ${totals.byRegion.length} regions`);
  for (const g of totals.byRoute) console.log(`  route ${g.key}: ${g.years.map((y) => `${y.year} ${y.deadMissing}`).join(', ')}`);
  for (const g of totals.byRouteCause) console.log(`  causes on ${g.key}: ${g.causes.map((c) => `${c.cause} ${c.deadMissing}`).join(', ')}`);
  console.log(`kept ${incidents.length} incidents (${sum(incidents)} dead and missing); ${atSea} at sea (no country within 0.25°)`);
  for (const d of points.dropped) console.log(`  dropped ${d.incidents} (${d.deadMissing} dead and missing): ${d.reason}`);
  const gz = gzipSync(pointsText).length;
  console.log(`data/route-deaths.json ${totalsText.length} bytes (budget ${BUDGET.totals}); data/route-incidents.json ${pointsText.length} bytes, ${gz} gzip (budget ${BUDGET.incidents} raw, ${BUDGET.incidentsGzip} gzip)`);
  if (totalsText.length > BUDGET.totals || pointsText.length > BUDGET.incidents || gz > BUDGET.incidentsGzip) throw new Error('over the size budget: nothing written');
  // Only now, with every check passed, replace the committed files (each whole or not at all).
  writeAtomically('data/route-deaths.json', totalsText);
  writeAtomically('data/route-incidents.json', pointsText);
}

// Run only as a script (`npm run data:route`), not when a test imports cause().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    console.error(`data:route: ${(error as Error).message}`);
    console.error('data:route: nothing was written.');
    process.exit(1);
  }
}
