import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import DatabasesChart from '../../src/components/charts/DatabasesChart.svelte';
import { parseBiometricDatabases } from '../../src/lib/data/biometricDatabases';
import { databasesChartData } from '../../src/lib/charts/databasesModel';
import { SOURCE_IDS, validDatabases } from '../fixtures/databases/factory';
import { firstSvg, normalizeSvg } from '../helpers/normalizeSvg';
import { pickStrings } from '../../src/i18n';
import { DATABASES_STRINGS } from '../../src/lib/charts/databasesState';

const strings = pickStrings('en', DATABASES_STRINGS);

const data = databasesChartData(parseBiometricDatabases(validDatabases(), SOURCE_IDS));
const sources = { 'gao-test': { publisher: 'GAO', title: 'Test' }, 'press-test': { publisher: 'Press', title: 'Test' }, 'accessnow-smart-borders': { publisher: 'Access Now', title: 'Test' } };
const plot = (body: string) => normalizeSvg(firstSvg(body.slice(body.indexOf('class="plot'))));

describe('DatabasesChart on the server', () => {
  it('renders IDENT’s growth with title, description, a lower-bound label and the vendor claim kept apart', async () => {
    const { body } = render(DatabasesChart, { props: { data, sources, strings, step: 0, uid: 't' } });
    expect(body).toContain('data-state="ident-growth"');
    expect(body).toContain('data-chart="databases"');
    expect(body).toMatch(/<svg viewBox="0 0 480 320" role="img" aria-labelledby="t-title t-desc"/);
    expect(body).toContain('more than 290 million');
    expect(body).toContain('class="dot vendor');
    expect(body).toContain('class="range');
    expect(body).not.toContain('role="slider"');
    await expect(plot(body)).toMatchFileSnapshot('./__snapshots__/databases-growth.svg');
  });

  it('renders HART’s cost, hosting and a 33-month slip on the second step', async () => {
    const { body } = render(DatabasesChart, { props: { data, sources, strings, step: 1, uid: 't' } });
    expect(body).toContain('data-state="hart-schedule"');
    expect(body).toContain('$4.3 billion');
    expect(body).toContain('+33 months');
    expect(body).toContain('not yet planned');
    await expect(plot(body)).toMatchFileSnapshot('./__snapshots__/databases-schedule.svg');
  });

  it('puts each risk in the column of who raised it, hollow when only the source article reports it', () => {
    const { body } = render(DatabasesChart, { props: { data, sources, strings, step: 2, uid: 't' } });
    expect(body).toContain('data-state="risks"');
    expect(body).toContain('No deletion');
    expect((body.match(/class="dot hollow/g) ?? []).length).toBe(1);
  });
});
