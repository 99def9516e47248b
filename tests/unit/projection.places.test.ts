import { describe, expect, it } from 'vitest';
import { projectionFor, projectPoint, PROJECTIONS, zoomTo, IDENTITY_ZOOM } from '../../src/lib/geo/projection';

/**
 * The route projection asserted by where known places land (not by an SVG snapshot), and by
 * the two properties that make it the documented projection: a conformal conic whose scale is
 * true on both standard parallels (14° and 30° N), centred on 98° W (that meridian is vertical).
 */
const landscape = { width: 960, height: 640 };
const phone = { width: 375, height: 500 };

describe('the route projection puts known places where the map draws them', () => {
  it.each([
    ['Tijuana', [-117.04, 32.53], [143.942, 54.186]],
    ['Brownsville', [-97.5, 25.9], [512.26, 223.71]],
    ['Mexico City', [-99.13, 19.43], [478.869, 366.082]],
    ['Tapachula', [-92.26, 14.9], [625.311, 463.917]],
    ['San Salvador', [-89.19, 13.69], [692.572, 487.601]],
  ] as const)('%s at 960 × 640', (_place, lonLat, [x, y]) => {
    const xy = projectPoint(projectionFor('route', landscape), lonLat)!;
    expect(xy[0]).toBeCloseTo(x, 1);
    expect(xy[1]).toBeCloseTo(y, 1);
  });

  it('refits to a phone viewBox: Tijuana and San Salvador move with it', () => {
    const p = projectionFor('route', phone);
    expect(projectPoint(p, [-117.04, 32.53])![0]).toBeCloseTo(46.128, 1);
    expect(projectPoint(p, [-117.04, 32.53])![1]).toBeCloseTo(138.178, 1);
    expect(projectPoint(p, [-89.19, 13.69])![0]).toBeCloseTo(276.924, 1);
    expect(projectPoint(p, [-89.19, 13.69])![1]).toBeCloseTo(320.506, 1);
  });

  it('is true to scale on both standard parallels (a conformal conic at 14° and 30° N)', () => {
    const p = projectionFor('route', landscape);
    // Length of one degree of longitude along a parallel, per cosine of its latitude: equal on both standard parallels, larger between them off them.
    const perCos = (lat: number) => {
      const a = p([-99, lat])!, b = p([-98, lat])!;
      return Math.hypot(b[0] - a[0], b[1] - a[1]) / Math.cos((lat * Math.PI) / 180);
    };
    expect(PROJECTIONS.route.parallels).toEqual([14, 30]);
    expect(perCos(14) / perCos(30)).toBeCloseTo(1, 3);
    expect(perCos(22) / perCos(14)).toBeLessThan(0.999);
    expect(perCos(40) / perCos(30)).toBeGreaterThan(1.001);
  });

  it('is centred on 98° W: that meridian is vertical, the others converge northwards', () => {
    const p = projectionFor('route', landscape);
    const [a, b] = [p([-98, 15])!, p([-98, 32])!];
    expect(b[0] - a[0]).toBeCloseTo(0, 6);
    const [c, d] = [p([-115, 15])!, p([-115, 32])!];
    expect(d[0] - c[0]).toBeGreaterThan(1); // west of the centre, a meridian leans east going north
    const [e, f] = [p([-85, 15])!, p([-85, 32])!];
    expect(f[0] - e[0]).toBeLessThan(-1); // east of it, west
  });
});

describe('zoomTo', () => {
  it('never zooms out (k ≥ 1) and keeps the base frame covering the viewBox', () => {
    const p = projectionFor('route', landscape);
    // A box larger than the frame asks for k < 1: clamped to 1 and no translation.
    expect(zoomTo(p, [[-130, 0], [-60, 45]], landscape)).toEqual(IDENTITY_ZOOM);
    // A strip along the frame's north edge: zoomed, but pinned to the viewBox's top (y = 0), not
    // centred, so the base frame still covers the viewBox on every side.
    const z = zoomTo(p, [[-110, 33.5], [-100, 34.5]], landscape);
    expect(z.k).toBeGreaterThan(4);
    expect(z.y).toBe(0);
    for (const [t, size] of [[z.x, landscape.width], [z.y, landscape.height]] as const) {
      expect(t).toBeLessThanOrEqual(0);
      expect(t).toBeGreaterThanOrEqual(size - z.k * size);
    }
  });

  it('centres the focus box when nothing clamps it, with padding deciding the scale', () => {
    const p = projectionFor('route', landscape);
    const focus: [[number, number], [number, number]] = [[-100, 18], [-96, 21]];
    const z0 = zoomTo(p, focus, landscape, 0);
    const z40 = zoomTo(p, focus, landscape, 40);
    expect(z40.k).toBeLessThan(z0.k);
    const [x0, y0] = p([-98, 19.5])!;
    // The box's centre (near its middle point) lands near the viewBox's centre.
    expect(Math.abs(z0.k * x0 + z0.x - landscape.width / 2)).toBeLessThan(15);
    expect(Math.abs(z0.k * y0 + z0.y - landscape.height / 2)).toBeLessThan(15);
  });
});
