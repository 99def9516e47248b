import { describe, expect, it } from 'vitest';
import { DEATHS_STATES, deathsStateForMode, deathsStateForStep } from '../../src/lib/charts/deathsState';

describe('deathsStateForStep', () => {
  it.each([
    [0, 'usbp-long'],
    [1, 'usbp-jump'],
    [2, 'usbp-final'],
    [3, 'iom'],
    [4, 'compare'],
    [-1, 'usbp-long'],
    [99, 'compare'],
    [Number.NaN, 'usbp-long'],
    [1.7, 'usbp-jump'],
  ])('maps step %s to state %s, clamping out-of-range steps', (step, id) => {
    expect(deathsStateForStep(step).id).toBe(id);
  });

  it('gives every state a unique id and at least one series', () => {
    expect(new Set(DEATHS_STATES.map((s) => s.id)).size).toBe(DEATHS_STATES.length);
    for (const s of DEATHS_STATES) expect(s.series.length).toBeGreaterThan(0);
  });

  it('highlights the article’s 546 → 853 jump on the second step', () => {
    expect(deathsStateForStep(1).highlight).toEqual(['usbp-cbs-2021', 'usbp-cbs-2022']);
  });
});

describe('deathsStateForMode', () => {
  it.each([
    [0, null, 'usbp-long'],
    [0, 'usbp', 'usbp-long'],
    [0, 'iom', 'iom'],
    [3, 'usbp', 'usbp-long'],
    [3, 'iom', 'iom'],
  ] as const)('at step %s with switch %s shows %s', (step, mode, id) => {
    expect(deathsStateForMode(step, mode).id).toBe(id);
  });
});
