import { RouteDeathsFile, RouteIncidentsFile, type YearTotal } from './routeDeathsSchema';
import { assertUnique, parseWith } from './validate';
import { DatasetError, describeRecord, show } from './errors';

export const ROUTE_DEATHS_FILE = 'data/route-deaths.json';
export const ROUTE_INCIDENTS_FILE = 'data/route-incidents.json';

function assertYearsAscending(file: string, collection: string, groups: readonly { key: string; years: readonly YearTotal[] }[]) {
  groups.forEach((g, i) => {
    g.years.forEach((y, j) => {
      if (j > 0 && y.year <= g.years[j - 1]!.year) {
        throw new DatasetError(file, describeRecord(i, g, collection), `years.${j}.year`, show(y.year), `a year after ${g.years[j - 1]!.year} (ascending, no duplicates)`);
      }
    });
  });
}

/** Validates the yearly totals: schema, unique route/region keys, ascending years, resolvable source. */
export function parseRouteDeaths(data: unknown, sourceIds: ReadonlySet<string>, file = ROUTE_DEATHS_FILE): RouteDeathsFile {
  const parsed = parseWith(file, data, RouteDeathsFile);
  assertUnique(file, parsed.byRoute, (r) => r.key, 'key', 'byRoute');
  assertUnique(file, parsed.byRegion, (r) => r.key, 'key', 'byRegion');
  assertYearsAscending(file, 'byRoute', parsed.byRoute);
  assertYearsAscending(file, 'byRegion', parsed.byRegion);
  assertSource(file, parsed.source, sourceIds);
  return parsed;
}

function assertSource(file: string, id: string, known: ReadonlySet<string>) {
  if (!known.has(id)) throw new DatasetError(file, 'the file', 'source', show(id), 'the id of a source in data/sources.json');
}

/** Validates the incident points: schema, unique ids, resolvable source, every point inside the stated frame. */
export function parseRouteIncidents(data: unknown, sourceIds: ReadonlySet<string>, file = ROUTE_INCIDENTS_FILE): RouteIncidentsFile {
  const parsed = parseWith(file, data, RouteIncidentsFile);
  assertUnique(file, parsed.incidents, (r) => r.id, 'id', 'incident');
  assertSource(file, parsed.source, sourceIds);
  const [[w, s], [e, n]] = parsed.frame;
  parsed.incidents.forEach((p, i) => {
    if (p.lon < w || p.lon > e) throw new DatasetError(file, describeRecord(i, p, 'incident'), 'lon', show(p.lon), `a longitude inside the frame (${w}…${e})`);
    if (p.lat < s || p.lat > n) throw new DatasetError(file, describeRecord(i, p, 'incident'), 'lat', show(p.lat), `a latitude inside the frame (${s}…${n})`);
  });
  return parsed;
}
