/**
 * The browser half of every chart's exploration overlay (a focusable role="slider" over the
 * SVG): keys step through the chart's points, the pointer picks the nearest one. The pure
 * half (which index a key moves to, which point is nearest) is lib/charts/pointNav.ts.
 */
import { stepIndex } from '../../lib/charts/pointNav';

/** The index a key moves to among `count` points (the key's default action is then cancelled), or null. */
export function keyIndex(event: KeyboardEvent, current: number | null, count: number): number | null {
  const next = stepIndex(event.key, current, count);
  if (next !== null) event.preventDefault();
  return next;
}

/** The pointer's position in viewBox units of a width × height chart, from the overlay that covers it. */
export function pointerAt(event: PointerEvent, width: number, height: number): { x: number; y: number } {
  const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
  return { x: ((event.clientX - box.left) / box.width) * width, y: ((event.clientY - box.top) / box.height) * height };
}
