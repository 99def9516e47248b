/**
 * Which scrolly step is active, computed from geometry rather than from the
 * order of observer events. Events are what go wrong in scrollama-style helpers
 * (steps skipped on a fast fling, stale after a resize, zoom or a phone's URL bar
 * collapsing); measuring the steps' boxes against a trigger line each frame cannot
 * skip a step or go stale.
 */
export interface StepBox {
  /** Top edge relative to the viewport, px (getBoundingClientRect().top). */
  top: number;
  /** Bottom edge relative to the viewport, px. */
  bottom: number;
}

/**
 * The active step for a trigger line at `triggerY` px from the top of the viewport:
 * the last step whose top has crossed the line. Before the first step has reached
 * it, step 0 (the graphic shows its first state); boxes must be in document order.
 */
export function activeStep(boxes: readonly StepBox[], triggerY: number): number {
  let active = 0;
  for (let i = 0; i < boxes.length; i++) {
    if (boxes[i]!.top <= triggerY) active = i;
    else break;
  }
  return active;
}

/** The trigger line for a viewport height: 70% down below 960 px (cards pass under the graphic), half-way otherwise. */
export function triggerLine(viewportHeight: number, viewportWidth: number): number {
  return Math.round(viewportHeight * (viewportWidth < 960 ? 0.7 : 0.5));
}

/** Fraction 0–1 of progress through the step that is active, for charts that animate within a step. */
export function stepProgress(box: StepBox, triggerY: number): number {
  const height = Math.max(box.bottom - box.top, 1);
  return Math.min(Math.max((triggerY - box.top) / height, 0), 1);
}
