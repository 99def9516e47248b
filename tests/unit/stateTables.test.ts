import { describe, expect, it } from 'vitest';
import { stepIndex } from '../../src/lib/charts/stepIndex';
import { AGREEMENTS_MAP_STATES, agreementsMapStateForStep } from '../../src/lib/charts/agreementsMapState';
import { CBP_ONE_STATES, cbpOneStateForStep } from '../../src/lib/charts/cbpOneState';
import { DATABASES_STATES, databasesStateForStep } from '../../src/lib/charts/databasesState';
import { DEATHS_STATES, deathsStateForMode, deathsStateForStep } from '../../src/lib/charts/deathsState';
import { EL_SALVADOR_STATES, elSalvadorStateForStep } from '../../src/lib/charts/elSalvadorState';
import { ROUTE_MAP_STATES, routeMapStateForStep } from '../../src/lib/charts/routeMapState';
import { TOOLS_STATES, toolsStateForStep } from '../../src/lib/charts/toolsState';
import { CHART_STATES } from '../../src/lib/charts/registry';

/**
 * Properties every step → state table must have, asserted for each chart rather than copying
 * its table: step i shows state i (the table's order is the story's order), steps are cut to
 * their whole part, and out-of-range steps clamp — before the first (−1, −Infinity) to the
 * first state, past the last (+Infinity too) to the last — while NaN, which names no step,
 * shows the first.
 */
const TABLES = [
  ['deaths', DEATHS_STATES, deathsStateForStep],
  ['route-map', ROUTE_MAP_STATES, routeMapStateForStep],
  ['agreements-map', AGREEMENTS_MAP_STATES, agreementsMapStateForStep],
  ['tools', TOOLS_STATES, toolsStateForStep],
  ['cbp-one', CBP_ONE_STATES, cbpOneStateForStep],
  ['el-salvador', EL_SALVADOR_STATES, elSalvadorStateForStep],
  ['databases', DATABASES_STATES, databasesStateForStep],
] as const satisfies readonly (readonly [string, readonly { id: string }[], (step: number) => { id: string }])[];

describe.each(TABLES)('the %s chart’s states', (chart, states, forStep) => {
  const last = states.length - 1;

  it('has at least two states, each with its own id, all listed in the chart registry in order', () => {
    expect(states.length).toBeGreaterThan(1);
    expect(new Set(states.map((s) => s.id)).size).toBe(states.length);
    expect(CHART_STATES[chart]!.map((s) => s.id)).toEqual(states.map((s) => s.id));
  });

  it('shows state i at step i, and at every fraction of it', () => {
    states.forEach((s, i) => {
      expect(forStep(i)).toBe(s);
      expect(forStep(i + 0.99)).toBe(s);
    });
  });

  it('clamps steps before the first to the first state and past the last to the last, ±Infinity included', () => {
    for (const step of [-1, -0.5, -1e9, Number.NEGATIVE_INFINITY]) expect(forStep(step), String(step)).toBe(states[0]);
    for (const step of [last + 1, 1e9, Number.POSITIVE_INFINITY]) expect(forStep(step), String(step)).toBe(states[last]);
  });

  it('shows the first state for NaN', () => {
    expect(forStep(Number.NaN)).toBe(states[0]);
  });
});

describe('stepIndex', () => {
  it.each([
    [0, 3, 0], [2, 3, 2], [2.99, 3, 2], [3, 3, 2], [-0.1, 3, 0], [-1, 3, 0],
    [Number.POSITIVE_INFINITY, 3, 2], [Number.NEGATIVE_INFINITY, 3, 0], [Number.NaN, 3, 0], [5, 1, 0],
  ])('step %s of %s states → index %s', (step, count, index) => {
    expect(stepIndex(step, count)).toBe(index);
  });
});

describe('what the deaths chart’s states show', () => {
  const seriesOf = (id: string) => id.replace(/-\d{4}$/, '');
  it.each(DEATHS_STATES.map((s) => [s.id, s] as const))('%s draws the series of every record it highlights, its own count first', (_id, s) => {
    for (const h of s.highlight) expect(s.series, h).toContain(seriesOf(h));
    expect(s.series[0]).toBe(s.mode === 'usbp' ? 'usbp' : 'iom-usmx');
  });
  it('tells Border Patrol’s count before IOM’s, and ends comparing both', () => {
    const modes = DEATHS_STATES.map((s) => s.mode);
    expect(modes.indexOf('iom')).toBeGreaterThan(modes.lastIndexOf('usbp'));
    expect(new Set(DEATHS_STATES.at(-1)!.series.map((x) => x.split('-')[0]))).toEqual(new Set(['iom', 'usbp']));
  });
  it('the series switch shows the step’s own state when it asks for that count, else the first state of the other count', () => {
    DEATHS_STATES.forEach((s, i) => {
      expect(deathsStateForMode(i, null)).toBe(s);
      expect(deathsStateForMode(i, s.mode)).toBe(s);
      const other = s.mode === 'usbp' ? 'iom' : 'usbp';
      expect(deathsStateForMode(i, other)).toBe(DEATHS_STATES.find((x) => x.mode === other));
    });
  });
});

describe('what the CBP One chart’s states show', () => {
  it('draws a different panel at each step and highlights at least one kind of event', () => {
    expect(new Set(CBP_ONE_STATES.map((s) => s.panel)).size).toBe(CBP_ONE_STATES.length);
    for (const s of CBP_ONE_STATES) expect(s.kinds.length, s.id).toBeGreaterThan(0);
  });
  it('opens with the launch and ends with the shutdown', () => {
    expect(CBP_ONE_STATES[0]!.kinds).toContain('launch');
    expect(CBP_ONE_STATES.at(-1)!.kinds).toContain('shutdown');
  });
});
