import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { cause } from '../../scripts/build-route-deaths';
import { CAUSE_LABELS_IOM } from '../../src/lib/data/routeDeathsSchema';
import { loadRouteDeaths, loadRouteIncidents } from '../../src/lib/data/loadRouteDeaths';
import { inBox } from '../../src/lib/charts/routeMapModel';
import { BORDER_BOX } from '../../src/lib/charts/routeMapState';
import fixture from '../fixtures/routeDeaths/iom-cause-labels.json';

const EXPORT = ['../shared/data/iom-mmp-americas-2014-2022-05.csv', '../../shared/data/iom-mmp-americas-2014-2022-05.csv'].find((p) => existsSync(p));
const expected = fixture.labels as Record<string, string>;

describe('cause(): IOM "Cause of Death" text → cause category (scripts/build-route-deaths.ts)', () => {
  it.each(Object.entries(expected))('maps %j to %s', (label, category) => {
    expect(cause(label)).toBe(category);
  });

  it('matches each of IOM’s own labels whole, including the exposure label with its commas', () => {
    for (const [category, label] of Object.entries(CAUSE_LABELS_IOM)) expect(cause(label), label).toBe(category);
    expect(cause('Harsh environmental conditions / lack of adequate shelter, food, water')).toBe('environment');
  });

  it('splits only labels joined by commas, and a label joined with itself is still one cause', () => {
    expect(cause('Violence,Drowning')).toBe('multiple');
    expect(cause('Drowning,Drowning')).toBe('drowning');
    expect(cause('Harsh environmental conditions / lack of adequate shelter, food, water,Violence')).toBe('multiple');
  });

  it('throws on a text it does not know, naming it', () => {
    expect(() => cause('Hypothermia')).toThrow(/Hypothermia/);
    expect(() => cause('Drowning,Hypothermia')).toThrow(/Hypothermia/);
    expect(() => cause('food, water')).toThrow();
    expect(() => cause('')).toThrow();
  });

  it.skipIf(!EXPORT)('the fixture lists exactly the labels that occur in the export', () => {
    const rows = csvParse(readFileSync(EXPORT!, 'utf8'));
    const labels = [...new Set(rows.map((r) => r['Cause of Death'] ?? ''))].sort();
    expect(labels).toEqual(Object.keys(expected).sort());
    for (const label of labels) expect(cause(label), label).toBe(expected[label]);
  });
});

describe('data/route-incidents.json: causes as rebuilt', () => {
  const { incidents } = loadRouteIncidents();
  const totals = (keep: (p: (typeof incidents)[number]) => boolean) => {
    const t: Record<string, number> = {};
    for (const p of incidents) if (keep(p)) t[p.cause] = (t[p.cause] ?? 0) + p.deadMissing;
    return t;
  };

  it('codes exposure as environment, and only genuinely mixed labels as multiple', () => {
    const all = totals(() => true);
    expect(all.environment).toBe(545);
    expect(all.multiple).toBe(11);
  });

  it('away from the border (the mapped area outside the border view), vehicles lead, then violence, then drowning', () => {
    const away = totals((p) => !inBox(p.lon, p.lat, BORDER_BOX));
    const known = Object.entries(away).filter(([c]) => c !== 'mixed-unknown' && c !== 'multiple').sort((a, b) => b[1] - a[1]);
    expect(known.slice(0, 3).map(([c]) => c)).toEqual(['vehicle', 'violence', 'drowning']);
    expect(away).toMatchObject({ vehicle: 364, violence: 116, drowning: 59 });
  });
});

describe('data/route-deaths.json: cause totals by route (byRouteCause)', () => {
  const d = loadRouteDeaths();
  const causes = (route: string) => Object.fromEntries(d.byRouteCause!.find((g) => g.key === route)!.causes.map((c) => [c.cause, c.deadMissing]));

  it('adds up, route by route, to the yearly totals', () => {
    for (const g of d.byRoute) {
      const byYear = g.years.reduce((n, y) => n + y.deadMissing, 0);
      const byCause = d.byRouteCause!.find((c) => c.key === g.key)!.causes.reduce((n, c) => n + c.deadMissing, 0);
      expect(byCause, g.key).toBe(byYear);
    }
  });

  it('codes exposure on the U.S.–Mexico crossing as environment (532), never as multiple', () => {
    expect(causes('US-Mexico border crossing')).toMatchObject({ environment: 532, drowning: 788, vehicle: 188, violence: 104 });
    expect(causes('US-Mexico border crossing').multiple).toBeUndefined();
  });

  it('ranks causes away from the border with the Darién Gap and sea routes (drowning second) and without them (violence second)', () => {
    // Away from the border on the map, plus the Darién Gap and Caribbean routes the map leaves out.
    const { incidents } = loadRouteIncidents();
    const away: Record<string, number> = {};
    for (const p of incidents) if (!inBox(p.lon, p.lat, BORDER_BOX)) away[p.cause] = (away[p.cause] ?? 0) + p.deadMissing;
    const withOffMap = { ...away };
    for (const route of ['Darien Gap', 'Caribbean to US']) for (const [c, n] of Object.entries(causes(route))) withOffMap[c] = (withOffMap[c] ?? 0) + n;
    const rank = (t: Record<string, number>) => Object.entries(t).filter(([c]) => c !== 'mixed-unknown' && c !== 'multiple').sort((a, b) => b[1] - a[1]).map(([c]) => c).slice(0, 3);
    expect(rank(away)).toEqual(['vehicle', 'violence', 'drowning']);
    expect(rank(withOffMap)).toEqual(['vehicle', 'drowning', 'violence']);
    expect(withOffMap).toMatchObject({ vehicle: 364, drowning: 174, violence: 118 });
  });
});
