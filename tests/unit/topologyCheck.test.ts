import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkRegionTopology } from '../../src/lib/data/loadRouteDeaths';

const F = 'data/region-50m.json';
const real = () => JSON.parse(readFileSync(F, 'utf8'));

describe('checkRegionTopology', () => {
  it('accepts the committed topology', () => {
    expect(checkRegionTopology(real(), F).objects.countries.geometries.length).toBeGreaterThan(5);
  });

  it.each([
    ['not a topology', (t: any) => ({ ...t, type: 'FeatureCollection' }), `${F}: the file, field "type": received "FeatureCollection"; expected one of "Topology".`],
    ['an arc that is not quantized', (t: any) => ((t.arcs[0][1] = [0.5, 2]), t), `${F}: arc 0, field "1.0": received 0.5; expected a value of type int.`],
    ['an arc with one point', (t: any) => ((t.arcs[3] = [[1, 2]]), t), `${F}: arc 3, field "(the whole record)": received [[1,2]]; expected a value >= 2.`],
    ['a missing transform', (t: any) => (delete t.transform, t), `${F}: the file, field "transform": received nothing (the field is missing); expected`],
    ['a country without a name', (t: any) => (delete t.objects.countries.geometries[0].properties.name, t), `${F}: geometry 0 (id "BLZ"), field "properties.name": received nothing (the field is missing); expected a value of type string.`],
    ['an unknown geometry type', (t: any) => ((t.objects.countries.geometries[0].type = 'Point'), t), `${F}: geometry 0 (id "BLZ"), field "type"`],
  ])('rejects %s, naming the file and field', (_name, mutate, message) => {
    expect(() => checkRegionTopology(mutate(real()), F)).toThrow(message);
  });

  it('rejects a ring that points past the arcs (also reversed), naming the geometry', () => {
    const t = real();
    const n = t.arcs.length;
    const g = t.objects.countries.geometries[0];
    const first = g.type === 'Polygon' ? g.arcs[0] : g.arcs[0][0];
    first[0] = ~n;
    expect(() => checkRegionTopology(t, F)).toThrow(`${F}: geometry 0 (id "${g.id}"), field "arcs": received ${~n}; expected an arc index below ${n} (the number of arcs).`);
  });

  it('rejects a ring that points past the arcs unreversed, naming the index', () => {
    const t = real();
    const n = t.arcs.length;
    const g = t.objects.countries.geometries[0];
    const first = g.type === 'Polygon' ? g.arcs[0] : g.arcs[0][0];
    first[0] = n;
    expect(() => checkRegionTopology(t, F)).toThrow(`${F}: geometry 0 (id "${g.id}"), field "arcs": received ${n}; expected an arc index below ${n} (the number of arcs).`);
  });

  it('accepts the region’s countries in any order', () => {
    const t = real();
    t.objects.countries.geometries.reverse();
    expect(checkRegionTopology(t, F).objects.countries.geometries[0]!.id).toBe(real().objects.countries.geometries.at(-1).id);
  });

  it('rejects a topology missing a country of the region', () => {
    const t = real();
    t.objects.countries.geometries.pop();
    expect(() => checkRegionTopology(t, F)).toThrow(`${F}: the file, field "objects.countries.geometries.*.id"`);
  });
});
