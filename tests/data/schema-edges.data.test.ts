import { describe, expect, it } from 'vitest';
import { ids, real, type Json } from './spoiled';
import { parseDeaths } from '../../src/lib/data/deaths';
import { parseCbpOne } from '../../src/lib/data/cbpOne';
import { parseAgreements } from '../../src/lib/data/agreements';
import { parseRouteIncidents } from '../../src/lib/data/routeDeaths';
import { parseBiometricDatabases } from '../../src/lib/data/biometricDatabases';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { parseGlossary } from '../../src/lib/data/glossary';
import { parseStatements } from '../../src/lib/data/statements';
import { parseTools } from '../../src/lib/data/surveillanceTools';
import { parseSources } from '../../src/lib/data/sources';
import { Topic } from '../../src/lib/data/statementsSchema';
import { readdirSync } from 'node:fs';
import { checkRegionTopology } from '../../src/lib/data/loadRouteDeaths';

/**
 * The edges of the schemas' own rules, which the real files never reach: both ends of each id
 * pattern (a valid id with a character added before or after), the values an enum allows that
 * no record uses yet, bounds a real value sits far from, and defaults. One spoiled copy of the
 * real file per case, through the loader, with its exact message (or none: the file stays
 * valid). Found by applying Stryker's surviving schema mutants by hand (README, Mutation testing).
 */
const PARSERS = {
  agreements: ['agreements.json', parseAgreements],
  deaths: ['border-deaths.json', parseDeaths],
  cbpOne: ['cbp-one.json', parseCbpOne],
  incidents: ['route-incidents.json', parseRouteIncidents],
  databases: ['biometric-databases.json', parseBiometricDatabases],
  elSalvador: ['el-salvador-exception.json', parseElSalvador],
  glossary: ['glossary.json', parseGlossary],
  statements: ['statements.json', parseStatements],
  tools: ['surveillance-tools.json', parseTools],
  sources: ['sources.json', (d: unknown, _ids: ReadonlySet<string>, file: string) => parseSources(d, file)],
} as const;
type Key = keyof typeof PARSERS;
const parse = (key: Key, spoil: (d: Json) => void) => {
  const [file, parser] = PARSERS[key];
  const data = real(file);
  spoil(data);
  return (parser as (d: unknown, s: ReadonlySet<string>, f: string) => Json)(data, ids, `data/${file}`);
};
const KEBAB = 'a string in the format regex (/^[a-z0-9]+(-[a-z0-9]+)*$/)';

const REJECTED: [Key, string, (d: Json) => void, string][] = [
  ['agreements', 'an id must start with its pattern', (d) => (d.records[0].id = 'Usa-x'), `data/agreements.json: record 0 (id "Usa-x"), field "id": received "Usa-x"; expected ${KEBAB}.`],
  ['agreements', 'an id must end with its pattern', (d) => (d.records[0].id += '!'), `data/agreements.json: record 0 (id "usa-mex-moc-2013!"), field "id": received "usa-mex-moc-2013!"; expected ${KEBAB}.`],
  ['agreements', 'a figure key must start with a lower-case letter', (d) => (d.records.find((r: Json) => r.figures?.length).figures[0].key = 'Stations'), 'data/agreements.json: record 1 (id "mex-inm-dhs-terminals"), field "figures.0.key": received "Stations"; expected a string in the format regex (/^[a-z][a-z0-9-]*$/).'],
  ['agreements', 'a figure key must end with its pattern', (d) => (d.records.find((r: Json) => r.figures?.length).figures[0].key += '!'), 'data/agreements.json: record 1 (id "mex-inm-dhs-terminals"), field "figures.0.key": received "stations!"; expected a string in the format regex (/^[a-z][a-z0-9-]*$/).'],
  ['deaths', 'a finding id must start with its pattern', (d) => (d.findings[0].id = 'Cnn-x'), `data/border-deaths.json: finding 0 (id "Cnn-x"), field "id": received "Cnn-x"; expected ${KEBAB}.`],
  ['deaths', 'a finding id must end with its pattern', (d) => (d.findings[0].id += '!'), `data/border-deaths.json: finding 0 (id "cnn-2018-uncounted!"), field "id": received "cnn-2018-uncounted!"; expected ${KEBAB}.`],
  ['cbpOne', 'an event id must start with its pattern', (d) => (d.events[0].id = 'Launch'), `data/cbp-one.json: event 0 (id "Launch"), field "id": received "Launch"; expected ${KEBAB}.`],
  ['cbpOne', 'an event id must end with its pattern', (d) => (d.events[0].id += '!'), `data/cbp-one.json: event 0 (id "launch!"), field "id": received "launch!"; expected ${KEBAB}.`],
  ['cbpOne', 'a figure id must start with its pattern', (d) => (d.figures[0].id = 'Capacity-2023-05'), `data/cbp-one.json: figure 0 (id "Capacity-2023-05"), field "id": received "Capacity-2023-05"; expected ${KEBAB}.`],
  ['cbpOne', 'a figure id must end with its pattern', (d) => (d.figures[0].id += '!'), `data/cbp-one.json: figure 0 (id "capacity-2023-05!"), field "id": received "capacity-2023-05!"; expected ${KEBAB}.`],
  ['cbpOne', 'a port lies west of 90° W', (d) => (d.ports[0].lon = -80), 'data/cbp-one.json: port 0 (id "san-ysidro"), field "lon": received -80; expected a value <= -90.'],
  ['incidents', 'an IOM id must start with its year', (d) => (d.incidents[0].id = 'x' + d.incidents[0].id), 'data/route-incidents.json: incident 0 (id "x2014.MMP00001"), field "id": received "x2014.MMP00001"; expected a string in the format regex (/^\\d{4}\\.MMP\\d+$/).'],
  ['incidents', 'an IOM id must end with its number', (d) => (d.incidents[0].id += 'x'), 'data/route-incidents.json: incident 0 (id "2014.MMP00001x"), field "id": received "2014.MMP00001x"; expected a string in the format regex (/^\\d{4}\\.MMP\\d+$/).'],
  ['databases', 'a count id must start with its pattern', (d) => (d.ident.counts[0].id = 'Ident-2013'), `data/biometric-databases.json: count 0 (id "Ident-2013"), field "id": received "Ident-2013"; expected ${KEBAB}.`],
  ['databases', 'a count id must end with its pattern', (d) => (d.ident.counts[0].id += '!'), `data/biometric-databases.json: count 0 (id "ident-2013!"), field "id": received "ident-2013!"; expected ${KEBAB}.`],
  ['elSalvador', 'a count id must start with its pattern', (d) => (d.trigger[0].id = 'Homicides-62'), `data/el-salvador-exception.json: trigger 0 (id "Homicides-62"), field "id": received "Homicides-62"; expected ${KEBAB}.`],
  ['elSalvador', 'a count id must end with its pattern', (d) => (d.trigger[0].id += '!'), `data/el-salvador-exception.json: trigger 0 (id "homicides-62!"), field "id": received "homicides-62!"; expected ${KEBAB}.`],
  ['glossary', 'a term id must start with its pattern', (d) => (d.terms[0].id = 'Asylum'), `data/glossary.json: term 0 (id "Asylum"), field "id": received "Asylum"; expected ${KEBAB}.`],
  ['glossary', 'a term id must end with its pattern', (d) => (d.terms[0].id += '!'), `data/glossary.json: term 0 (id "asylum!"), field "id": received "asylum!"; expected ${KEBAB}.`],
  ['statements', 'a statement id must start with its pattern', (d) => (d.statements[0].id = 'Cbp-x'), `data/statements.json: statement 0 (id "Cbp-x"), field "id": received "Cbp-x"; expected ${KEBAB}.`],
  ['statements', 'a statement id must end with its pattern', (d) => (d.statements[0].id += '!'), `data/statements.json: statement 0 (id "cbp-smugglers-abandon!"), field "id": received "cbp-smugglers-abandon!"; expected ${KEBAB}.`],
  ['tools', 'a node id must start with its pattern', (d) => (d.nodes[0].id = 'Tech-platforms'), `data/surveillance-tools.json: node 0 (id "Tech-platforms"), field "id": received "Tech-platforms"; expected ${KEBAB}.`],
  ['tools', 'a node id must end with its pattern', (d) => (d.nodes[0].id += '!'), `data/surveillance-tools.json: node 0 (id "tech-platforms!"), field "id": received "tech-platforms!"; expected ${KEBAB}.`],
];

/** The loader's message for a spoiled copy, or "valid". */
const messageOf = (key: Key, spoil: (d: Json) => void) => {
  try {
    parse(key, spoil);
    return 'valid';
  } catch (e) {
    return (e as Error).message;
  }
};

/** Values the schemas allow that no record uses yet: a file using one stays valid, and keeps it. */
const ACCEPTED: [Key, string, (d: Json) => void, (parsed: Json) => unknown, unknown][] = [
  ['agreements', 'a date may be the day an instrument was announced', (d) => (d.records[0].dateKind = 'announced'), (p) => p.records[0].dateKind, 'announced'],
  ['agreements', 'an instrument may be planned', (d) => (d.records[0].status = 'planned'), (p) => p.records[0].status, 'planned'],
  ['deaths', 'a finding’s figure may be “about” a number', (d) => (d.findings.find((f: Json) => f.figures?.length).figures[0].qualifier = 'about'), (p) => p.findings.find((f: Json) => f.figures?.length).figures[0].qualifier, 'about'],
  ['cbpOne', 'a port may be in New Mexico', (d) => (d.ports[0].state = 'NM'), (p) => p.ports[0].state, 'NM'],
  ['incidents', 'an incident may be one IOM recorded as cumulative', (d) => (d.incidents[0].kind = 'cumulative'), (p) => p.incidents[0].kind, 'cumulative'],
];

describe('the schemas’ edges', () => {
  for (const [key, rule, spoil, message] of REJECTED) {
    it(`${key}: ${rule}`, () => {
      expect(messageOf(key, spoil)).toBe(message);
    });
  }
  for (const [key, rule, spoil, read, value] of ACCEPTED) {
    it(`${key}: ${rule}`, () => {
      expect(messageOf(key, spoil)).toBe('valid');
      expect(read(parse(key, spoil))).toBe(value);
    });
  }
  it('statements: a topic is a story section (src/content/<lang>/NN-<topic>.md, in both editions), and each section between the lede and the method is one', () => {
    const sections = (lang: string) => readdirSync(`src/content/${lang}`).map((f) => f.replace(/^\d+-|\.md$/g, ''));
    for (const lang of ['en', 'es']) expect([...Topic.options], lang).toEqual(sections(lang).filter((id) => id !== 'lede' && id !== 'sources-method'));
    for (const topic of Topic.options) expect(messageOf('statements', (d) => (d.statements[0].topic = topic)), topic).toBe('valid');
  });
  it('statements: a quote is at most 30 words, counted between runs of white space and without the ends', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
    for (const quote of [words(30).join(' '), ` ${words(30).join('  ')} `, words(30).join('\n')]) expect(messageOf('statements', (d) => (d.statements[0].quote = quote)), JSON.stringify(quote)).toBe('valid');
    expect(messageOf('statements', (d) => (d.statements[0].quote = words(31).join(' ')))).toBe('data/statements.json: statement 0 (id "cbp-smugglers-abandon"), field "quote": received "w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w2...; expected a quote of at most 30 words.');
  });
  it('topology: a country, drawn as one polygon or several, has an ISO alpha-3 id (at both ends), a name, and polygons of one ring or more', () => {
    const check = (change: (g: Json) => void) => {
      const topo = real('region-50m.json');
      change(topo.objects.countries.geometries[3]);
      try {
        checkRegionTopology(topo, 'data/region-50m.json');
        return 'valid';
      } catch (e) {
        return (e as Error).message;
      }
    };
    const polygon = (id: string, rings = 1) => (g: Json) => Object.assign(g, { type: 'Polygon', id, arcs: Array.from({ length: rings }, () => g.arcs[0][0]) });
    const multi = (id: string, rings = 1) => (g: Json) => Object.assign(g, { id, arcs: [Array.from({ length: rings }, () => g.arcs[0][0])] });
    const pattern = (id: string) => `data/region-50m.json: geometry 3 (id "${id}"), field "id": received "${id}"; expected a string in the format regex (/^[A-Z]{3}$/).`;
    for (const shape of [polygon, multi]) {
      expect(check(shape('GTM')), shape.name).toBe('valid');
      expect(check(shape('GTM', 2)), `${shape.name}, two rings`).toBe('valid');
      expect(check(shape('xGTM')), shape.name).toBe(pattern('xGTM'));
      expect(check(shape('GTMx')), shape.name).toBe(pattern('GTMx'));
    }
  });
  it('sources: a source id must match its pattern at both ends', () => {
    const first = real('sources.json').sources[0].id;
    for (const id of [`X${first}`, `${first}!`]) expect(messageOf('sources', (d) => (d.sources[0].id = id))).toBe(`data/sources.json: source 0 (id "${id}"), field "id": received "${id}"; expected ${KEBAB}.`);
  });
  it('sources: a URL’s protocol is exactly https', () => {
    const withUrl = (url: string) => messageOf('sources', (d) => (d.sources[0].url = url));
    expect(withUrl('https://www.gao.gov/products/gao-21-386')).toBe('valid');
    for (const url of ['xhttps://www.gao.gov/products/gao-21-386', 'httpsx://www.gao.gov/products/gao-21-386', 'http://www.gao.gov/products/gao-21-386']) expect(withUrl(url), url).toBe(`data/sources.json: source 0 (id "cbs-2022-853"), field "url": received "${url}"; expected a string in the format url (^https$).`);
  });
  it('incidents: an ordinary incident leaves its kind out (“incident” is not written)', () => {
    expect(messageOf('incidents', (d) => (d.incidents[0].kind = 'incident'))).toBe('data/route-incidents.json: incident 0 (id "2014.MMP00001"), field "kind": received "incident"; expected one of "cumulative", "split".');
  });
  it('deaths: an alternative count is exact unless its source says “about” (approximate defaults to false)', () => {
    const raw = real('border-deaths.json').records.flatMap((r: Json) => r.alternatives ?? []);
    const parsed = parse('deaths', () => {}).records.flatMap((r: Json) => r.alternatives ?? []);
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.filter((a: Json) => !('approximate' in a)).length).toBeGreaterThan(0);
    expect(parsed.map((a: Json) => a.approximate)).toEqual(raw.map((a: Json) => a.approximate ?? false));
  });
});
