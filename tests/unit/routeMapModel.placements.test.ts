import { describe, expect, it } from 'vitest';
import type { GeoProjection } from 'd3-geo';
import {
  binIncidents, cellValue, countryYearTable, inBox, legendValues, packCells, projectBins, shareInBox, topCells, total, unpackCells, type MapCell,
} from '../../src/lib/charts/routeMapModel';
import type { IncidentPoint } from '../../src/lib/data/routeDeathsSchema';
import type { GeoBox } from '../../src/lib/geo/region';

/**
 * What the route map's model computes, each value worked out by hand. Everything is computed
 * inside the tests (a value computed in a describe body is reached by no test in Stryker's
 * per-test coverage).
 */
const inc = (id: number, lon: number, lat: number, deadMissing: number, extra: Partial<IncidentPoint> = {}): IncidentPoint => ({
  id: `2019.MMP${String(id).padStart(5, '0')}`, lon, lat, year: 2019, deadMissing, cause: 'environment', country: 'MEX', ...extra,
});
const cell = (lon: number, lat: number, byYear: number[], extra: Partial<MapCell> = {}): MapCell => ({ x: 0, y: 0, lon, lat, country: 'MEX', byYear, approx: false, ...extra });
const year = (i: number, n: number) => Array.from({ length: 9 }, (_, j) => (j === i ? n : 0));

describe('binIncidents', () => {
  it('counts each year in its own slot, 2014 and the partial 2022 included', () => {
    const [b] = binIncidents([inc(1, -100.01, 20.01, 2, { year: 2014 }), inc(2, -100.02, 20.02, 3, { year: 2022 }), inc(3, -100.03, 20.03, 4, { year: 2013 })]);
    expect(b!.byYear).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(b!.incidents).toBe(2);
    expect(b!.at).toEqual([-100.02, 20.02]); // (−100.01·2 − 100.02·3) / 5 = −100.016
  });

  it('keeps incidents a cell apart in latitude (or longitude) in two cells, and one cell’s in one', () => {
    expect(binIncidents([inc(1, -100.01, 20.01, 1), inc(2, -100.01, 20.21, 1)], 0.2).map((b) => b.at)).toEqual([[-100.01, 20.01], [-100.01, 20.21]]);
    expect(binIncidents([inc(1, -100.01, 20.01, 1), inc(2, -100.21, 20.01, 1)], 0.2).map((b) => b.at)).toEqual([[-100.21, 20.01], [-100.01, 20.01]]);
    expect(binIncidents([inc(1, -100.01, 20.01, 1), inc(2, -100.19, 20.19, 1)], 0.2)).toHaveLength(1);
    // Cells of one degree hold what 0.2° cells split.
    expect(binIncidents([inc(1, -100.01, 20.01, 1), inc(2, -100.21, 20.41, 3)], 1)).toEqual([
      { at: [-100.16, 20.31], country: 'MEX', byYear: year(5, 4), incidents: 2, approx: false },
    ]);
  });

  it('weighs the mean position by dead and missing in both coordinates', () => {
    const [b] = binIncidents([inc(1, -100.01, 20.19, 3), inc(2, -100.12, 20.08, 1)], 0.2);
    // (−100.01·3 − 100.12) / 4 = −100.0375, (20.19·3 + 20.08) / 4 = 20.1625; a plain mean gives (−100.07, 20.14).
    expect(b!.at).toEqual([-100.04, 20.16]);
  });

  it('flags a cell approximate when any of its incidents is a cumulative record', () => {
    const bins = binIncidents([inc(1, -100.01, 20.01, 1, { kind: 'cumulative' }), inc(2, -100.03, 20.03, 1), inc(3, -90.01, 15.01, 1)], 0.2);
    expect(bins.map((b) => [b.at[0], b.approx])).toEqual([[-100.02, true], [-90.01, false]]);
    const later = binIncidents([inc(2, -100.02, 20.02, 1), inc(1, -100.01, 20.01, 1, { kind: 'cumulative' })], 0.2);
    expect(later[0]!.approx).toBe(true);
  });

  it('takes the country of the cell’s largest incident, the lower id on a tie, whichever comes first', () => {
    const country = (ps: IncidentPoint[]) => binIncidents(ps, 0.2)[0]!.country;
    expect(country([inc(1, -100.01, 20.01, 3, { country: 'GTM' }), inc(2, -100.02, 20.02, 3)])).toBe('GTM');
    expect(country([inc(2, -100.02, 20.02, 3), inc(1, -100.01, 20.01, 3, { country: 'GTM' })])).toBe('GTM');
    expect(country([inc(1, -100.01, 20.01, 3, { country: 'GTM' }), inc(2, -100.02, 20.02, 4)])).toBe('MEX');
    expect(country([inc(2, -100.02, 20.02, 4), inc(1, -100.01, 20.01, 3, { country: 'GTM' })])).toBe('MEX');
    expect(country([inc(1, -100.01, 20.01, 5, { country: 'GTM' }), inc(2, -100.02, 20.02, 4)])).toBe('GTM');
    expect(country([inc(1, -100.01, 20.01, 5, { country: null })])).toBe('');
  });

  it('sorts by total, then west to east, then south to north', () => {
    const bins = binIncidents([
      inc(1, -99.9, 20.1, 2), // cell total 2, east
      inc(2, -100.1, 20.5, 2), // total 2, west, north
      inc(3, -100.1, 20.1, 2), // total 2, west, south
      inc(4, -80.1, 10.1, 5), // total 5
    ]);
    expect(bins.map((b) => b.at)).toEqual([[-80.1, 10.1], [-100.1, 20.1], [-100.1, 20.5], [-99.9, 20.1]]);
  });
});

describe('total', () => {
  it('adds a row', () => {
    expect(total([1, 2, 3.5])).toBe(6.5);
    expect(total([])).toBe(0);
  });
});

describe('projectBins', () => {
  // A stand-in projection: east of 0° it cannot place a point.
  const projection = ((p: [number, number]) => (p[0] > 0 ? null : [p[0] * -2.04, p[1] * 3.01])) as unknown as GeoProjection;

  it('places each bin in viewBox units and degrees to one decimal, and drops what the projection cannot place', () => {
    const bins = [
      { at: [-100.17, 20.17] as [number, number], country: 'MEX', byYear: year(5, 3), incidents: 2, approx: true },
      { at: [10, 20] as [number, number], country: 'CUB', byYear: year(5, 1), incidents: 1, approx: false },
      { at: [-90.04, 14.96] as [number, number], country: 'GTM', byYear: year(0, 1), incidents: 1, approx: false },
    ];
    expect(projectBins(bins, projection)).toEqual([
      { x: 204.3, y: 60.7, lon: -100.2, lat: 20.2, country: 'MEX', byYear: year(5, 3), approx: true },
      { x: 183.7, y: 45, lon: -90, lat: 15, country: 'GTM', byYear: year(0, 1), approx: false },
    ]);
  });
});

describe('packCells / unpackCells', () => {
  it('writes each cell’s fields in order, the country as its index, approx as 1', () => {
    const cells = [
      cell(-80.1, 22.3, year(8, 7), { x: 10.5, y: 20, country: 'CUB', approx: true }),
      cell(-100, 20, year(0, 1), { x: 1, y: 2, country: '' }),
    ];
    expect(packCells(cells)).toBe('10.5,20,-80.1,22.3,10,1,,,,,,,,,7;1,2,-100,20,0,,1,,,,,,,,');
    expect(unpackCells(packCells(cells))).toEqual(cells);
  });

  it('reads an unknown country index as at sea and empty counts as 0', () => {
    expect(unpackCells('1,2,3,4,99,,5,,')).toEqual([{ x: 1, y: 2, lon: 3, lat: 4, country: '', approx: false, byYear: [5, 0, 0] }]);
    expect(unpackCells('1,2,3,4,2,1,0')).toEqual([{ x: 1, y: 2, lon: 3, lat: 4, country: 'MEX', approx: true, byYear: [0] }]);
    expect(unpackCells('')).toEqual([]);
  });
});

describe('cellValue, inBox and shareInBox', () => {
  it('reads all years, one year, and 0 for a year the map does not have', () => {
    const c = cell(0, 0, [1, 2, 0, 0, 0, 0, 0, 0, 9]);
    expect(cellValue(c, null)).toBe(12);
    expect(cellValue(c, 2014)).toBe(1);
    expect(cellValue(c, 2022)).toBe(9);
    expect(cellValue(c, 2013)).toBe(0);
    expect(cellValue(c, 2023)).toBe(0);
  });

  it('counts a point on the box’s edges as inside', () => {
    const box: GeoBox = [[-10, 5], [10, 15]];
    expect([inBox(-10, 5, box), inBox(10, 15, box), inBox(-10, 15, box), inBox(10, 5, box), inBox(0, 10, box)]).toEqual([true, true, true, true, true]);
    expect([inBox(-10.01, 10, box), inBox(10.01, 10, box), inBox(0, 4.99, box), inBox(0, 15.01, box)]).toEqual([false, false, false, false]);
  });

  it('sums the dead and missing inside a box and everywhere, for all years or one', () => {
    const box: GeoBox = [[-10, 5], [10, 15]];
    const cells = [cell(0, 10, year(0, 3)), cell(-10, 5, year(1, 4)), cell(20, 10, year(0, 5)), cell(0, 20, [1, 1, 0, 0, 0, 0, 0, 0, 0])];
    expect(shareInBox(cells, box)).toEqual({ inside: 7, all: 14 });
    expect(shareInBox(cells, box, 2014)).toEqual({ inside: 3, all: 9 });
    expect(shareInBox(cells, box, 2015)).toEqual({ inside: 4, all: 5 });
    expect(shareInBox([], box)).toEqual({ inside: 0, all: 0 });
  });
});

describe('topCells', () => {
  const cells = () => [
    cell(-100, 20, year(0, 5)),
    cell(-90, 15, year(0, 7)),
    cell(-110, 30, year(0, 5)),
    cell(-95, 18, year(1, 9)),
    cell(-90, 16, year(0, 2)),
    cell(-120, 32, year(0, 0)),
  ];

  it('takes the largest, the western on a tie, and lists them west to east', () => {
    expect(topCells(cells(), 2014, 2).map((c) => c.lon)).toEqual([-110, -90]); // 7, then 5 and 5: −110 before −100
    expect(topCells(cells(), 2014, 3).map((c) => c.lon)).toEqual([-110, -100, -90]);
    expect(topCells(cells(), null, 1).map((c) => c.lon)).toEqual([-95]);
  });

  it('puts the northern first at one longitude, and leaves out empty cells', () => {
    expect(topCells(cells(), 2014, 10).map((c) => [c.lon, c.lat])).toEqual([[-110, 30], [-100, 20], [-90, 16], [-90, 15]]);
    expect(topCells(cells(), 2016, 10)).toEqual([]);
  });

  it('keeps to a box when given one', () => {
    expect(topCells(cells(), 2014, 10, [[-100, 15], [-90, 20]]).map((c) => c.lat)).toEqual([20, 16, 15]);
    expect(topCells(cells(), null, 10, [[-96, 17], [-94, 19]]).map((c) => c.lon)).toEqual([-95]);
  });
});

describe('countryYearTable', () => {
  it('sums by country and year, largest first, ties in alphabetical order, at sea as ""', () => {
    const rows = countryYearTable([
      inc(1, 0, 0, 4, { country: 'USA', year: 2014 }),
      inc(2, 0, 0, 2, { country: 'GTM', year: 2022 }),
      inc(3, 0, 0, 2, { country: 'GTM', year: 2022 }),
      inc(4, 0, 0, 4, { country: 'HND' }),
      inc(5, 0, 0, 1, { country: null }),
      inc(6, 0, 0, 50, { country: 'USA', year: 2013 }),
    ]);
    expect(rows.map((r) => [r.country, r.total, r.incidents])).toEqual([['GTM', 4, 2], ['HND', 4, 1], ['USA', 4, 1], ['', 1, 1]]);
    expect(rows[0]!.byYear).toEqual(year(8, 4));
    expect(rows[2]!.byYear).toEqual(year(0, 4));
    expect(rows[3]!.byYear).toEqual(year(5, 1));
  });
});

describe('legendValues', () => {
  it.each([
    [0, [1]],
    [0.5, [1]],
    [1000, [100, 500, 1000]],
    [5000, [100, 500, 1000]],
    [999, [50, 200, 500]],
    [100, [10, 50, 100]],
    [99, [5, 20, 50]],
    [20, [2, 10, 20]],
    [10, [1, 5, 10]],
    [2, [1, 2]],
  ])('for a largest value of %s: %j', (max, values) => {
    expect(legendValues(max)).toEqual(values);
  });
});

describe('topCells on a tie', () => {
  it('takes the western of two equal cells whichever comes first in the list', () => {
    const west = cell(-110, 30, year(0, 5)), east = cell(-100, 20, year(0, 5)), top = cell(-90, 15, year(0, 7));
    expect(topCells([west, east, top], 2014, 2).map((c) => c.lon)).toEqual([-110, -90]);
    expect(topCells([east, west, top], 2014, 2).map((c) => c.lon)).toEqual([-110, -90]);
    expect(topCells([top, west, east], 2014, 2).map((c) => c.lon)).toEqual([-110, -90]);
    expect(topCells([top, east, west], 2014, 2).map((c) => c.lon)).toEqual([-110, -90]);
  });
});
