/**
 * SVG path data for a map, computed at build time so the browser needs neither
 * d3-geo nor the topology. Pure.
 */
import { geoPath, type GeoProjection } from 'd3-geo';
import { borders, countries, type RegionTopology } from './topology';
import type { ViewBox } from './projection';

export interface MapShapes {
  /** One path per country, by ISO alpha-3 id. */
  countries: { id: string; d: string }[];
  /** Land borders, drawn once. */
  borders: string;
}

/** Country outlines and borders, clipped a little beyond the viewBox, 1 decimal. */
export function mapShapes(topology: RegionTopology, projection: GeoProjection, viewBox: ViewBox, margin = 20): MapShapes {
  const clipped = projection.clipExtent([[-margin, -margin], [viewBox.width + margin, viewBox.height + margin]]);
  const path = geoPath(clipped).digits(1);
  const out: MapShapes = {
    countries: countries(topology)
      .map((f) => ({ id: f.id, d: path(f) ?? '' }))
      .filter((c) => c.d !== ''),
    borders: path(borders(topology)) ?? '',
  };
  projection.clipExtent(null);
  return out;
}
