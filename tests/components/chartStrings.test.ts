/**
 * Every chart island translates with only the strings its figure picks for it
 * (`pickStrings(lang, <CHART>_STRINGS)`). A key outside those prefixes would show
 * itself raw (see src/i18n/translator.ts); these tests prove the prefixes cover
 * every key each chart and its marks use.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { pickStrings } from '../../src/i18n';
import AgreementsMap from '../../src/components/charts/AgreementsMap.svelte';
import CbpOneChart from '../../src/components/charts/CbpOneChart.svelte';
import DatabasesChart from '../../src/components/charts/DatabasesChart.svelte';
import DeathsChart from '../../src/components/charts/DeathsChart.svelte';
import ElSalvadorChart from '../../src/components/charts/ElSalvadorChart.svelte';
import RouteMap from '../../src/components/charts/RouteMap.svelte';
import ToolsChart from '../../src/components/charts/ToolsChart.svelte';
import { AGREEMENTS_MAP_STATES, AGREEMENTS_STRINGS } from '../../src/lib/charts/agreementsMapState';
import { CBP_ONE_STATES, CBP_ONE_STRINGS } from '../../src/lib/charts/cbpOneState';
import { DATABASES_STATES, DATABASES_STRINGS } from '../../src/lib/charts/databasesState';
import { DEATHS_STATES, DEATHS_STRINGS } from '../../src/lib/charts/deathsState';
import { EL_SALVADOR_STATES, EL_SALVADOR_STRINGS } from '../../src/lib/charts/elSalvadorState';
import { ROUTE_MAP_STATES, ROUTE_MAP_STRINGS } from '../../src/lib/charts/routeMapState';
import { TOOLS_STATES, TOOLS_STRINGS } from '../../src/lib/charts/toolsState';
import { toMapAgreements } from '../../src/lib/charts/agreementsModel';
import { databasesChartData } from '../../src/lib/charts/databasesModel';
import { elSalvadorChartData } from '../../src/lib/charts/elSalvadorModel';
import { routeMapProps } from '../../src/lib/charts/routeMapProps';
import { agreementsGeometry, AGREEMENTS_PROJECTION, AGREEMENTS_VIEWBOX } from '../../src/lib/geo/agreementsFrame';
import { parseAgreements } from '../../src/lib/data/agreements';
import { parseBiometricDatabases } from '../../src/lib/data/biometricDatabases';
import { parseCbpOne } from '../../src/lib/data/cbpOne';
import { parseDeaths } from '../../src/lib/data/deaths';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { parseRouteIncidents } from '../../src/lib/data/routeDeaths';
import { parseTools } from '../../src/lib/data/surveillanceTools';
import * as agreementsFx from '../fixtures/agreements/factory';
import { tinyAgreementsTopology } from '../fixtures/agreements/tinyTopology';
import * as cbpOneFx from '../fixtures/cbpOne/factory';
import * as databasesFx from '../fixtures/databases/factory';
import * as deathsFx from '../fixtures/deaths/factory';
import * as elSalvadorFx from '../fixtures/elsalvador/factory';
import * as routeFx from '../fixtures/routeDeaths/factory';
import { tinyTopology } from '../fixtures/geo/tinyTopology';
import * as toolsFx from '../fixtures/tools/factory';

/** Text that looks like an untranslated UI key of a chart. */
const RAW_KEY = /\b(agreements|cbpone|databases|elsalvador|route|tools|figure|deaths)\.[a-zA-Z.]+\b/g;

// The fixtures of the SSR snapshot tests (tests/components/*.ssr.test.ts).
const src = (publisher: string) => ({ publisher, title: 'Test' });

const agreements = toMapAgreements(parseAgreements(agreementsFx.validAgreements(), agreementsFx.SOURCE_IDS).records);
const agreementsProps = {
  agreements,
  geometry: agreementsGeometry(tinyAgreementsTopology, AGREEMENTS_VIEWBOX, AGREEMENTS_PROJECTION, 1),
  sources: { 'dhs-test': src('DHS'), 'ngo-test': src('NGO') },
};

const cbpOne = parseCbpOne(cbpOneFx.validCbpOne(), cbpOneFx.SOURCE_IDS);
const cbpOneProps = { events: cbpOne.events, figures: cbpOne.figures, collects: cbpOne.collects, geofence: cbpOne.geofence, sources: { 'cbp-test': src('CBP'), 'news-test': src('News') } };

const databasesProps = {
  data: databasesChartData(parseBiometricDatabases(databasesFx.validDatabases(), databasesFx.SOURCE_IDS)),
  sources: { 'gao-test': src('GAO'), 'press-test': src('Press'), 'accessnow-smart-borders': src('Access Now') },
};

const deathsProps = {
  records: parseDeaths(deathsFx.validDeaths(), deathsFx.SOURCE_IDS).records,
  sources: { 'cbp-test': src('CBP'), 'iom-test': src('IOM') },
};

// As in the SSR test: the steps that cite records name them by the real data's ids.
const elSalvadorFixture = elSalvadorFx.validElSalvador();
elSalvadorFixture.detentions[0]!.id = 'detentions-2022-04';
elSalvadorFixture.detentions[1]!.id = 'detentions-2023-03';
elSalvadorFixture.detentions[1]!.extension = 1;
elSalvadorFixture.detentions[2]!.id = 'detentions-2026-02';
const elSalvadorProps = {
  data: elSalvadorChartData(parseElSalvador(elSalvadorFixture, elSalvadorFx.SOURCE_IDS)),
  sources: { 'press-test': src('Press'), 'efe-test': src('EFE') },
};

const routeFixture = routeFx.validIncidents();
routeFixture.incidents.push(
  { id: '2021.MMP00003', lon: -99.5, lat: 20.5, year: 2021, deadMissing: 7, cause: 'violence', country: 'MEX' },
  { id: '2014.MMP00004', lon: -98.5, lat: 20.4, year: 2014, deadMissing: 1, cause: 'drowning', country: 'MEX', kind: 'cumulative' } as never,
);
const { countries: _countries, borders: _borders, ...routeProps } = routeMapProps(parseRouteIncidents(routeFixture, routeFx.SOURCE_IDS).incidents, tinyTopology);

const tools = parseTools(toolsFx.validTools(), toolsFx.SOURCE_IDS);
const toolsProps = { nodes: tools.nodes, links: tools.links, ownership: tools.ownership, sources: { 'news-test': src('News'), 'gov-test': src('Gov') } };

interface Case {
  chart: string;
  component: Component<Record<string, unknown>>;
  props: Record<string, unknown>;
  prefixes: readonly string[];
  steps: number;
  /** The chart and every file that translates for it (its marks, its wording helpers). */
  files: string[];
}

const charts = 'src/components/charts/';
const cases: Case[] = [
  { chart: 'agreements', component: AgreementsMap as never, props: agreementsProps, prefixes: AGREEMENTS_STRINGS, steps: AGREEMENTS_MAP_STATES.length,
    files: [`${charts}AgreementsMap.svelte`, `${charts}marks/AgreementCard.svelte`, `${charts}marks/FlowLegend.svelte`, 'src/lib/charts/agreementsText.ts'] },
  { chart: 'cbp-one', component: CbpOneChart as never, props: cbpOneProps, prefixes: CBP_ONE_STRINGS, steps: CBP_ONE_STATES.length,
    files: [`${charts}CbpOneChart.svelte`] },
  { chart: 'databases', component: DatabasesChart as never, props: databasesProps, prefixes: DATABASES_STRINGS, steps: DATABASES_STATES.length,
    files: [`${charts}DatabasesChart.svelte`] },
  { chart: 'deaths', component: DeathsChart as never, props: deathsProps, prefixes: DEATHS_STRINGS, steps: DEATHS_STATES.length,
    files: [`${charts}DeathsChart.svelte`] },
  { chart: 'el-salvador', component: ElSalvadorChart as never, props: elSalvadorProps, prefixes: EL_SALVADOR_STRINGS, steps: EL_SALVADOR_STATES.length,
    files: [`${charts}ElSalvadorChart.svelte`] },
  { chart: 'route-map', component: RouteMap as never, props: { ...routeProps, controls: true }, prefixes: ROUTE_MAP_STRINGS, steps: ROUTE_MAP_STATES.length,
    files: [`${charts}RouteMap.svelte`] },
  { chart: 'tools', component: ToolsChart as never, props: toolsProps, prefixes: TOOLS_STRINGS, steps: TOOLS_STATES.length,
    files: [`${charts}ToolsChart.svelte`] },
];

/** Keys written out in a source file: whole literals ('tools.title') and the fixed start of built ones (`tools.unit.${u}`). */
function keysIn(file: string): { whole: string[]; starts: string[] } {
  const text = readFileSync(file, 'utf8');
  const ns = '(?:agreements|cbpone|databases|elsalvador|route|tools|figure|deaths)\\.';
  const whole = [...text.matchAll(new RegExp(`['"\`](${ns}[\\w.-]+)['"\`]`, 'g'))].map((m) => m[1]!);
  const starts = [...text.matchAll(new RegExp(`\`(${ns}[\\w.-]*)\\$\\{`, 'g'))].map((m) => m[1]!);
  return { whole, starts };
}

describe.each(cases)('the $chart chart with only its picked strings', ({ component, props, prefixes, steps, files }) => {
  const strings = pickStrings('en', prefixes);

  it('renders every step on the server without a raw UI key', () => {
    for (let step = 0; step < steps; step++) {
      const { body } = render(component, { props: { ...props, strings, step, uid: 't' } });
      expect(body.length).toBeGreaterThan(500);
      expect(body.match(RAW_KEY) ?? [], `step ${step}`).toEqual([]);
    }
  });

  it('is given every key its source writes out, including the start of keys built at run time', () => {
    const picked = Object.keys(strings);
    for (const file of files) {
      const { whole, starts } = keysIn(file);
      expect(whole.length + starts.length, file).toBeGreaterThan(0);
      for (const key of whole) expect(strings[key], `${file}: ${key}`).toBeDefined();
      for (const start of starts) expect(picked.some((k) => k.startsWith(start)), `${file}: ${start}…`).toBe(true);
    }
  });

  it('is given no strings outside its prefixes', () => {
    expect(Object.keys(strings).every((k) => prefixes.some((p) => k.startsWith(p)))).toBe(true);
  });
});
