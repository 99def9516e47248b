import { describe, expect, it } from 'vitest';
import { CBP_ONE_STATES, cbpOneStateForStep } from '../../src/lib/charts/cbpOneState';

describe('cbpOneStateForStep', () => {
  it.each([
    [0, 'collects', 'collects'],
    [1, 'geofence', 'regions'],
    [2, 'scarcity', 'demand'],
    [3, 'shutdown', 'total'],
    [-1, 'collects', 'collects'],
    [7, 'shutdown', 'total'],
    [Number.POSITIVE_INFINITY, 'shutdown', 'total'], // past the last step: the last state (stepIndex)
  ])('maps step %s to state %s with the %s panel', (step, id, panel) => {
    expect(cbpOneStateForStep(step)).toMatchObject({ id, panel });
  });

  it('has exactly four states, each highlighting at least one kind of event', () => {
    expect(CBP_ONE_STATES).toHaveLength(4);
    for (const s of CBP_ONE_STATES) expect(s.kinds.length).toBeGreaterThan(0);
  });
});
