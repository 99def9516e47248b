import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { agreementsGeometry, AGREEMENTS_PROJECTION, AGREEMENTS_VIEWBOX, NODES } from '../../src/lib/geo/agreementsFrame';
import { mapShapes, relativePath } from '../../src/lib/geo/paths';
import { projectionFor } from '../../src/lib/geo/projection';
import { borders, coasts, countries, countryAt, type RegionTopology } from '../../src/lib/geo/topology';
import { tinyTopology } from '../fixtures/geo/tinyTopology';

const region = () => JSON.parse(readFileSync('data/region-50m.json', 'utf8')) as RegionTopology;

/** Absolute points of a path written with m/l/z (relative) commands. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0, y = 0, sx = 0, sy = 0;
  for (const [, c, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (c === 'z') {
      [x, y] = [sx, sy];
      continue;
    }
    const n = (args!.match(/-?(\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i < n.length; i += 2) {
      out.push([(x += n[i]!), (y += n[i + 1]!)]);
      if (c === 'm' && i === 0) [sx, sy] = [x, y];
    }
  }
  return out;
}

describe('agreementsGeometry (the data-sharing map’s frame)', () => {
  const g = agreementsGeometry(region());

  it('places the capitals where they lie relative to each other, inside the square viewBox', () => {
    expect(g.viewBox).toEqual({ width: 400, height: 400 });
    for (const [id, [x, y]] of Object.entries(g.nodes)) {
      expect(x, id).toBeGreaterThan(0);
      expect(x, id).toBeLessThan(400);
      expect(y, id).toBeGreaterThan(0);
      expect(y, id).toBeLessThan(400);
    }
    const { USA, MEX, GTM, SLV, HND, CRI } = g.nodes;
    expect(USA[1]).toBeLessThan(MEX[1]); // north is up
    expect(MEX[0]).toBeLessThan(GTM[0]); // west is left
    expect(GTM[0]).toBeLessThan(SLV[0]);
    expect(SLV[0]).toBeLessThan(HND[0]);
    expect(CRI[1]).toBeGreaterThan(HND[1]);
    expect(Object.keys(g.nodes)).toEqual(Object.keys(NODES));
  });

  it('clips every outline to the viewBox and keeps only countries that show', () => {
    for (const c of g.countries) {
      for (const [x, y] of points(c.d)) {
        expect(x, c.id).toBeGreaterThanOrEqual(-0.05);
        expect(x, c.id).toBeLessThanOrEqual(400.05);
        expect(y, c.id).toBeGreaterThanOrEqual(-0.05);
        expect(y, c.id).toBeLessThanOrEqual(400.05);
      }
    }
    expect(g.countries.map((c) => c.id)).toEqual(expect.arrayContaining(['USA', 'MEX', 'GTM', 'SLV', 'HND', 'NIC', 'CRI']));
    expect(g.countries.every((c) => c.d.startsWith('m'))).toBe(true);
  });

  it('keeps about the share of points it is asked to, and leaves the caller’s topology as it was', () => {
    const topo = region();
    const before = JSON.stringify(topo);
    const full = agreementsGeometry(topo, AGREEMENTS_VIEWBOX, AGREEMENTS_PROJECTION, 1);
    const kept = agreementsGeometry(topo, AGREEMENTS_VIEWBOX, AGREEMENTS_PROJECTION, 0.35);
    const count = (x: typeof full) => x.countries.reduce((n, c) => n + points(c.d).length, 0);
    expect(count(kept) / count(full)).toBeGreaterThan(0.2);
    expect(count(kept) / count(full)).toBeLessThan(0.6);
    expect(JSON.stringify(topo)).toBe(before);
    expect(kept.nodes).toEqual(full.nodes);
  });

  it('fits a different viewBox when asked', () => {
    const wide = agreementsGeometry(region(), { width: 800, height: 400 });
    expect(wide.nodes.USA[0]).toBeGreaterThan(g.nodes.USA[0]);
  });
});

describe('mapShapes (the route map’s outlines)', () => {
  const viewBox = { width: 960, height: 700 };
  const p = projectionFor('route', viewBox);

  it('clips a margin beyond the viewBox, writes relative paths, and leaves the projection unclipped', () => {
    const s = mapShapes(region(), p, viewBox, 20);
    for (const c of s.countries) for (const [x, y] of points(c.d)) {
      expect(x).toBeGreaterThanOrEqual(-20.05);
      expect(x).toBeLessThanOrEqual(980.05);
      expect(y).toBeGreaterThanOrEqual(-20.05);
      expect(y).toBeLessThanOrEqual(720.05);
    }
    expect(s.borders.startsWith('m')).toBe(true);
    expect(p.clipExtent()).toBeNull();
  });

  it('drops countries that fall entirely outside', () => {
    const s = mapShapes(tinyTopology, p, viewBox, 0);
    // The two tiny squares lie inside the route frame (lon −100…−98, lat 20…21).
    expect(s.countries.map((c) => c.id)).toEqual(['AAA', 'BBB']);
    const far = projectionFor('route', viewBox).translate([-5000, -5000]);
    expect(mapShapes(tinyTopology, far, viewBox, 0).countries).toEqual([]);
  });
});

describe('topology helpers at their edges', () => {
  const fs = countries(tinyTopology);

  it('keeps coasts apart from the border: each outer arc once, the shared one not at all', () => {
    const c = coasts(tinyTopology);
    const b = borders(tinyTopology);
    expect(b.coordinates).toEqual([[[-99, 21], [-99, 20]]]);
    // The two outer arcs, joined into one line around both squares: every corner, and the
    // border's two ends only where the outer edges meet them.
    const pts = c.coordinates.flat().map((p) => p.join());
    for (const corner of ['-100,20', '-100,21', '-98,21', '-98,20']) expect(pts).toContain(corner);
    expect(pts).toHaveLength(7);
  });

  it('finds a point off the coast only within its tolerance, nearest ring first', () => {
    expect(countryAt(fs, [-100.2, 20.5])).toBe('AAA'); // 0.2° off: found on the 0.25° ring
    expect(countryAt(fs, [-100.2, 20.5], 0.1)).toBeNull();
    expect(countryAt(fs, [-100.3, 20.5])).toBeNull();
    expect(countryAt(fs, [-100.3, 20.5], 0.5)).toBe('AAA');
    expect(countryAt(fs, [-97.9, 20.5], 0)).toBeNull();
    expect(countryAt(fs, [-97.9, 20.5])).toBe('BBB');
  });

  it('looks diagonally as well: a point off a corner', () => {
    expect(countryAt(fs, [-100.1, 21.1])).toBe('AAA');
    expect(countryAt(fs, [-97.9, 19.9])).toBe('BBB');
  });

  it('returns features sorted by id with their names, whatever the order in the file', () => {
    const swapped = structuredClone(tinyTopology);
    swapped.objects.countries.geometries.reverse();
    expect(countries(swapped).map((f) => [f.id, f.properties.name])).toEqual([['AAA', 'Alpha'], ['BBB', 'Beta']]);
  });
});

describe('relativePath', () => {
  it('writes numbers in tenths without leading zeros and separates them only where needed', () => {
    expect(relativePath('M0.5,0.5L1,1L0.5,1.5Z')).toBe('m.5 .5l.5 .5-.5 .5z');
    expect(relativePath('M10,10L10,10')).toBe('m10 10l0 0');
  });
  it('restarts from the start of the subpath after a close', () => {
    expect(relativePath('M1,1L2,2ZL3,3')).toBe('m1 1l1 1zl2 2');
  });
  it('leaves alone paths it cannot rewrite exactly', () => {
    for (const d of ['M1,2,3L4,5Z', 'M1e3,2L3,4', 'M1.25,2L3,4', 'M1,2C3,4,5,6,7,8']) expect(relativePath(d)).toBe(d);
  });
});
