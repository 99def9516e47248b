import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import CbpOneChart from '../../src/components/charts/CbpOneChart.svelte';
import { parseCbpOne } from '../../src/lib/data/cbpOne';
import { SOURCE_IDS, validCbpOne } from '../fixtures/cbpOne/factory';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { CBP_ONE_STRINGS } from '../../src/lib/charts/cbpOneState';

const strings = pickStrings('en', CBP_ONE_STRINGS);

const { events, figures, collects, geofence } = parseCbpOne(validCbpOne(), SOURCE_IDS);
const sources = { 'cbp-test': { publisher: 'CBP', title: 'Test' }, 'news-test': { publisher: 'News', title: 'Test' } };
const props = { events, figures, collects, geofence, sources, strings, uid: 'c' };
const plot = (body: string) => normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot'))));

describe('CbpOneChart on the server', () => {
  it('renders the timeline and what the app collects on the first step', async () => {
    const { body } = render(CbpOneChart, { props: { ...props, step: 0 } });
    expect(body).toContain('data-state="collects"');
    expect(body).toMatch(/<svg viewBox="0 0 400 540" role="img" aria-labelledby="c-title c-desc"/);
    expect(body).toContain('Face');
    await expect(plot(body)).toMatchFileSnapshot('./__snapshots__/cbp-one-collects.svg');
  });

  it('draws 1,450 daily slots as 1.45 squares against 280 squares of people waiting', () => {
    const { body } = render(CbpOneChart, { props: { ...props, step: 2 } });
    expect(body).toContain('data-state="scarcity"');
    expect(body).toContain('data-units="2"');
    expect(body).toContain('data-units="280"');
    expect(body).toContain('About 193 people for each');
    // The second slot square is drawn 45% wide: 450 of its 1,000.
    expect(body).toContain('<path d="M0,0h10v10h-10zM12,0h4.5v10h-4.5z"');
  });

  it('says the geofence is regions with no published radius on the second step', () => {
    const { body } = render(CbpOneChart, { props: { ...props, step: 1 } });
    expect(body).toContain('data-state="geofence"');
    expect(body).toContain('We found no published distance or radius.');
    expect(body.match(/class="cell[^"]* ok"/g)).toHaveLength(2 + 4 + 1);
  });
});
