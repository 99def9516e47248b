import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import AgreementsMap from '../../src/components/charts/AgreementsMap.svelte';
import { parseAgreements } from '../../src/lib/data/agreements';
import { toMapAgreements } from '../../src/lib/charts/agreementsModel';
import { agreementsGeometry, AGREEMENTS_PROJECTION, AGREEMENTS_VIEWBOX } from '../../src/lib/geo/agreementsFrame';
import { SOURCE_IDS, validAgreements } from '../fixtures/agreements/factory';
import { tinyAgreementsTopology } from '../fixtures/agreements/tinyTopology';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { AGREEMENTS_STRINGS } from '../../src/lib/charts/agreementsMapState';

const strings = pickStrings('en', AGREEMENTS_STRINGS);

const agreements = toMapAgreements(parseAgreements(validAgreements(), SOURCE_IDS).records);
// keep = 1: the fixture's squares have nothing to simplify.
const geometry = agreementsGeometry(tinyAgreementsTopology, AGREEMENTS_VIEWBOX, AGREEMENTS_PROJECTION, 1);
const sources = { 'dhs-test': { publisher: 'DHS', title: 'Test' }, 'ngo-test': { publisher: 'NGO', title: 'Test' } };
const mapSvg = (body: string) => normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot'))));

describe('AgreementsMap on the server', () => {
  it('projects only the countries in the topology, into the square viewBox', () => {
    expect(geometry.countries.map((c) => c.id)).toEqual(['MEX', 'USA']);
    expect(geometry.viewBox).toEqual({ width: 400, height: 400 });
  });

  it('renders the complete SVG of the 2019 step: land, an emphasised exchange with two heads, a context arc with one', async () => {
    const { body } = render(AgreementsMap, { props: { agreements, geometry, sources, strings, step: 1, uid: 't' } });
    expect(body).toContain('data-state="wave-2019"');
    expect(body).toContain('data-chart="agreements"');
    expect(body).toMatch(/<svg viewBox="0 0 400 400" role="img" aria-labelledby="t-title t-desc"/);
    expect(body).toMatch(/class="flow enc-not-stated emphasis[^"]*" data-flow="usa-slv-test:SLV-USA"/);
    expect(body).toMatch(/class="flow enc-non-binding context[^"]*" data-flow="usa-mex-test:MEX-USA"/);
    await expect(mapSvg(body)).toMatchFileSnapshot('./__snapshots__/agreements-wave-2019.svg');
  });

  it('draws later arcs hidden in the first step; no pointer targets before hydration, the flow list only for JavaScript', async () => {
    const { body } = render(AgreementsMap, { props: { agreements, geometry, sources, strings, step: 0, uid: 't' } });
    expect(body).toContain('data-state="mexico"');
    expect(body).toMatch(/class="flow enc-not-stated hidden[^"]*" data-flow="usa-slv-test:SLV-USA"/);
    expect(body).not.toContain('class="hit');
    // The list of flows is server-rendered so hydration shifts nothing, but shown only with JavaScript.
    expect(body).toMatch(/<ul class="flow-list js-only[^"]*" aria-label="[^"]+">(?:<!--\[-->)?<li[^>]*><button/);
    expect(body).toContain('Mexico, 2013–2018');
    await expect(mapSvg(body)).toMatchFileSnapshot('./__snapshots__/agreements-mexico.svg');
  });
});
