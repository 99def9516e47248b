/**
 * Build-time loading of the route map's data (dataset 6 and the region geometry).
 * Like load.ts, only .astro pages, scripts and tests import this file.
 */
import { dataDir, loadSources, readJson } from './load';
import { parseRouteDeaths, parseRouteIncidents } from './routeDeaths';
import { DatasetError, show } from './errors';
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
  const topo = readJson(file, root) as RegionTopology;
  if (topo?.type !== 'Topology') throw new DatasetError(file, 'the file', 'type', show(topo?.type), '"Topology"');
  const ids = (topo.objects?.countries?.geometries ?? []).map((g) => String(g.id)).sort();
  if (ids.join() !== REGION_IDS.join()) throw new DatasetError(file, 'the file', 'objects.countries.geometries.*.id', show(ids), show(REGION_IDS));
  return topo;
}
