/**
 * Build-time loading of the route map's data (dataset 6 and the region geometry).
 * Like load.ts, only .astro pages, scripts and tests import this file.
 */
import { dataDir, loadSources, readJson } from './load';
import { parseRouteDeaths, parseRouteIncidents } from './routeDeaths';
import { DatasetError, describeRecord, show } from './errors';
import { parseWith } from './validate';
import { RegionTopologyFile } from './topologySchema';
import { REGION_IDS } from '../geo/region';
import type { RegionTopology } from '../geo/topology';

export function loadRouteDeaths(root?: string) {
  const sources = loadSources(root);
  const ids = new Set(sources.sources.map((s) => s.id));
  const file = `${dataDir()}/route-deaths.json`;
  return { ...parseRouteDeaths(readJson(file, root), ids, file), sources: sources.sources };
}

export function loadRouteIncidents(root?: string) {
  const sources = loadSources(root);
  const ids = new Set(sources.sources.map((s) => s.id));
  const file = `${dataDir()}/route-incidents.json`;
  return parseRouteIncidents(readJson(file, root), ids, file);
}

/** The region topology, checked to be a TopoJSON topology holding exactly the region's country ids. */
export function loadRegionTopology(root?: string): RegionTopology {
  const file = `${dataDir()}/region-50m.json`;
  return checkRegionTopology(readJson(file, root), file);
}

/**
 * Validates a region topology like every dataset: the TopoJSON shape (zod), arc indices that
 * exist (a ring pointing past the arcs would draw nothing, or throw in the browser), and exactly
 * the region's country ids.
 */
export function checkRegionTopology(data: unknown, file: string): RegionTopology {
  const parsed = parseWith(file, data, RegionTopologyFile);
  const arcCount = parsed.arcs.length;
  parsed.objects.countries.geometries.forEach((g, i) => {
    const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat();
    for (const index of rings.flat()) {
      // A negative index ~i means arc i reversed.
      const arc = index < 0 ? ~index : index;
      if (arc >= arcCount) throw new DatasetError(file, describeRecord(i, g, 'geometry'), 'arcs', show(index), `an arc index below ${arcCount} (the number of arcs)`);
    }
  });
  const topo = parsed as unknown as RegionTopology;
  const ids = topo.objects.countries.geometries.map((g) => String(g.id)).sort();
  if (ids.join() !== REGION_IDS.join()) throw new DatasetError(file, 'the file', 'objects.countries.geometries.*.id', show(ids), show(REGION_IDS));
  return topo;
}
