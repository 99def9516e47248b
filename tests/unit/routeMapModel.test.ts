import { describe, expect, it } from 'vitest';
import { binIncidents, cellValue, countryYearTable, legendValues, packCells, projectBins, shareInBox, topCells, unpackCells, dotScale, ROUTE_YEARS } from '../../src/lib/charts/routeMapModel';
import { projectionFor } from '../../src/lib/geo/projection';
import type { IncidentPoint } from '../../src/lib/data/routeDeathsSchema';

const inc = (id: number, lon: number, lat: number, year: number, deadMissing: number, extra: Partial<IncidentPoint> = {}): IncidentPoint => ({
  id: `${year}.MMP${String(id).padStart(5, '0')}`, lon, lat, year, deadMissing, cause: 'environment', country: 'USA', ...extra,
});

const INCIDENTS: IncidentPoint[] = [
  inc(1, -111.51, 31.61, 2014, 1),
  inc(2, -111.55, 31.65, 2014, 3), // same 0.2° cell as 1
  inc(3, -111.52, 31.62, 2021, 2), // same cell, another year
  inc(4, -92.26, 14.9, 2019, 5, { country: 'MEX' }),
  inc(5, -98.13, 27.25, 2021, 43, { kind: 'cumulative' }),
  inc(6, -95.5, 16.0, 2022, 1, { country: null, cause: 'drowning' }),
];

describe('binIncidents', () => {
  const bins = binIncidents(INCIDENTS, 0.2);

  it('groups incidents in the same cell and keeps one count per year', () => {
    const tucson = bins.find((b) => b.at[0] < -111)!;
    expect(tucson.incidents).toBe(3);
    expect(tucson.byYear).toEqual([4, 0, 0, 0, 0, 0, 0, 2, 0]);
  });

  it('places a cell at the mean of its incidents weighted by dead and missing', () => {
    const tucson = bins.find((b) => b.at[0] < -111)!;
    expect(tucson.at).toEqual([-111.53, 31.63]); // (−111.51·1 − 111.55·3 − 111.52·2) / 6
  });

  it('keeps cumulative records and flags their cell as approximate', () => {
    const brooks = bins.find((b) => b.at[0] === -98.13)!;
    expect(brooks.approx).toBe(true);
    expect(bins.filter((b) => b.approx)).toHaveLength(1);
  });

  it('loses nobody: the cells add up to every incident', () => {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(bins.map((b) => sum(b.byYear)))).toBe(sum(INCIDENTS.map((i) => i.deadMissing)));
  });

  it('sorts cells by total, largest first, deterministically', () => {
    expect(bins.map((b) => b.byYear.reduce((a, c) => a + c, 0))).toEqual([43, 6, 5, 1]);
    expect(binIncidents([...INCIDENTS].reverse(), 0.2)).toEqual(bins);
  });
});

describe('packCells / unpackCells', () => {
  it('round-trips projected cells through the compact string', () => {
    const cells = projectBins(binIncidents(INCIDENTS), projectionFor('route', { width: 960, height: 700 }));
    const packed = packCells(cells);
    expect(packed.split(';')).toHaveLength(cells.length);
    expect(unpackCells(packed)).toEqual(cells);
    expect(unpackCells('')).toEqual([]);
  });

  it('writes zero counts as empty fields', () => {
    const packed = packCells([{ x: 1.5, y: 2, lon: -111.5, lat: 31.6, country: 'USA', approx: false, byYear: [4, 0, 0, 0, 0, 0, 0, 2, 0] }]);
    expect(packed).toBe('1.5,2,-111.5,31.6,1,,4,,,,,,,2,');
  });
});

describe('cell values and areas', () => {
  const cells = projectBins(binIncidents(INCIDENTS), projectionFor('route', { width: 960, height: 700 }));

  it('reads a cell’s value for all years or one year', () => {
    const tucson = cells.find((c) => c.lon < -111)!;
    expect(cellValue(tucson, null)).toBe(6);
    expect(cellValue(tucson, 2014)).toBe(4);
    expect(cellValue(tucson, 2015)).toBe(0);
  });

  it('counts the dead and missing inside a box and on the whole map', () => {
    expect(shareInBox(cells, [[-118, 25.4], [-96.5, 34.5]])).toEqual({ inside: 49, all: 55 });
    expect(shareInBox(cells, [[-118, 25.4], [-96.5, 34.5]], 2021)).toEqual({ inside: 45, all: 45 });
  });

  it('lists the largest places in reading order, west to east, skipping empty ones', () => {
    expect(topCells(cells, null, 2).map((c) => c.lon)).toEqual([-111.5, -98.1]);
    expect(topCells(cells, 2019, 5).map((c) => c.country)).toEqual(['MEX']);
  });
});

describe('countryYearTable', () => {
  it('sums dead and missing by country and year, with incidents at sea in their own row', () => {
    const rows = countryYearTable(INCIDENTS);
    expect(rows.map((r) => [r.country, r.total])).toEqual([['USA', 49], ['MEX', 5], ['', 1]]);
    expect(rows[0]!.byYear[ROUTE_YEARS.indexOf(2021)]).toBe(45);
  });
});

describe('legendValues', () => {
  it.each([
    [180, [10, 50, 100]],
    [200, [20, 100, 200]],
    [60, [5, 20, 50]],
    [3, [1, 2]],
    [1, [1]],
  ])('chooses round sizes for a largest value of %s', (max, values) => {
    expect(legendValues(max)).toEqual(values);
  });
});

describe('dotScale', () => {
  it.each([
    [0, 1], // not measured yet
    [320, 1.8],
    [480, 1.8],
    [481, 1.35],
    [700, 1.35],
    [701, 1],
    [1280, 1],
  ])('a map %i px wide draws dots ×%d', (width, scale) => {
    expect(dotScale(width)).toBe(scale);
  });
});
