import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { CATALOG, datasetById } from '../../src/lib/data/catalogEntries';
import { datasetCsv, datasetJson } from '../../src/lib/data/downloads';
import { datePrecision, joinList, unitWords, UNIT_WORDS } from '../../src/lib/data/catalog/shared';

/**
 * What each dataset's CSV should hold, computed here from the raw committed file
 * (never through the catalog's own flattening), so a row lost or doubled by an
 * entry's `rows` shows up as a count mismatch.
 */
/** The raw file, untyped on purpose: the test must not share the entries' types. */
type Raw = any;
const raw = (file: string): Raw => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const len = (a: unknown[] | undefined) => a?.length ?? 0;
const withAlternatives = (figs: Raw[]) => figs.reduce((n, f) => n + 1 + len(f.alternatives), 0);
const identMeasures = (c: Raw) => ['identities', 'transactionsPerDay', 'watchlistRecords'].filter((k) => c[k]).length;

interface Expectation {
  id: string;
  /** Rows per record_type (or per breakdown), from the raw file. */
  byType: (d: Raw) => Record<string, number>;
  /** The dataset's records (what the data page counts). */
  records: (d: Raw) => number;
  /** Record types whose rows may lack a source id, and why. */
  unsourced?: string[];
}

const EXPECTED: Expectation[] = [
  {
    id: 'border-deaths',
    byType: (d) => ({ '': d.records.reduce((n: number, r: Raw) => n + 1 + len(r.alternatives), 0) }),
    records: (d) => d.records.length,
  },
  {
    id: 'route-deaths',
    byType: (d) => ({
      route: d.byRoute.reduce((n: number, g: Raw) => n + g.years.length, 0),
      region: d.byRegion.reduce((n: number, g: Raw) => n + g.years.length, 0),
      'route-cause': d.byRouteCause.reduce((n: number, g: Raw) => n + g.causes.length, 0),
    }),
    records: (d) =>
      [...d.byRoute, ...d.byRegion].reduce((n: number, g: Raw) => n + g.years.length, 0) + d.byRouteCause.reduce((n: number, g: Raw) => n + g.causes.length, 0),
  },
  { id: 'route-incidents', byType: (d) => ({ '': d.incidents.length }), records: (d) => d.incidents.length },
  {
    id: 'biometric-databases',
    byType: (d) => ({
      'ident-origin': 1,
      'ident-count': d.ident.counts.reduce((n: number, c: Raw) => n + identMeasures(c), 0),
      'ident-not-found': d.ident.notFound.length,
      'hart-fact': d.hart.facts.length,
      'hart-modality': d.hart.modalities.length,
      'hart-milestone': d.hart.schedule.milestones.length,
      'hart-slip': d.hart.schedule.slips.length,
      'hart-risk': d.hart.risks.length,
    }),
    records: (d) =>
      1 + d.ident.counts.length + d.ident.notFound.length + d.hart.facts.length + d.hart.modalities.length + d.hart.schedule.milestones.length + d.hart.schedule.slips.length + d.hart.risks.length,
  },
  {
    id: 'surveillance-tools',
    byType: (d) => ({
      node: d.nodes.length,
      link: d.links.length,
      'link-figure': d.links.reduce((n: number, l: Raw) => n + withAlternatives(l.figures), 0),
      'link-event': d.links.reduce((n: number, l: Raw) => n + l.events.length, 0),
      ownership: d.ownership.length,
      'ownership-figure': d.ownership.reduce((n: number, o: Raw) => n + withAlternatives(o.figures), 0),
      'ownership-date': d.ownership.reduce((n: number, o: Raw) => n + o.dates.length, 0),
      'context-figure': withAlternatives(d.context),
      missing: d.missing.length,
    }),
    records: (d) => d.nodes.length + d.links.length + d.ownership.length + d.context.length + d.missing.length,
    unsourced: ['missing', 'ownership-date'],
  },
  {
    id: 'cbp-one',
    byType: (d) => ({
      event: d.events.length,
      figure: withAlternatives(d.figures),
      collected: d.collects.length,
      'geofence-period': d.geofence.periods.length,
      'geofence-radius': 1,
      port: d.ports.length,
      missing: d.missing.length,
    }),
    records: (d) => d.events.length + d.figures.length + d.collects.length + d.geofence.periods.length + 1 + d.ports.length + d.missing.length,
    unsourced: ['missing'],
  },
  {
    id: 'agreements',
    byType: (d) => ({
      agreement: d.records.length,
      flow: d.records.reduce((n: number, r: Raw) => n + r.flows.length, 0),
      figure: d.records.reduce((n: number, r: Raw) => n + len(r.figures), 0),
      quote: d.records.reduce((n: number, r: Raw) => n + len(r.quotes), 0),
    }),
    records: (d) => d.records.length,
  },
  {
    id: 'el-salvador-exception',
    byType: (d) => ({
      decree: 1,
      trigger: d.trigger.length,
      right: d.rights.length,
      'extensions-to-date': 1,
      extension: d.extensions.length,
      detention: withAlternatives(d.detentions),
      release: d.releases.length,
      ...Object.fromEntries(['complaints', 'deaths-in-custody'].map((k) => [k, d.abuses.filter((a: Raw) => a.kind === k).length])),
    }),
    records: (d) => 1 + d.trigger.length + d.rights.length + 1 + d.extensions.length + d.detentions.length + d.releases.length + d.abuses.length,
  },
  { id: 'statements', byType: (d) => ({ '': d.statements.length }), records: (d) => d.statements.length },
  { id: 'glossary', byType: (d) => ({ '': d.terms.length }), records: (d) => d.terms.length },
  { id: 'sources', byType: (d) => ({ '': d.sources.length }), records: (d) => d.sources.length },
];

const typeOf = (row: Record<string, unknown>) => String(row.record_type ?? row.breakdown ?? '');
const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe('each catalog entry flattens its whole dataset', () => {
  it('has an expectation for every entry in the catalog', () => {
    expect(EXPECTED.map((e) => e.id).sort()).toEqual(CATALOG.map((d) => d.id).sort());
  });

  it.each(EXPECTED.map((e) => [e.id, e] as const))('%s: one CSV row per value, as counted from the raw file', (id, e) => {
    const entry = datasetById(id);
    const data = raw(entry.file);
    const built = entry.build();
    const counts: Record<string, number> = {};
    for (const row of built.rows) counts[typeOf(row)] = (counts[typeOf(row)] ?? 0) + 1;
    expect(counts).toEqual(nonZero(e.byType(data)));
    expect(built.recordCount).toBe(e.records(data));
    expect(csvParse(datasetCsv(entry))).toHaveLength(built.rows.length);
  });

  it.each(CATALOG.map((d) => [d.id, d] as const))('%s: rows use exactly the declared columns (none undeclared, none always empty)', (_id, d) => {
    const declared = d.columns.map((c) => c.name);
    const used = new Set(d.build().rows.flatMap((r) => Object.entries(r).filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k]) => k)));
    expect([...used].filter((k) => !declared.includes(k))).toEqual([]);
    expect(declared.filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(CATALOG.map((d) => [d.id, d] as const))('%s: keeps typed cells readable (integers, numbers, booleans, dates as declared)', (_id, d) => {
    for (const row of csvParse(datasetCsv(d))) {
      for (const c of d.columns) {
        const v = row[c.name]!;
        if (v === '') continue;
        if (c.type === 'integer') expect(v, `${d.id}.${c.name}`).toMatch(/^-?\d+$/);
        if (c.type === 'number') expect(Number.isFinite(Number(v)), `${d.id}.${c.name} = ${v}`).toBe(true);
        if (c.type === 'boolean') expect(v, `${d.id}.${c.name}`).toMatch(/^(true|false)$/);
        if (c.type === 'date') expect(v, `${d.id}.${c.name}`).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }
    }
  });

  it.each(EXPECTED.filter((e) => e.id !== 'sources').map((e) => [e.id, e] as const))('%s: names a source in every row that has one to name', (id, e) => {
    const entry = datasetById(id);
    const col = entry.columns.some((c) => c.name === 'sources') ? 'sources' : 'source';
    const rows = entry.build().rows.filter((r) => !(e.unsourced ?? []).includes(typeOf(r)));
    expect(rows.filter((r) => !r[col]).map((r) => `${typeOf(r)} ${r.id ?? ''}`)).toEqual([]);
    const known = new Set(entry.build().sourceIds);
    for (const r of entry.build().rows) for (const s of String(r[col] ?? '').split(';').filter(Boolean)) expect(known.has(s), `${id}: ${s}`).toBe(true);
  });

  it.each(CATALOG.map((d) => [d.id, d] as const))('%s: the JSON download holds the dataset, not the appended source registry', (id, d) => {
    const json = JSON.parse(datasetJson(d));
    const file = raw(d.file);
    expect(Object.keys(json).sort()).toEqual(Object.keys(file).sort());
    if (id !== 'sources') expect(json.sources === undefined || typeof json.sources === 'string').toBe(true);
  });
});

describe('flattening keeps what a reader must not lose', () => {
  const rows = (id: string) => datasetById(id).build().rows;

  it('keeps every source qualifier ("more than", "about") next to its number', () => {
    for (const id of ['biometric-databases', 'cbp-one', 'surveillance-tools', 'el-salvador-exception']) {
      for (const r of rows(id)) if (r.value !== undefined && r.unit !== 'days' && r.record_type !== 'hart-fact' && r.record_type !== 'hart-slip') expect(r.qualifier, `${id} ${r.id}`).toBeTruthy();
    }
    const ident2021 = rows('biometric-databases').find((r) => r.id === 'ident-2021' && r.measure === 'identities')!;
    const file = raw('biometric-databases.json').ident.counts.find((c: Raw) => c.id === 'ident-2021');
    expect([ident2021.value, ident2021.qualifier]).toEqual([file.identities.value, file.identities.qualifier]);
  });

  it('keeps disagreeing figures as alternative rows that repeat the disputed id, never as the story’s figure', () => {
    for (const id of ['border-deaths', 'cbp-one', 'surveillance-tools', 'el-salvador-exception']) {
      for (const r of rows(id).filter((r) => r.alternative)) {
        expect(r.story_uses, `${id} ${r.id}`).toBe(false);
        expect(rows(id).some((m) => m.id === r.id && m.alternative === false)).toBe(true);
      }
    }
    const detentions = raw('el-salvador-exception.json').detentions;
    expect(rows('el-salvador-exception').filter((r) => r.alternative).length).toBe(detentions.reduce((n: number, c: Raw) => n + len(c.alternatives), 0));
  });

  it('marks the story’s choice among the dates sources give for an acquisition', () => {
    for (const o of raw('surveillance-tools.json').ownership) {
      const dates = rows('surveillance-tools').filter((r) => r.record_type === 'ownership-date' && r.parent_id === o.id);
      const chosen = dates.filter((r) => r.story_uses).map((r) => r.date);
      expect(chosen).toEqual(o.storyUses === 'both' ? o.dates.map((x: Raw) => x.date) : [o.storyUses]);
    }
  });

  it('flags the partial last year of the IOM snapshot, and only it', () => {
    const d = raw('route-deaths.json');
    const partial = new Set(rows('route-deaths').filter((r) => r.partial_year).map((r) => r.year));
    expect([...partial]).toEqual([Number(d.snapshotEnd.slice(0, 4))]);
  });

  it('writes units in words, for every unit code the data files use', () => {
    for (const id of ['agreements', 'cbp-one', 'surveillance-tools']) {
      for (const r of rows(id)) if (r.unit !== undefined) expect(Object.values(UNIT_WORDS), `${id} ${r.unit}`).toContain(r.unit);
    }
    expect([unitWords('usd'), unitWords('appointments-per-day')]).toEqual(['US dollars', 'appointments per day']);
  });
});

describe('catalog helpers', () => {
  it.each([
    ['2024-08-14', 'day'],
    ['2024-08', 'month'],
    ['2024', 'year'],
    [null, undefined],
    [undefined, undefined],
  ] as const)('gives the precision of %s as %s', (iso, expected) => {
    expect(datePrecision(iso)).toBe(expected);
  });

  it.each([
    [['a', 'b'], 'a;b'],
    [['a', undefined, 'b'], 'a;b'],
    [[], undefined],
    [undefined, undefined],
  ] as const)('joins %j into one cell as %s', (list, expected) => {
    expect(joinList(list as string[] | undefined)).toBe(expected);
  });
});
