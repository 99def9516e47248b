import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DeathsChart from '../../src/components/charts/DeathsChart.svelte';
import { parseDeaths } from '../../src/lib/data/deaths';
import { SOURCE_IDS, validDeaths } from '../fixtures/deaths/factory';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { DEATHS_STRINGS } from '../../src/lib/charts/deathsState';

const { records } = parseDeaths(validDeaths(), SOURCE_IDS);
const strings = pickStrings('en', DEATHS_STRINGS);
const sources = { 'cbp-test': { publisher: 'CBP', title: 'Test' }, 'iom-test': { publisher: 'IOM', title: 'Test' } };

describe('DeathsChart on the server', () => {
  it('renders the complete SVG with title and description for the first step', async () => {
    const { body } = render(DeathsChart, { props: { records, sources, strings, step: 0, uid: 't' } });
    expect(body).toContain('data-state="usbp-long"');
    expect(body).toMatch(/<svg viewBox="0 0 640 384" role="img" aria-labelledby="t-title t-desc"/);
    await expect(normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot')))))
      .toMatchFileSnapshot('./__snapshots__/deaths-usbp-long.svg');
  });

  it('renders the IOM state with IOM’s axis label and no interactive hit targets', async () => {
    const { body } = render(DeathsChart, { props: { records, sources, strings, step: 3, uid: 't' } });
    expect(body).toContain('data-state="iom"');
    expect(body).toContain('Dead and missing');
    expect(body).not.toContain('role="slider"');
    await expect(normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot')))))
      .toMatchFileSnapshot('./__snapshots__/deaths-iom.svg');
  });
});
