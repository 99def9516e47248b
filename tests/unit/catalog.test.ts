import { describe, expect, it } from 'vitest';
import { buildMeta, CC_BY_4, citedIds, defineDataset, toCsv, type Column } from '../../src/lib/data/catalog';
import { resolveBuildDate, versionOf } from '../../src/lib/data/buildInfo';
import { DatasetError } from '../../src/lib/data/errors';
import type { Source } from '../../src/lib/data/sourceSchema';

const columns: Column[] = [
  { name: 'id', type: 'string', description: 'Key.' },
  { name: 'value', type: 'integer', unit: 'people', description: 'Count.' },
  { name: 'note', type: 'string', description: 'Note.' },
];
const fixture = { records: [{ id: 'a', value: 3, source: 'gao-1', note: 'He said "hi", twice' }, { id: 'b', value: 5, sources: ['cbs-2', 'gao-1'] }] };
const registry: Source[] = [
  { id: 'gao-1', publisher: 'GAO', title: 'Report', kind: 'primary', language: 'en' },
  { id: 'cbs-2', publisher: 'CBS News', title: 'Story', kind: 'secondary', language: 'en' },
];
const entry = (extra: object = {}) =>
  defineDataset({
    id: 'test',
    file: 'test.json',
    title: 'Test',
    description: 'A test dataset.',
    licence: CC_BY_4,
    columns,
    load: () => fixture,
    rows: (d) => d.records.map((r) => ({ id: r.id, value: r.value, note: 'note' in r ? r.note : undefined })),
    ...extra,
  });

describe('defineDataset', () => {
  it('loads once, flattens to rows and finds every cited source id, sorted and unique', () => {
    const built = entry().build();
    expect(built.rows).toHaveLength(2);
    expect(built.recordCount).toBe(2);
    expect(built.sourceIds).toEqual(['cbs-2', 'gao-1']);
  });

  it('is memoised: one entry loads and flattens once, however often it is built', () => {
    let loads = 0;
    let flattens = 0;
    const e = entry({ load: () => (loads++, fixture), rows: (d: typeof fixture) => (flattens++, d.records.map((r) => ({ id: r.id }))) });
    expect(loads).toBe(0); // nothing is read until a page asks
    const first = e.build();
    expect(e.build()).toBe(first);
    expect(e.build().rows).toBe(first.rows);
    expect([loads, flattens]).toEqual([1, 1]);
  });

  it('counts records with recordCount and cites what sourceIds says, when given', () => {
    const built = entry({ recordCount: () => 7, sourceIds: () => ['z', 'a', 'z'] }).build();
    expect(built.recordCount).toBe(7);
    expect(built.sourceIds).toEqual(['a', 'z']);
  });

  it('fails the build when a row has a column the catalog does not declare', () => {
    const bad = entry({ rows: () => [{ id: 'a', extra: 1 }] });
    expect(() => bad.build()).toThrow(DatasetError);
    expect(() => bad.build()).toThrow('data/test.json: CSV row 0, field "extra": received 1; expected one of the catalog\'s columns (id, value, note).');
  });
});

describe('citedIds', () => {
  it('collects source, sources and *Sources values at any depth, ignoring arrays of objects', () => {
    expect(citedIds({ sources: [{ id: 'x' }], a: [{ source: 's1', b: { corroboratingSources: ['s2'], sources: ['s3', 's4'] } }] })).toEqual(['s1', 's2', 's3', 's4']);
  });
});

describe('toCsv', () => {
  it('writes the catalog columns as the header, in order, quoting as RFC 4180 and leaving missing cells empty', () => {
    expect(toCsv(columns, [{ id: 'a', value: 3, note: 'He said "hi", twice' }, { id: 'b', value: 5 }])).toBe('id,value,note\na,3,"He said ""hi"", twice"\nb,5,\n');
  });
});

describe('buildMeta', () => {
  const info = { version: 'abc123def456', buildDate: '2026-11-27', siteUrl: 'https://example.org', siteTitle: 'Smart Borders' };
  it('lists the full source records, the download paths, version, build date and a citation', () => {
    const e = entry();
    const meta = buildMeta(e, e.build(), registry, info);
    expect(meta.sources.map((s) => s.publisher)).toEqual(['CBS News', 'GAO']);
    expect(meta.downloads).toEqual({ json: '/data/test.json', csv: '/data/test.csv', meta: '/data/test.meta.json' });
    expect(meta.citation).toBe(
      'Smart Borders (2026). Test [data set], version abc123def456, 2026-11-27. https://example.org/data/test.json. Licence: CC-BY-4.0. Please also credit the original sources listed in the metadata.',
    );
  });
  it('publishes no downloads for a withheld dataset and says why', () => {
    const e = entry({ withheld: { reason: 'the publisher forbids redistribution' } });
    const meta = buildMeta(e, e.build(), registry, info);
    expect(meta.downloads).toBeNull();
    expect(meta.withheld).toEqual({ reason: 'the publisher forbids redistribution' });
  });
  it('fails when a cited source is not in the registry', () => {
    const e = entry();
    expect(() => buildMeta(e, e.build(), registry.slice(0, 1), info)).toThrow('field "source": received "cbs-2"; expected the id of a source in data/sources.json.');
  });
});

describe('versionOf and resolveBuildDate', () => {
  it('versions a file by the first 12 hex digits of its SHA-256', () => {
    expect(versionOf('abc')).toBe('ba7816bf8f01');
  });
  const today = new Date('2026-11-27T23:59:00Z');
  it.each([
    [{ epoch: '1700000000', gitDate: '2025-01-01', today }, '2023-11-14'],
    [{ epoch: '', gitDate: '2025-01-01', today }, '2025-01-01'],
    [{ gitDate: '2025-01-01\n', today }, '2025-01-01'],
    [{ gitDate: undefined, today }, '2026-11-27'],
    [{ gitDate: 'garbage', today }, '2026-11-27'],
  ])('dates the build %#: SOURCE_DATE_EPOCH, else the last data commit, else today', (input, expected) => {
    expect(resolveBuildDate(input)).toBe(expected);
  });
  it('rejects a SOURCE_DATE_EPOCH that is not a number of seconds', () => {
    expect(() => resolveBuildDate({ epoch: 'yesterday', today })).toThrow('SOURCE_DATE_EPOCH: received "yesterday"');
  });
});
