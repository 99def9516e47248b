import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadRegionTopology, loadRouteDeaths, loadRouteIncidents } from '../../src/lib/data/loadRouteDeaths';
import { countries } from '../../src/lib/geo/topology';
import { routeMapProps } from '../../src/lib/charts/routeMapProps';
import { unpackCells } from '../../src/lib/charts/routeMapModel';

describe('data/route-deaths.json', () => {
  const totals = loadRouteDeaths();

  it('parses, cites the IOM export, and its source resolves (the loader enforces both)', () => {
    expect(totals.source).toBe('iom-mmp-export');
  });

  it('matches facts.md §10: IOM route "US-Mexico border crossing" by year, 2014–2022 (2022 partial)', () => {
    const route = totals.byRoute.find((r) => r.key === 'US-Mexico border crossing')!;
    expect(Object.fromEntries(route.years.map((y) => [y.year, y.deadMissing]))).toEqual({
      2014: 304, 2015: 347, 2016: 412, 2017: 414, 2018: 448, 2019: 524, 2020: 475, 2021: 728, 2022: 99,
    });
  });

  it('counts every record of the export once by route and once by region (3,308 incidents, facts.md §10)', () => {
    const count = (groups: typeof totals.byRoute) => groups.flatMap((g) => g.years).reduce((s, y) => s + y.incidents, 0);
    const people = (groups: typeof totals.byRoute) => groups.flatMap((g) => g.years).reduce((s, y) => s + y.deadMissing, 0);
    expect(count(totals.byRoute)).toBe(3308);
    expect(count(totals.byRegion)).toBe(3308);
    expect(people(totals.byRoute)).toBe(people(totals.byRegion));
  });

  it('says the last year is partial, ending on 6 May 2022, the date the source record gives too', () => {
    expect(totals.snapshotEnd).toBe('2022-05-06');
    const source = totals.sources.find((s) => s.id === totals.source)!;
    expect(source.date).toBe(totals.snapshotEnd);
    expect(JSON.stringify(source)).not.toMatch(/newest record is dated 2022-05-08/);
  });

  it('stays within its size budget of 8 KB', () => {
    expect(readFileSync('data/route-deaths.json').length).toBeLessThanOrEqual(8 * 1024);
  });
});

describe('data/route-incidents.json', () => {
  const points = loadRouteIncidents();
  const totals = loadRouteDeaths();

  it('parses, every id is unique and every point lies inside the stated frame (the loader enforces these)', () => {
    expect(points.incidents.length).toBeGreaterThan(3000);
  });

  it('accounts for every record: kept plus dropped equals the export, in incidents and in people', () => {
    const all = totals.byRoute.flatMap((g) => g.years);
    const kept = points.incidents.length + points.dropped.reduce((s, d) => s + d.incidents, 0);
    const keptPeople = points.incidents.reduce((s, p) => s + p.deadMissing, 0) + points.dropped.reduce((s, d) => s + d.deadMissing, 0);
    expect(kept).toBe(all.reduce((s, y) => s + y.incidents, 0));
    expect(keptPeople).toBe(all.reduce((s, y) => s + y.deadMissing, 0));
  });

  it('joins every country code to a geometry id in data/region-50m.json', () => {
    const ids = new Set(countries(loadRegionTopology()).map((f) => f.id));
    for (const p of points.incidents) if (p.country) expect(ids.has(p.country), p.id).toBe(true);
  });

  it('places most incidents in the United States and Mexico, and very few at sea', () => {
    const by = (c: string | null) => points.incidents.filter((p) => p.country === c).length;
    expect(by('USA') + by('MEX')).toBeGreaterThan(points.incidents.length * 0.8);
    expect(by(null)).toBeLessThan(20);
  });

  it('rounds coordinates to at most 2 decimals and keeps the incidents sorted by year then id', () => {
    for (const p of points.incidents) {
      expect(Math.round(p.lon * 100) / 100).toBe(p.lon);
      expect(Math.round(p.lat * 100) / 100).toBe(p.lat);
    }
    const keys = points.incidents.map((p) => `${p.year} ${p.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('stays within its size budget: 384 KB raw, 40 KB gzip', () => {
    const buf = readFileSync('data/route-incidents.json');
    expect(buf.length).toBeLessThanOrEqual(384 * 1024);
    expect(gzipSync(buf).length).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('the route map’s island data', () => {
  const { incidents } = loadRouteIncidents();
  const props = routeMapProps(incidents, loadRegionTopology());

  it('draws every kept incident: the cells add up to the dead and missing in data/route-incidents.json', () => {
    const cells = unpackCells(props.cells);
    const drawn = cells.reduce((s, c) => s + c.byYear.reduce((a, b) => a + b, 0), 0);
    expect(drawn).toBe(incidents.reduce((s, p) => s + p.deadMissing, 0));
  });

  it('keeps the island’s data within its share of the 25 KB budget: packed cells ≤ 10 KB gzip', () => {
    expect(gzipSync(props.cells).length).toBeLessThanOrEqual(10 * 1024);
  });
});
