import { describe, expect, it } from 'vitest';
import { activeStep, stepProgress, triggerLine } from '../../src/lib/scroll/activeStep';

describe('the trigger line’s 960 px boundary', () => {
  it.each([
    [959, 700], // below 960 px wide: 70 % down (cards pass under the graphic)
    [960, 500], // from 960 px: half-way
    [961, 500],
    [320, 700],
  ])('at %d px wide, a 1000 px tall viewport triggers at %d px', (width, y) => {
    expect(triggerLine(1000, width)).toBe(y);
  });

  it('rounds to a whole pixel', () => {
    expect(triggerLine(801, 375)).toBe(561); // 560.7
    expect(triggerLine(803, 1280)).toBe(402); // 401.5
  });
});

describe('activeStep at its edges', () => {
  const box = (top: number) => ({ top, bottom: top + 100 });
  it('counts a step whose top is exactly on the line, and not one a pixel below it', () => {
    expect(activeStep([box(0), box(450)], 450)).toBe(1);
    expect(activeStep([box(0), box(451)], 450)).toBe(0);
  });
  it('stops at the first step still below the line (boxes come in document order)', () => {
    expect(activeStep([box(0), box(600), box(100)], 450)).toBe(0);
  });
});

describe('stepProgress at its edges', () => {
  it('treats a step of no height as 1 px tall instead of dividing by zero', () => {
    expect(stepProgress({ top: 100, bottom: 100 }, 100.5)).toBe(0.5);
    expect(stepProgress({ top: 100, bottom: 90 }, 100.25)).toBe(0.25);
  });
  it('clamps to 0 before the step and to 1 after it, and is linear between', () => {
    expect(stepProgress({ top: 100, bottom: 300 }, 50)).toBe(0);
    expect(stepProgress({ top: 100, bottom: 300 }, 150)).toBe(0.25);
    expect(stepProgress({ top: 100, bottom: 300 }, 1000)).toBe(1);
  });
});
