import { describe, expect, it } from 'vitest';
import { activeStep, stepProgress, triggerLine } from '../../src/lib/scroll/activeStep';

const boxes = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 300 }));

describe('activeStep', () => {
  it.each([
    ['before the first step reaches the line', boxes(600, 1000, 1400), 0],
    ['when the first step crosses the line', boxes(400, 800, 1200), 0],
    ['when the second step crosses the line', boxes(-100, 300, 700), 1],
    ['after a fast fling past every step (no step event seen in between)', boxes(-3000, -2000, -1000), 2],
    ['when a step sits exactly on the line', boxes(-400, 450, 900), 1],
    ['with no steps', [], 0],
  ])('picks the right step %s', (_, b, expected) => {
    expect(activeStep(b, 450)).toBe(expected);
  });

  it('gives the same answer after a resize changes every box (it keeps no state)', () => {
    expect(activeStep(boxes(-500, 100, 900), 450)).toBe(1);
    expect(activeStep(boxes(-900, -200, 400), 450)).toBe(2);
  });
});

describe('triggerLine and stepProgress', () => {
  it.each([
    [800, 375, 560],
    [800, 1280, 400],
  ])('puts the trigger for a %dx%d viewport at %d px', (h, w, y) => {
    expect(triggerLine(h, w)).toBe(y);
  });
  it.each([
    [{ top: 500, bottom: 800 }, 0],
    [{ top: 350, bottom: 650 }, 0.5],
    [{ top: -500, bottom: -200 }, 1],
  ])('measures progress through the active step (%o → %d)', (box, p) => {
    expect(stepProgress(box, 500)).toBeCloseTo(p, 3);
  });
});
