import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { countries } from '../../src/lib/geo/topology';
import { projectionFor } from '../../src/lib/geo/projection';
import { geoBounds } from 'd3-geo';
import { REGION_COUNTRIES, REGION_FRAME, REGION_IDS } from '../../src/lib/geo/region';
import type { RegionTopology } from '../../src/lib/geo/topology';

const FILE = 'data/region-50m.json';
const text = readFileSync(FILE, 'utf8');

describe(FILE, () => {
  const topo = JSON.parse(text) as RegionTopology;

  it('is a quantized TopoJSON topology with plain [x, y] arc positions (no leftover simplification weights)', () => {
    expect(topo.type).toBe('Topology');
    expect(topo.transform).toBeDefined();
    for (const arc of topo.arcs) for (const pos of arc) {
      expect(pos).toHaveLength(2);
      expect(Number.isInteger(pos[0]) && Number.isInteger(pos[1])).toBe(true);
    }
  });

  it('holds exactly the ten countries of the region, each with its ISO alpha-3 id and English name', () => {
    const fs = countries(topo);
    expect(fs.map((f) => f.id)).toEqual(REGION_IDS);
    for (const f of fs) expect(f.properties.name).toBe(REGION_COUNTRIES[f.id as keyof typeof REGION_COUNTRIES]);
  });

  it('keeps only the contiguous United States: no Alaska, Hawaii or polygons outside the frame', () => {
    const [[w, s], [e, n]] = REGION_FRAME;
    for (const f of countries(topo)) {
      const [[fw, fs], [fe, fn]] = geoBounds(f);
      expect(fw, f.id).toBeGreaterThanOrEqual(w - 2);
      expect(fe, f.id).toBeLessThanOrEqual(e + 2);
      expect(fs, f.id).toBeGreaterThanOrEqual(s - 2);
      expect(fn, f.id).toBeLessThanOrEqual(n + 2);
    }
  });

  it('stays within its size budget: 60 KB raw, 25 KB gzip', () => {
    expect(text.length).toBeLessThanOrEqual(60 * 1024);
    expect(gzipSync(text).length).toBeLessThanOrEqual(25 * 1024);
  });

  it('projects every country of the route into the landscape viewBox', () => {
    const p = projectionFor('route', { width: 960, height: 640 });
    for (const f of countries(topo).filter((c) => ['MEX', 'GTM', 'HND', 'SLV', 'BLZ'].includes(c.id))) {
      const [[w, s], [e, n]] = geoBounds(f);
      for (const pt of [[w, s], [e, n]] as [number, number][]) {
        const [x, y] = p(pt)!;
        expect(x, f.id).toBeGreaterThanOrEqual(0);
        expect(x, f.id).toBeLessThanOrEqual(960);
        expect(y, f.id).toBeGreaterThanOrEqual(0);
        expect(y, f.id).toBeLessThanOrEqual(640);
      }
    }
  });
});
