/**
 * The map region of the route (facts.md §12). Plain constants with no imports so
 * that scripts/build-topology.ts can share them.
 */

/** ISO 3166-1 alpha-3 ids of the countries in data/region-50m.json, with English names. */
export const REGION_COUNTRIES = {
  USA: 'United States',
  MEX: 'Mexico',
  GTM: 'Guatemala',
  HND: 'Honduras',
  SLV: 'El Salvador',
  BLZ: 'Belize',
  NIC: 'Nicaragua',
  CRI: 'Costa Rica',
  PAN: 'Panama',
  CUB: 'Cuba',
} as const;

export type RegionId = keyof typeof REGION_COUNTRIES;

export const REGION_IDS = Object.keys(REGION_COUNTRIES).sort() as RegionId[];

/** A geographic box: [[west, south], [east, north]] in degrees. */
export type GeoBox = readonly [readonly [number, number], readonly [number, number]];

/** Polygons whose bounding box does not touch this frame are dropped from the topology. */
export const REGION_FRAME: GeoBox = [[-126, 5], [-60, 50]];

/**
 * The frame of the route map: Central America, Mexico and the U.S.–Mexico border,
 * from Costa Rica to southern California. Incident points outside it are dropped
 * (the Darién Gap and the Caribbean lie beyond its east edge).
 */
export const ROUTE_FRAME: GeoBox = [[-118, 7.5], [-80, 34.5]];
