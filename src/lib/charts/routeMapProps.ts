/**
 * Everything the route map island needs, computed at build time from the dataset
 * and the topology: projected outlines, label positions, zooms per state and the
 * packed incident cells. Pure.
 */
import type { IncidentPoint } from '../data/routeDeathsSchema';
import type { RegionTopology } from '../geo/topology';
import { projectionFor, projectPoint, zoomTo, type ViewBox, type Zoom } from '../geo/projection';
import { mapShapes } from '../geo/paths';
import { ROUTE_MAP_STATES, LABEL_ANCHORS, type LabelAnchor, type RouteLabelId, type RouteMapStateId } from './routeMapState';

/** A label placed in viewBox units; nx/ny on narrow screens; minor labels hide there. */
export interface MapLabel {
  x: number;
  y: number;
  nx?: number;
  ny?: number;
  minor?: boolean;
}
import { binIncidents, packCells, projectBins } from './routeMapModel';

export const ROUTE_VIEWBOX: ViewBox = { width: 960, height: 700 };

export function routeMapProps(incidents: readonly IncidentPoint[], topology: RegionTopology, viewBox: ViewBox = ROUTE_VIEWBOX, cellDeg = 0.2) {
  const projection = projectionFor('route', viewBox);
  const shapes = mapShapes(topology, projection, viewBox);
  const labels: Partial<Record<RouteLabelId, MapLabel>> = {};
  for (const [id, a] of Object.entries(LABEL_ANCHORS) as [RouteLabelId, LabelAnchor][]) {
    const xy = projectPoint(projection, a.at);
    const nxy = a.narrow ? projectPoint(projection, a.narrow) : null;
    if (xy) labels[id] = { x: Math.round(xy[0]), y: Math.round(xy[1]), ...(nxy ? { nx: Math.round(nxy[0]), ny: Math.round(nxy[1]) } : {}), ...(a.minor ? { minor: true } : {}) };
  }
  const zooms = Object.fromEntries(ROUTE_MAP_STATES.map((s) => [s.id, zoomTo(projection, s.focus, viewBox)])) as Record<RouteMapStateId, Zoom>;
  const cells = packCells(projectBins(binIncidents(incidents, cellDeg), projection));
  const cumulative = incidents.filter((p) => p.kind === 'cumulative').reduce((s, p) => s + p.deadMissing, 0);
  return { countries: shapes.countries, borders: shapes.borders, labels, zooms, cells, cumulative, width: viewBox.width, height: viewBox.height };
}
