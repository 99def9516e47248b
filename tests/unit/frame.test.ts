import { describe, expect, it } from 'vitest';
import { fitFrame, SSR_FRAME } from '../../src/lib/charts/frame';

describe('fitFrame', () => {
  it.each([
    [undefined, SSR_FRAME],
    [0, SSR_FRAME],
    [Number.NaN, SSR_FRAME],
    [343, { width: 343, height: 292 }],
    [200, { width: 300, height: 255 }],
    [700, { width: 700, height: 420 }],
    [1400, { width: 760, height: 456 }],
  ])('fits a container %s px wide into %o', (measured, frame) => {
    expect(fitFrame(measured)).toEqual(frame);
  });
});
