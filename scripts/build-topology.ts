/**
 * Builds data/region-50m.json, the map geometry of the migration route, from the
 * world-atlas package (Natural Earth 1:50m admin-0 countries; public domain):
 *
 *   node scripts/build-topology.ts [output path]
 *
 * Keeps the contiguous United States, Mexico, Guatemala, Honduras and El Salvador,
 * plus Belize, Nicaragua, Costa Rica, Panama and Cuba for context. Every polygon
 * whose bounding box does not touch the frame (lon −126…−60, lat 5…50) is dropped
 * (Alaska, Hawaii, the Aleutians, far Pacific islets). The result is simplified with
 * topojson-simplify, stripped of presimplify's weight coordinate, and quantized.
 * Feature ids are ISO 3166-1 alpha-3 codes; `properties.name` is the English name.
 * Deterministic: the same world-atlas version always gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Topology, GeometryCollection, Objects } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { REGION_COUNTRIES, REGION_FRAME, REGION_IDS, type RegionId } from '../src/lib/geo/region.ts';

/** Natural Earth numeric ISO 3166-1 code → alpha-3 id. */
const NUMERIC_TO_ID: Record<string, RegionId> = {
  '840': 'USA', '484': 'MEX', '320': 'GTM', '340': 'HND', '222': 'SLV',
  '084': 'BLZ', '558': 'NIC', '188': 'CRI', '591': 'PAN', '192': 'CUB',
};
const [[W, S], [E, N]] = REGION_FRAME;
/** Share of arc points (by visual importance) that simplification keeps. */
const KEEP = 0.5;
/** Quantization: grid cells per axis of the bounding box. */
const QUANTIZATION = 1e4;

const out = process.argv[2] ?? 'data/region-50m.json';
const require = createRequire(import.meta.url);
const atlasPath = require.resolve('world-atlas/countries-50m.json');
const atlasVersion = (JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')) as { version: string }).version;
const world = JSON.parse(readFileSync(atlasPath, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
console.log(`read world-atlas@${atlasVersion} countries-50m: ${world.objects.countries.geometries.length} countries`);

function touchesFrame(ring: Position[]): boolean {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring) {
    w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
  }
  return e >= W && w <= E && n >= S && s <= N;
}

const features: Feature<MultiPolygon, { name: string }>[] = [];
for (const geometry of world.objects.countries.geometries) {
  const iso3 = NUMERIC_TO_ID[String(geometry.id)];
  if (!iso3) continue;
  const name = REGION_COUNTRIES[iso3];
  const f = feature(world, geometry) as Feature<Polygon | MultiPolygon>;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = polygons.filter((p) => touchesFrame(p[0]!));
  console.log(`${iso3} ${name}: ${polygons.length} polygons, kept ${kept.length}, dropped ${polygons.length - kept.length} outside the frame`);
  features.push({ type: 'Feature', id: iso3, properties: { name }, geometry: { type: 'MultiPolygon', coordinates: kept } });
}
features.sort((a, b) => String(a.id).localeCompare(String(b.id)));
const missing = REGION_IDS.filter((iso3) => !features.some((f) => f.id === iso3));
if (missing.length) throw new Error(`world-atlas lacks ${missing.join(', ')}`);

const collection: FeatureCollection = { type: 'FeatureCollection', features };
let topo = topology({ countries: collection }) as unknown as Topology<Objects<{}>>;
const before = topo.arcs.reduce((n, a) => n + a.length, 0);
topo = presimplify(topo);
topo = simplify(topo, quantile(topo, 1 - KEEP));
// presimplify adds a third coordinate (the point's weight) to every position: strip it.
topo.arcs = topo.arcs.map((arc) => arc.map(([x, y]) => [x!, y!]));
const after = topo.arcs.reduce((n, a) => n + a.length, 0);
topo = quantize(topo, QUANTIZATION);
delete topo.bbox;

const text = JSON.stringify(topo);
writeFileSync(out, text);
const gz = gzipSync(text).length;
console.log(`simplified ${before} → ${after} arc points (keep ${KEEP}), quantized to ${QUANTIZATION}`);
console.log(`wrote ${out}: ${features.length} countries, ${topo.arcs.length} arcs, ${text.length} bytes raw, ${gz} bytes gzip (budget 60 KB raw, 25 KB gzip)`);
