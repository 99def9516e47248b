/**
 * The frame of the data-sharing map (map 2): the southern United States, Mexico and
 * Central America down to Costa Rica, in one square viewBox so that labels stay
 * readable when a phone scales the map to 320 px. Pure: no DOM.
 */
import { geoPath } from 'd3-geo';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import { fitProjection, projectPoint, type ProjectionSpec, type ViewBox } from './projection';
import { countries, type RegionTopology } from './topology';
import { relativePath } from './paths';

/** The map's viewBox, in user units. Square: the same drawing serves phones and desktops. */
export const AGREEMENTS_VIEWBOX: ViewBox = { width: 400, height: 400 };

/** A conformal conic centred on the route, framing lon −114…−80, lat 8…35. */
export const AGREEMENTS_PROJECTION: ProjectionSpec = {
  parallels: [14, 30],
  rotate: [97, 0],
  extent: [[-114, 8], [-80, 35]],
  padding: 4,
};

/**
 * Where each country's flows start and end, [lon, lat]. Capitals for the partner
 * countries; for the United States a point in its south-central part, because the
 * data goes to federal databases, not to a place, and Washington lies outside a frame
 * that keeps Central America large enough to read.
 */
export const NODES = {
  USA: [-97, 33.2],
  MEX: [-99.13, 19.43],
  GTM: [-90.51, 14.63],
  SLV: [-89.19, 13.69],
  HND: [-87.21, 14.07],
  CRI: [-84.09, 9.93],
} as const satisfies Record<string, readonly [number, number]>;

export type NodeId = keyof typeof NODES;

/** One country outline as an SVG path in viewBox units. */
export interface CountryShape {
  id: string;
  d: string;
}

/** What the map island receives: outlines already projected, so d3-geo stays out of the browser bundle. */
export interface AgreementsGeometry {
  viewBox: ViewBox;
  countries: CountryShape[];
  nodes: Record<NodeId, [number, number]>;
}

/**
 * Share of the topology's points this map keeps. The map draws the region at about
 * 12 units per degree, so a third of the 50m outline points is indistinguishable
 * and the island's data shrinks from 7.5 to about 3 KB gzip.
 */
export const AGREEMENTS_KEEP = 0.35;

/**
 * Projects the region topology into the map's frame: simplified to `keep` of its
 * points, clipped to the viewBox and rounded to one decimal (well under a pixel).
 */
export function agreementsGeometry(topology: RegionTopology, viewBox: ViewBox = AGREEMENTS_VIEWBOX, spec: ProjectionSpec = AGREEMENTS_PROJECTION, keep = AGREEMENTS_KEEP): AgreementsGeometry {
  if (keep < 1) {
    // presimplify copies the arcs, so the caller's topology is left as it was.
    const weighted = presimplify(topology as unknown as Topology<Objects<{}>>);
    topology = simplify(weighted, quantile(weighted, keep)) as unknown as RegionTopology;
  }
  const projection = fitProjection(spec, viewBox).clipExtent([[0, 0], [viewBox.width, viewBox.height]]);
  const path = geoPath(projection).digits(1);
  const shapes = countries(topology)
    .map((f) => ({ id: f.id, d: relativePath(path(f) ?? '') }))
    .filter((c) => c.d !== '');
  const nodes = Object.fromEntries(
    Object.entries(NODES).map(([id, lonLat]) => [id, projectPoint(projection, lonLat)!]),
  ) as Record<NodeId, [number, number]>;
  return { viewBox, countries: shapes, nodes };
}
