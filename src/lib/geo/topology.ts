/**
 * Topology helpers: TopoJSON → GeoJSON features and borders. Pure: no DOM.
 */
import { feature, mesh } from 'topojson-client';
import { geoContains } from 'd3-geo';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export interface CountryProps {
  name: string;
}
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProps> & { id: string };
export type RegionTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

/** The countries of a region topology as GeoJSON features, sorted by id. */
export function countries(topology: RegionTopology): CountryFeature[] {
  const fc = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProps>;
  return (fc.features as CountryFeature[]).slice().sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Land borders shared by two countries (drawn once, not twice). */
export function borders(topology: RegionTopology): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a !== b);
}

/** Coastlines and outer edges (arcs used by only one country). */
export function coasts(topology: RegionTopology): MultiLineString {
  return mesh(topology, topology.objects.countries, (a, b) => a === b);
}

/**
 * The id of the country containing [lon, lat], or, when none contains it (points on
 * the coast or the Rio Grande fall a few hundred metres off simplified outlines),
 * the nearest within `toleranceDeg` degrees; null when none.
 */
export function countryAt(features: readonly CountryFeature[], lonLat: [number, number], toleranceDeg = 0.25): string | null {
  for (const f of features) if (geoContains(f, lonLat)) return f.id;
  const step = toleranceDeg / 2;
  for (const r of [step, toleranceDeg]) {
    for (const [dx, dy] of [[r, 0], [-r, 0], [0, r], [0, -r], [r, r], [-r, -r], [r, -r], [-r, r]] as const) {
      const p: [number, number] = [lonLat[0] + dx, lonLat[1] + dy];
      for (const f of features) if (geoContains(f, p)) return f.id;
    }
  }
  return null;
}
