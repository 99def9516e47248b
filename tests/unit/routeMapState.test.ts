import { describe, expect, it } from 'vitest';
import { ROUTE_MAP_STATES, routeMapStateForStep, LABEL_ANCHORS, BORDER_BOX, DESERT_BOX, DESERT_VIEW } from '../../src/lib/charts/routeMapState';
import { ROUTE_FRAME } from '../../src/lib/geo/region';
import { projectionFor, zoomTo } from '../../src/lib/geo/projection';
import { ROUTE_VIEWBOX } from '../../src/lib/charts/routeMapProps';

describe('routeMapStateForStep', () => {
  it.each([
    [0, 'route'],
    [1, 'border'],
    [2, 'desert'],
    [3, 'years'],
    [-1, 'route'],
    [99, 'years'],
    [Number.NaN, 'route'],
    [2.9, 'desert'],
  ])('maps step %s to state %s, clamping out-of-range steps', (step, id) => {
    expect(routeMapStateForStep(step).id).toBe(id);
  });

  it('has exactly four states with unique ids', () => {
    expect(ROUTE_MAP_STATES.map((s) => s.id)).toEqual(['route', 'border', 'desert', 'years']);
  });

  it('shows the whole route first and last, and zooms in between, closer each time', () => {
    const p = projectionFor('route', ROUTE_VIEWBOX);
    const k = ROUTE_MAP_STATES.map((s) => zoomTo(p, s.focus, ROUTE_VIEWBOX).k);
    expect(routeMapStateForStep(0).focus).toBe(ROUTE_FRAME);
    expect(k[0]).toBe(1);
    expect(k[3]).toBe(1);
    expect(k[1]).toBeGreaterThan(1.5);
    expect(k[2]).toBeGreaterThan(k[1]!);
  });

  it('plays years only in the last state, and highlights the border then the desert', () => {
    expect(ROUTE_MAP_STATES.map((s) => s.time)).toEqual(['all', 'all', 'all', 'year']);
    expect(ROUTE_MAP_STATES.map((s) => s.highlight)).toEqual(['none', 'border', 'desert', 'none']);
  });

  it('keeps the desert area inside its view, and the view inside the border region’s longitudes', () => {
    expect(DESERT_VIEW[0][0]).toBeLessThanOrEqual(DESERT_BOX[0][0]);
    expect(DESERT_VIEW[1][0]).toBeGreaterThanOrEqual(DESERT_BOX[1][0]);
    expect(DESERT_BOX[0][0]).toBeGreaterThanOrEqual(BORDER_BOX[0][0]);
  });

  it('has an anchor for every label a state shows, inside the frame', () => {
    for (const s of ROUTE_MAP_STATES) for (const id of s.labels) {
      const [lon, lat] = LABEL_ANCHORS[id].at;
      expect(lon, id).toBeGreaterThanOrEqual(ROUTE_FRAME[0][0]);
      expect(lat, id).toBeLessThanOrEqual(ROUTE_FRAME[1][1]);
    }
  });
});
