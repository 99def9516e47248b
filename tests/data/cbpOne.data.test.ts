import { describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { loadCbpOne } from '../../src/lib/data/loadCbpOne';
import { cbpOneSourceIds } from '../../src/lib/data/cbpOne';
import { loadSurveillanceTools } from '../../src/lib/data/loadSurveillanceTools';
import { toolsSourceIds } from '../../src/lib/data/surveillanceTools';
import { datePrecision } from '../../src/lib/format/format';

describe('data/cbp-one.json', () => {
  const cbp = loadCbpOne();
  const fig = (id: string) => cbp.figures.find((f) => f.id === id)!;

  it('parses with its schema, and every source id resolves (the loader enforces both)', () => {
    expect(cbp.events.length).toBeGreaterThan(5);
    expect(cbpOneSourceIds(cbp).size).toBeGreaterThan(5);
  });

  it('runs from the launch on 28 October 2020 to the shutdown on 20 January 2025, oldest first', () => {
    const dates = cbp.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    for (const d of dates) expect(() => datePrecision(d)).not.toThrow();
    expect([cbp.events[0]!.kind, cbp.events[0]!.date]).toEqual(['launch', '2020-10-28']);
    expect([cbp.events.at(-1)!.kind, cbp.events.at(-1)!.date]).toEqual(['shutdown', '2025-01-20']);
  });

  it('records the geofence as regions with no published distance', () => {
    expect(cbp.geofence.definedBy).toBe('regions');
    expect(cbp.geofence.radiusKm).toBeNull();
    expect(cbp.geofence.periods.at(-1)!.regions).toEqual(expect.arrayContaining(['Chiapas', 'Tabasco']));
    expect(cbp.geofence.periods.at(-1)!.from).toBe('2024-08-23');
  });

  it('holds the figures the story quotes, with their wording', () => {
    expect([fig('capacity-2023-06').value, fig('demand-2024').value, fig('demand-2024').qualifier]).toEqual([1450, 280000, 'about']);
    expect([fig('appointments-2024-08').value, fig('appointments-2024-08').qualifier, fig('cancelled-2025-01').value]).toEqual([765000, 'more-than', 30000]);
    for (const f of cbp.figures) expect(f.value).toBeGreaterThanOrEqual(0);
  });

  it('lists the eight ports, with coordinates only where a stated reference gives them', () => {
    expect(cbp.ports).toHaveLength(fig('ports-2024-08').value);
    for (const p of cbp.ports) expect(p.lon === null ? !p.coordSource : Boolean(p.coordSource)).toBe(true);
  });

  it('stays within its size budget of 16 KB', () => {
    expect(statSync('data/cbp-one.json').size).toBeLessThan(16 * 1024);
  });
});

describe('the sources this branch added', () => {
  it('are each cited by the tools or the CBP One dataset', () => {
    const cbp = loadCbpOne();
    const cited = new Set([...cbpOneSourceIds(cbp), ...toolsSourceIds(loadSurveillanceTools())]);
    const start = cbp.sources.findIndex((s) => s.id === 'guardian-2023-ice-subpoenas');
    const ours = cbp.sources.slice(start, cbp.sources.findIndex((s) => s.id === 'bts-border-crossing-entry') + 1).map((s) => s.id);
    // 25 added by the CBP One/tools branch, plus 4 added in the corrections (issue 10): The Hustle, The Intercept 2021, Gizmodo, the Access Now v. CBP case page.
    expect(ours.length).toBe(29);
    expect(ours.filter((id) => !cited.has(id))).toEqual([]);
  });
});
