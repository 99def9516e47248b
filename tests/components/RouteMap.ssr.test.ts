import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import RouteMap from '../../src/components/charts/RouteMap.svelte';
import RouteMapLand from '../../src/components/charts/RouteMapLand.svelte';
import { routeMapProps } from '../../src/lib/charts/routeMapProps';
import { parseRouteIncidents } from '../../src/lib/data/routeDeaths';
import { tinyTopology } from '../fixtures/geo/tinyTopology';
import { SOURCE_IDS, validIncidents } from '../fixtures/routeDeaths/factory';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { ROUTE_MAP_STRINGS } from '../../src/lib/charts/routeMapState';

const strings = pickStrings('en', ROUTE_MAP_STRINGS);

// Two incidents of the data fixture plus one in each square of the tiny topology.
const fixture = validIncidents();
fixture.incidents.push(
  { id: '2021.MMP00003', lon: -99.5, lat: 20.5, year: 2021, deadMissing: 7, cause: 'violence', country: 'MEX' },
  { id: '2014.MMP00004', lon: -98.5, lat: 20.4, year: 2014, deadMissing: 1, cause: 'drowning', country: 'MEX', kind: 'cumulative' } as never,
);
const { incidents } = parseRouteIncidents(fixture, SOURCE_IDS);
const { countries, borders, ...props } = routeMapProps(incidents, tinyTopology);

describe('RouteMap on the server', () => {
  it('renders the land layer of a tiny two-country topology as static SVG', async () => {
    const { body } = render(RouteMapLand, { props: { countries, borders } });
    expect(countries.map((c) => c.id)).toEqual(['AAA', 'BBB']);
    expect(body).toContain('aria-hidden="true"');
    await expect(normalizeSvg(firstSvg(body))).toMatchFileSnapshot('./__snapshots__/route-land-tiny.svg');
  });

  it('renders the first step complete: title, description with the total, one circle per cell, labels', async () => {
    const { body } = render(RouteMap, { props: { ...props, strings, step: 0, uid: 't' } });
    expect(body).toContain('data-state="route"');
    expect(body).toContain('data-year="all"');
    expect(body).toMatch(/<svg class="dots-layer[^"]*" viewBox="0 0 960 700" role="img" aria-labelledby="t-title t-desc"/);
    expect(body).toContain('13 on this map'); // 2 + 3 + 7 + 1 dead and missing
    expect(firstSvg(body).match(/<circle class="dot/g)).toHaveLength(4);
    expect(body).toContain('data-label="mex"');
    expect(body).not.toContain('role="slider"');
    await expect(normalizeSvg(firstSvg(body))).toMatchFileSnapshot('./__snapshots__/route-map-route.svg');
  });

  it('renders the year-by-year step at its first year, with the cumulative record dashed', async () => {
    const { body } = render(RouteMap, { props: { ...props, strings, step: 3, uid: 't' } });
    expect(body).toContain('data-state="years"');
    expect(body).toContain('data-year="2014"');
    expect(firstSvg(body).match(/<circle class="dot/g)).toHaveLength(1);
    expect(firstSvg(body)).toMatch(/<circle class="dot[^"]*approx/);
    await expect(normalizeSvg(firstSvg(body))).toMatchFileSnapshot('./__snapshots__/route-map-years.svg');
  });

  it('zooms the land through CSS variables on its root for the border step', () => {
    const { body } = render(RouteMap, { props: { ...props, strings, step: 1, uid: 't' } });
    const { k } = props.zooms.border;
    expect(body).toContain(`--zk: ${k};`);
    expect(k).toBeGreaterThan(1);
  });
});
