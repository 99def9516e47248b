import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadSources } from '../../src/lib/data/load';
import { parseDeaths } from '../../src/lib/data/deaths';
import { parseTools, toolsSourceIds } from '../../src/lib/data/surveillanceTools';
import { parseCbpOne, cbpOneSourceIds } from '../../src/lib/data/cbpOne';
import { citedIds } from '../../src/lib/data/catalog';

/**
 * More of the loaders' rules, one spoiled copy of the real file each: unique keys, ids that
 * follow their pattern, events in order, and every place a record cites a source. Then the
 * source-id lists the loaders give the pages, held to every id the file cites.
 */
type Json = any;
const ids = new Set(loadSources().sources.map((s) => s.id));
const real = (file: string): Json => JSON.parse(readFileSync(`data/${file}`, 'utf8'));
const PARSERS = { deaths: ['border-deaths.json', parseDeaths], tools: ['surveillance-tools.json', parseTools], cbpOne: ['cbp-one.json', parseCbpOne] } as const;

const CASES: [keyof typeof PARSERS, string, (d: Json) => void, string][] = [
  ['deaths', 'series ids are unique', (d) => d.series.push({ ...d.series[0] }), 'data/border-deaths.json: series 3 (id "usbp"), field "id": received "usbp"; expected a value not already used by series 0.'],
  ['deaths', 'record ids are unique', (d) => d.records.push({ ...d.records[0] }), 'data/border-deaths.json: record 24 (id "usbp-1998"), field "id": received "usbp-1998"; expected a value not already used by record 0.'],
  ['deaths', 'one record per series and year', (d) => d.records.push({ ...d.records[0], id: 'usbp-1998b' }), 'data/border-deaths.json: record 24 (id "usbp-1998b"), field "year": received "usbp 1998"; expected a value not already used by record 0.'],
  ['deaths', 'a record’s id is its series and year', (d) => (d.records[0].id = 'usbp-1999x'), 'data/border-deaths.json: record 0 (id "usbp-1999x"), field "id": received "usbp-1999x"; expected "usbp-1998" (series-year).'],
  ['deaths', 'a record’s alternative cites a known source', (d) => (d.records.find((r: Json) => r.alternatives).alternatives[0].source = 'nope'), 'data/border-deaths.json: record 3 (id "usbp-2005"), field "alternatives.0.source": received "nope"; expected the id of a source in data/sources.json.'],
  ['deaths', 'a corroborating source is known', (d) => (d.records.find((r: Json) => r.corroboratingSources).corroboratingSources[0] = 'nope'), 'data/border-deaths.json: record 3 (id "usbp-2005"), field "corroboratingSources.0": received "nope"; expected the id of a source in data/sources.json.'],
  ['deaths', 'a finding’s alternative cites a known source', (d) => (d.findings.find((f: Json) => f.alternatives?.length).alternatives[0].source = 'nope'), 'data/border-deaths.json: finding 6 (id "usbp-cumulative-2017"), field "alternatives.0.source": received "nope"; expected the id of a source in data/sources.json.'],
  ['deaths', 'finding ids are unique', (d) => d.findings.push({ ...d.findings[0] }), 'data/border-deaths.json: finding 15 (id "cnn-2018-uncounted"), field "id": received "cnn-2018-uncounted"; expected a value not already used by finding 0.'],
  ['tools', 'node ids are unique', (d) => d.nodes.push({ ...d.nodes[0] }), 'data/surveillance-tools.json: node 7 (id "tech-platforms"), field "id": received "tech-platforms"; expected a value not already used by node 0.'],
  ['tools', 'link ids are unique', (d) => d.links.push({ ...d.links[0] }), 'data/surveillance-tools.json: link 6 (id "subpoenas-ice"), field "id": received "subpoenas-ice"; expected a value not already used by link 0.'],
  ['tools', 'one link per supplier, agency and tool', (d) => d.links.push({ ...d.links[0], id: 'copy' }), 'data/surveillance-tools.json: link 6 (id "copy"), field "to": received "tech-platforms → ice (Administrative subpoenas)"; expected a value not already used by link 0.'],
  ['tools', 'figure ids are unique across links, ownership and context', (d) => (d.context[0].id = d.links[0].figures[0].id), 'data/surveillance-tools.json: figure 11 (id "subpoenas-ice-count"), field "id": received "subpoenas-ice-count"; expected a value not already used by figure 0.'],
  ['tools', 'a link’s event cites a known source', (d) => (d.links[0].events[0].source = 'nope'), 'data/surveillance-tools.json: link 0 (id "subpoenas-ice"), field "events.0.source": received "nope"; expected the id of a source in data/sources.json.'],
  ['tools', 'a link cites known sources', (d) => (d.links[0].sources[0] = 'nope'), 'data/surveillance-tools.json: link 0 (id "subpoenas-ice"), field "sources.0": received "nope"; expected the id of a source in data/sources.json.'],
  ['tools', 'an ownership cites known sources', (d) => (d.ownership[0].sources[0] = 'nope'), 'data/surveillance-tools.json: ownership 0 (id "motorola-vigilant"), field "sources.0": received "nope"; expected the id of a source in data/sources.json.'],
  ['tools', 'an ownership’s figure cites a known source', (d) => (d.ownership[0].figures[0].source = 'nope'), 'data/surveillance-tools.json: ownership 0 (id "motorola-vigilant"), field "figures.0.source": received "nope"; expected the id of a source in data/sources.json.'],
  ['tools', 'an ownership date cites a known source', (d) => (d.ownership[0].dates.find((x: Json) => x.source).source = 'nope'), 'data/surveillance-tools.json: ownership 0 (id "motorola-vigilant"), field "dates.0.source": received "nope"; expected the id of a source in data/sources.json.'],
  ['tools', 'a context figure cites a known source', (d) => (d.context[0].source = 'nope'), 'data/surveillance-tools.json: context 0 (id "border-towers"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['cbpOne', 'event ids are unique', (d) => d.events.push({ ...d.events.at(-1) }), 'data/cbp-one.json: event 14 (id "shutdown"), field "id": received "shutdown"; expected a value not already used by event 13.'],
  ['cbpOne', 'figure ids are unique', (d) => d.figures.push({ ...d.figures[0] }), 'data/cbp-one.json: figure 10 (id "capacity-2023-05"), field "id": received "capacity-2023-05"; expected a value not already used by figure 0.'],
  ['cbpOne', 'collect ids are unique', (d) => d.collects.push({ ...d.collects[0] }), 'data/cbp-one.json: collect 4 (id "face"), field "id": received "face"; expected a value not already used by collect 0.'],
  ['cbpOne', 'period ids are unique', (d) => (d.geofence.periods[1].id = d.geofence.periods[0].id), 'data/cbp-one.json: period 1 (id "north-central"), field "id": received "north-central"; expected a value not already used by period 0.'],
  ['cbpOne', 'port ids are unique', (d) => d.ports.push({ ...d.ports[0] }), 'data/cbp-one.json: port 8 (id "san-ysidro"), field "id": received "san-ysidro"; expected a value not already used by port 0.'],
  ['cbpOne', 'events are oldest first', (d) => ([d.events[0], d.events[1]] = [d.events[1], d.events[0]]), 'data/cbp-one.json: event 1 (id "launch"), field "date": received "2020-10-28"; expected a date on or after 2021-02-19 (events are oldest first).'],
  ['cbpOne', 'an event cites a known source', (d) => (d.events[0].source = 'nope'), 'data/cbp-one.json: event 0 (id "launch"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['cbpOne', 'a figure cites a known source', (d) => (d.figures[0].source = 'nope'), 'data/cbp-one.json: figure 0 (id "capacity-2023-05"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['cbpOne', 'a collect cites known sources', (d) => (d.collects[0].sources[0] = 'nope'), 'data/cbp-one.json: collect 0 (id "face"), field "sources.0": received "nope"; expected the id of a source in data/sources.json.'],
  ['cbpOne', 'a period cites a known source', (d) => (d.geofence.periods[0].source = 'nope'), 'data/cbp-one.json: period 0 (id "north-central"), field "source": received "nope"; expected the id of a source in data/sources.json.'],
  ['cbpOne', 'a port cites known sources', (d) => (d.ports[0].sources[0] = 'nope'), 'data/cbp-one.json: port 0 (id "san-ysidro"), field "sources.0": received "nope"; expected the id of a source in data/sources.json.'],
  ['cbpOne', 'a port’s coordinates cite a known source', (d) => (d.ports.find((p: Json) => p.coordSource).coordSource = 'nope'), 'data/cbp-one.json: port 1 (id "calexico"), field "coordSource": received "nope"; expected the id of a source in data/sources.json.'],
];

describe('more loader rules, each tripped by one fault in the real file', () => {
  it.each(CASES)('%s: %s', (name, _rule, spoil, message) => {
    const [file, parse] = PARSERS[name];
    const data = real(file);
    spoil(data);
    expect(() => parse(data, ids)).toThrow(message);
  });
});

describe('the source ids a loader gives its pages', () => {
  it('CBP One: every id the file cites, and only those', () => {
    const parsed = parseCbpOne(real('cbp-one.json'), ids);
    expect([...cbpOneSourceIds(parsed)].sort()).toEqual([...new Set(citedIds(parsed))].sort());
  });
  it('surveillance tools: every id the file cites, and only those', () => {
    const parsed = parseTools(real('surveillance-tools.json'), ids);
    expect([...toolsSourceIds(parsed)].sort()).toEqual([...new Set(citedIds(parsed))].sort());
  });
});

describe('the edges of the loaders’ order rules: equal is allowed', () => {
  const parses = (name: keyof typeof PARSERS, spoil: (d: Json) => void) => {
    const [file, parse] = PARSERS[name];
    const data = real(file);
    spoil(data);
    return () => parse(data, ids);
  };
  it('a finding’s span may be a single year', () => {
    expect(parses('deaths', (d) => (d.findings[0].span.to = d.findings[0].span.from))).not.toThrow();
  });
  it('two CBP One events may share a date, and a geofence period may last one day', () => {
    expect(parses('cbpOne', (d) => (d.events[1].date = d.events[0].date))).not.toThrow();
    expect(parses('cbpOne', (d) => (d.geofence.periods[0].to = d.geofence.periods[0].from))).not.toThrow();
  });
  it('two events of a link may share a date', () => {
    expect(parses('tools', (d) => { const l = d.links.find((x: Json) => x.events.length > 1); l.events[1].date = l.events[0].date; })).not.toThrow();
  });
  it('an ownership’s storyUses may name one of several dates', () => {
    expect(parses('tools', (d) => { const o = d.ownership[0]; o.dates = [{ ...o.dates[0], date: '2019' }, { ...o.dates[0], date: '2020' }]; o.storyUses = '2020'; })).not.toThrow();
  });
  it('a port missing only its longitude is named by that field', () => {
    expect(parses('cbpOne', (d) => (d.ports.find((p: Json) => p.lon !== null).lon = null))).toThrow('field "lon": received null; expected a number, since the other coordinate is given.');
  });
});

describe('toolsSourceIds names a source cited in only one place', () => {
  it.each([
    ['a node', (f: Json) => (f.nodes[0].sources = ['only-here'])],
    ['an ownership', (f: Json) => (f.ownership[0].sources = ['only-here'])],
    ['an ownership’s figure', (f: Json) => (f.ownership[0].figures[0].source = 'only-here')],
    ['an ownership’s date', (f: Json) => (f.ownership[0].dates[0].source = 'only-here')],
    ['a context figure', (f: Json) => (f.context[0].source = 'only-here')],
    ['a link’s event', (f: Json) => (f.links[0].events[0].source = 'only-here')],
  ])('%s', (_where, cite) => {
    const parsed = structuredClone(parseTools(real('surveillance-tools.json'), ids)) as Json;
    cite(parsed);
    expect(toolsSourceIds(parsed).has('only-here')).toBe(true);
  });
});
