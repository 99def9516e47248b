/**
 * Projections resolved by name and fitted to a fixed viewBox. Pure: no DOM.
 * Conformal conics (shapes kept locally, like a newsroom map of the region),
 * never Web Mercator.
 */
import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { ROUTE_FRAME, type GeoBox } from './region';

export interface ViewBox {
  width: number;
  height: number;
}

export interface ProjectionSpec {
  /** Standard parallels of the conic. */
  parallels: [number, number];
  /** Central meridian (rotation) in degrees west, as d3 expects it: [-lon, 0]. */
  rotate: [number, number];
  /** The area that must fit inside the viewBox. */
  extent: GeoBox;
  /** Padding inside the viewBox, in viewBox units. */
  padding: number;
}

/**
 * Named projections. `route` frames the whole route from Panama to the U.S.
 * border for wide screens; `route-portrait` frames the same route more tightly
 * (Central America and Mexico to the border) for tall, narrow screens.
 */
export const PROJECTIONS = {
  route: { parallels: [14, 30], rotate: [98, 0], extent: ROUTE_FRAME, padding: 8 },
  'route-portrait': { parallels: [14, 30], rotate: [98, 0], extent: [[-117, 9], [-83, 33]], padding: 4 },
} as const satisfies Record<string, ProjectionSpec>;

export type ProjectionName = keyof typeof PROJECTIONS;

/** Points along the edges of a geographic box, so a conic fit includes its curved edges. */
export function boxOutline(box: GeoBox, steps = 8): [number, number][] {
  const [[w, s], [e, n]] = box;
  const pts: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const x = w + ((e - w) * i) / steps;
    const y = s + ((n - s) * i) / steps;
    pts.push([x, s], [x, n], [w, y], [e, y]);
  }
  return pts;
}

/** A conformal conic fitted so that `spec.extent` fills `viewBox` minus padding. */
export function fitProjection(spec: ProjectionSpec, viewBox: ViewBox): GeoProjection {
  const p = spec.padding;
  return geoConicConformal()
    .parallels(spec.parallels)
    .rotate(spec.rotate)
    .precision(0.2)
    .fitExtent(
      [
        [p, p],
        [viewBox.width - p, viewBox.height - p],
      ],
      { type: 'MultiPoint', coordinates: boxOutline(spec.extent) },
    );
}

/** Resolves a projection by name; throws on an unknown name so typos fail the build. */
export function projectionFor(name: string, viewBox: ViewBox): GeoProjection {
  const spec = (PROJECTIONS as Record<string, ProjectionSpec>)[name];
  if (!spec) throw new Error(`Unknown projection "${name}" (known: ${Object.keys(PROJECTIONS).join(', ')})`);
  return fitProjection(spec, viewBox);
}

/** Rounds to 3 decimals (SVG coordinates in the HTML stay short and stable). */
export const round3 = (v: number) => Math.round(v * 1000) / 1000;

/** Projects [lon, lat] and rounds; null when the projection cannot place the point. */
export function projectPoint(projection: GeoProjection, lonLat: readonly [number, number]): [number, number] | null {
  const xy = projection([lonLat[0], lonLat[1]]);
  return xy ? [round3(xy[0]), round3(xy[1])] : null;
}

/** A zoom: scale k around the origin, then translate (x, y), in viewBox units. */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY_ZOOM: Zoom = { k: 1, x: 0, y: 0 };

/**
 * The zoom that makes the projected `focus` box fill the viewBox (keeping aspect,
 * centred). Never zooms out beyond 1 and never leaves the base map's frame empty
 * on a side it can fill.
 */
export function zoomTo(projection: GeoProjection, focus: GeoBox, viewBox: ViewBox, padding = 8): Zoom {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const pt of boxOutline(focus)) {
    const xy = projection(pt);
    if (xy) {
      xs.push(xy[0]);
      ys.push(xy[1]);
    }
  }
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const k = Math.max(1, Math.min((viewBox.width - 2 * padding) / (x1 - x0), (viewBox.height - 2 * padding) / (y1 - y0)));
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  let x = viewBox.width / 2 - k * cx;
  let y = viewBox.height / 2 - k * cy;
  // Keep the zoomed base frame covering the viewBox.
  x = Math.min(0, Math.max(viewBox.width - k * viewBox.width, x));
  y = Math.min(0, Math.max(viewBox.height - k * viewBox.height, y));
  return { k: round3(k), x: round3(x), y: round3(y) };
}

/** Linear interpolation between two zooms (t in 0…1), for step transitions. */
export function interpolateZoom(a: Zoom, b: Zoom, t: number): Zoom {
  return { k: a.k + (b.k - a.k) * t, x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
