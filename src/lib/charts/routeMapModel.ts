/**
 * The route map's data model: incidents binned into small grid cells, projected
 * once at build time and packed into a compact string for the island. Pure.
 */
import type { GeoProjection } from 'd3-geo';
import type { IncidentPoint } from '../data/routeDeathsSchema';
import type { GeoBox } from '../geo/region';

/** Years the IOM snapshot covers; the last is partial (to May 2022). */
export const ROUTE_YEARS = [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022] as const;
export const PARTIAL_YEAR = 2022;
/** Countries a cell can fall in; index into this array in the packed form. '' is at sea. */
export const CELL_COUNTRIES = ['', 'USA', 'MEX', 'GTM', 'HND', 'SLV', 'BLZ', 'NIC', 'CRI', 'PAN', 'CUB'] as const;

/** Incidents in one grid cell. */
export interface Bin {
  /** Mean position of the cell's incidents, weighted by dead and missing: [lon, lat], 2 decimals. */
  at: [number, number];
  /** Country of the incident with the most dead and missing in the cell (ties: first by id); '' at sea. */
  country: string;
  /** Dead and missing by year, aligned with ROUTE_YEARS. */
  byYear: number[];
  /** Number of incidents. */
  incidents: number;
  /** True when the cell holds a cumulative record: a total IOM placed at an approximate spot (a county, a state). */
  approx: boolean;
}

/** A cell placed on the map. */
export interface MapCell {
  /** Position in viewBox units, 1 decimal. */
  x: number;
  y: number;
  /** Mean position in degrees, 1 decimal (about 10 km): for the tooltip and for testing which area a cell is in. */
  lon: number;
  lat: number;
  country: string;
  byYear: number[];
  /** Holds a cumulative record placed approximately. */
  approx: boolean;
}

const r2 = (v: number) => Math.round(v * 100) / 100;
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Bins incidents into cells of `cellDeg` degrees. Cumulative records (several
 * deaths IOM filed together, placed at a county's or region's centre) are kept,
 * and flag their cell as approximate. Deterministic: cells come out sorted by
 * total, then position.
 */
export function binIncidents(incidents: readonly IncidentPoint[], cellDeg = 0.2): Bin[] {
  const cells = new Map<string, { sx: number; sy: number; w: number; byYear: number[]; incidents: number; top: IncidentPoint; approx: boolean }>();
  for (const p of incidents) {
    const yi = ROUTE_YEARS.indexOf(p.year as (typeof ROUTE_YEARS)[number]);
    if (yi < 0) continue;
    const key = `${Math.floor(p.lon / cellDeg)} ${Math.floor(p.lat / cellDeg)}`;
    let c = cells.get(key);
    if (!c) cells.set(key, (c = { sx: 0, sy: 0, w: 0, byYear: ROUTE_YEARS.map(() => 0), incidents: 0, top: p, approx: false }));
    c.sx += p.lon * p.deadMissing;
    c.sy += p.lat * p.deadMissing;
    c.w += p.deadMissing;
    c.byYear[yi]! += p.deadMissing;
    c.incidents += 1;
    if (p.kind === 'cumulative') c.approx = true;
    if (p.deadMissing > c.top.deadMissing || (p.deadMissing === c.top.deadMissing && p.id < c.top.id)) c.top = p;
  }
  return [...cells.values()]
    .map((c) => ({ at: [r2(c.sx / c.w), r2(c.sy / c.w)] as [number, number], country: c.top.country ?? '', byYear: c.byYear, incidents: c.incidents, approx: c.approx }))
    .sort((a, b) => total(b.byYear) - total(a.byYear) || a.at[0] - b.at[0] || a.at[1] - b.at[1]);
}

export const total = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/** Places bins on the map with `projection`; bins it cannot place are dropped. */
export function projectBins(bins: readonly Bin[], projection: GeoProjection): MapCell[] {
  const out: MapCell[] = [];
  for (const b of bins) {
    const xy = projection(b.at);
    if (xy) out.push({ x: r1(xy[0]), y: r1(xy[1]), lon: r1(b.at[0]), lat: r1(b.at[1]), country: b.country, byYear: b.byYear, approx: b.approx });
  }
  return out;
}

/**
 * Packs cells into one short string for the island's props:
 * `x,y,lon,lat,countryIndex,approx,n2014,...,n2022` per cell (approx 1 or empty),
 * cells joined by ';', zero counts left empty. (Astro wraps every value of an object prop; one string keeps
 * the HTML small.)
 */
export function packCells(cells: readonly MapCell[]): string {
  return cells
    .map((c) => [c.x, c.y, c.lon, c.lat, CELL_COUNTRIES.indexOf(c.country as (typeof CELL_COUNTRIES)[number]), c.approx ? 1 : '', ...c.byYear.map((n) => n || '')].join(','))
    .join(';');
}

/** The inverse of packCells. */
export function unpackCells(packed: string): MapCell[] {
  if (!packed) return [];
  return packed.split(';').map((row) => {
    const v = row.split(',');
    return {
      x: Number(v[0]),
      y: Number(v[1]),
      lon: Number(v[2]),
      lat: Number(v[3]),
      country: CELL_COUNTRIES[Number(v[4])] ?? '',
      approx: v[5] === '1',
      byYear: v.slice(6).map((n) => Number(n || 0)),
    };
  });
}

/** A cell's dead and missing: all years, or one year. */
export function cellValue(cell: Pick<MapCell, 'byYear'>, year: number | null): number {
  if (year === null) return total(cell.byYear);
  return cell.byYear[ROUTE_YEARS.indexOf(year as (typeof ROUTE_YEARS)[number])] ?? 0;
}

export function inBox(lon: number, lat: number, box: GeoBox): boolean {
  return lon >= box[0][0] && lon <= box[1][0] && lat >= box[0][1] && lat <= box[1][1];
}

/** Dead and missing on the map, and within `box`, for a year or all years. */
export function shareInBox(cells: readonly MapCell[], box: GeoBox, year: number | null = null): { inside: number; all: number } {
  let inside = 0;
  let all = 0;
  for (const c of cells) {
    const v = cellValue(c, year);
    all += v;
    if (inBox(c.lon, c.lat, box)) inside += v;
  }
  return { inside, all };
}

/** The `count` cells with the most dead and missing (for `year`, or all years), in reading order west → east. */
export function topCells(cells: readonly MapCell[], year: number | null, count: number, box?: GeoBox): MapCell[] {
  return cells
    .filter((c) => cellValue(c, year) > 0 && (!box || inBox(c.lon, c.lat, box)))
    .sort((a, b) => cellValue(b, year) - cellValue(a, year) || a.lon - b.lon)
    .slice(0, count)
    .sort((a, b) => a.lon - b.lon || b.lat - a.lat);
}

/** Dead and missing by country and year, every incident with a place (cumulative records included). */
export interface CountryYearRow {
  /** ISO alpha-3, or '' for incidents at sea. */
  country: string;
  byYear: number[];
  total: number;
  incidents: number;
}

export function countryYearTable(incidents: readonly IncidentPoint[]): CountryYearRow[] {
  const rows = new Map<string, CountryYearRow>();
  for (const p of incidents) {
    const key = p.country ?? '';
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { country: key, byYear: ROUTE_YEARS.map(() => 0), total: 0, incidents: 0 }));
    const yi = ROUTE_YEARS.indexOf(p.year as (typeof ROUTE_YEARS)[number]);
    if (yi < 0) continue;
    r.byYear[yi]! += p.deadMissing;
    r.total += p.deadMissing;
    r.incidents += 1;
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.country.localeCompare(b.country));
}

/** Size legend values: up to three round numbers, the largest not above `max` (e.g. 10, 50, 100 for 180). */
export function legendValues(max: number): number[] {
  const nice = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
  const top = [...nice].reverse().find((n) => n <= max) ?? 1;
  return [...new Set([nice.find((n) => n >= top / 10) ?? 1, nice.find((n) => n >= top / 3) ?? 1, top])];
}

/**
 * How much bigger dots are drawn on a narrow map, so the smallest stay visible: by the
 * map's width in CSS px. The same breakpoints are container queries in RouteMap's styles
 * (which size the server-rendered dots and the key); keep the two in step.
 */
export const DOT_SCALE_BREAKPOINTS = [
  { maxWidth: 480, scale: 1.8 },
  { maxWidth: 700, scale: 1.35 },
] as const;

export function dotScale(mapWidth: number): number {
  for (const b of DOT_SCALE_BREAKPOINTS) if (mapWidth > 0 && mapWidth <= b.maxWidth) return b.scale;
  return 1;
}
