import { describe, expect, it } from 'vitest';
import { TOOLS_STATES, isHighlighted, toolsStateForStep } from '../../src/lib/charts/toolsState';

describe('toolsStateForStep', () => {
  it.each([
    [0, 'subpoenas'],
    [1, 'babel-x'],
    [2, 'lexisnexis'],
    [3, 'vigilant'],
    [4, 'network'],
    [-3, 'subpoenas'],
    [12, 'network'],
    [Number.NaN, 'subpoenas'],
    [2.9, 'lexisnexis'],
  ])('maps step %s to state %s, clamping out-of-range steps', (step, id) => {
    expect(toolsStateForStep(step).id).toBe(id);
  });

  it('has exactly five states with unique ids', () => {
    expect(TOOLS_STATES).toHaveLength(5);
    expect(new Set(TOOLS_STATES.map((s) => s.id)).size).toBe(5);
  });

  it('highlights one supplier per step and every supplier on the last', () => {
    expect(isHighlighted(toolsStateForStep(2), 'lexisnexis')).toBe(true);
    expect(isHighlighted(toolsStateForStep(2), 'vigilant')).toBe(false);
    expect(['tech-platforms', 'babel-street', 'lexisnexis', 'vigilant'].every((s) => isHighlighted(toolsStateForStep(4), s))).toBe(true);
  });
});
