import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ElSalvadorChart from '../../src/components/charts/ElSalvadorChart.svelte';
import { parseElSalvador } from '../../src/lib/data/elSalvador';
import { elSalvadorChartData } from '../../src/lib/charts/elSalvadorModel';
import { SOURCE_IDS, validElSalvador } from '../fixtures/elsalvador/factory';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { EL_SALVADOR_STRINGS } from '../../src/lib/charts/elSalvadorState';

const strings = pickStrings('en', EL_SALVADOR_STRINGS);

// The fixture's ids differ from the real data's, so steps that cite records use the fixture's ids through the state.
const fixture = validElSalvador();
fixture.detentions[0]!.id = 'detentions-2022-04';
fixture.detentions[1]!.id = 'detentions-2023-03';
fixture.detentions[1]!.extension = 1;
fixture.detentions[2]!.id = 'detentions-2026-02';
const data = elSalvadorChartData(parseElSalvador(fixture, SOURCE_IDS));
const sources = { 'press-test': { publisher: 'Press', title: 'Test' }, 'efe-test': { publisher: 'EFE', title: 'Test' } };
const plot = (body: string) => normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot'))));

describe('ElSalvadorChart on the server', () => {
  it('renders the complete SVG with title, description and the first report for the first step', async () => {
    const { body } = render(ElSalvadorChart, { props: { data, sources, strings, step: 0, uid: 't' } });
    expect(body).toContain('data-state="declared"');
    expect(body).toContain('data-chart="el-salvador"');
    expect(body).toMatch(/<svg viewBox="0 0 480 300" role="img" aria-labelledby="t-title t-desc"/);
    expect(body).toContain('more than 17,000');
    expect(body).toContain('at least 62');
    expect(body).not.toContain('role="slider"');
    await expect(plot(body)).toMatchFileSnapshot('./__snapshots__/el-salvador-declared.svg');
  });

  it('draws a triangle for a “more than” figure and a hollow circle for an “about” figure', () => {
    const { body } = render(ElSalvadorChart, { props: { data, sources, strings, step: 2, uid: 't' } });
    expect(body).toContain('data-state="to-2026"');
    expect((body.match(/class="dot hollow/g) ?? []).length).toBeGreaterThanOrEqual(1);
    expect(body).toContain('more than 91,300');
  });

  it('shows complaints and deaths in custody next to detentions on the last step', async () => {
    const { body } = render(ElSalvadorChart, { props: { data, sources, strings, step: 3, uid: 't' } });
    expect(body).toContain('data-state="abuses"');
    expect(body).toMatch(/Deaths in custody: <tspan class="row-value[^"]*">480<\/tspan>/);
    expect(body).toContain('more than 6,400');
    await expect(plot(body)).toMatchFileSnapshot('./__snapshots__/el-salvador-abuses.svg');
  });
});
