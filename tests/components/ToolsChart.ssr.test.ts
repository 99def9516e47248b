import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ToolsChart from '../../src/components/charts/ToolsChart.svelte';
import { parseTools } from '../../src/lib/data/surveillanceTools';
import { SOURCE_IDS, validTools } from '../fixtures/tools/factory';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { TOOLS_STRINGS } from '../../src/lib/charts/toolsState';

const strings = pickStrings('en', TOOLS_STRINGS);

const { nodes, links, ownership } = parseTools(validTools(), SOURCE_IDS);
const sources = { 'news-test': { publisher: 'News', title: 'Test' }, 'gov-test': { publisher: 'Gov', title: 'Test' } };
const plot = (body: string) => normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot'))));

describe('ToolsChart on the server', () => {
  it('renders the complete flow diagram with title, description and every flow for the last step', async () => {
    const { body } = render(ToolsChart, { props: { nodes, links, ownership, sources, strings, step: 4, uid: 't' } });
    expect(body).toContain('data-state="network"');
    expect(body).toContain('data-chart="tools"');
    expect(body).toMatch(/<svg viewBox="0 0 420 500" role="img" aria-labelledby="t-title t-desc"/);
    expect(body.match(/class="flow[^"]*" data-link=/g)).toHaveLength(2);
    expect(body).not.toMatch(/class="flow[^"]* dim"/);
    expect(body).not.toContain('role="slider"');
    await expect(plot(body)).toMatchFileSnapshot('./__snapshots__/tools-network.svg');
  });

  it('dims the flows a step does not name, and hides their labels', () => {
    const { body } = render(ToolsChart, { props: { nodes, links, ownership, sources, strings, step: 2, uid: 't' } });
    expect(body).toContain('data-state="lexisnexis"');
    // The fixture supplier "acme" is not LexisNexis, so both its flows recede.
    expect(body.match(/class="flow[^"]* dim"/g)).toHaveLength(2);
    expect(body).not.toContain('class="flow-label');
    expect(body).toContain('sources date the deal 2019 or 2018');
  });

  it('writes the deal dates as each language writes dates, never as ISO dates', () => {
    const dated = ownership.map((o) => ({ ...o, dates: [{ ...o.dates[0]!, date: '2019-01-07' }, { ...o.dates[0]!, date: '2018-03' }] }));
    const en = render(ToolsChart, { props: { nodes, links, ownership: dated, sources, strings, step: 2, uid: 't' } }).body;
    expect(en).toContain('sources date the deal January 7, 2019 or March 2018.');
    const es = render(ToolsChart, { props: { nodes, links, ownership: dated, sources, strings: pickStrings('es', TOOLS_STRINGS), step: 2, uid: 't', lang: 'es' } }).body;
    expect(es).toContain('según las fuentes, la operación data de 7 de enero de 2019 o marzo de 2018.');
    expect(es).not.toContain('2019-01-07');
  });
});
