import { describe, expect, it } from 'vitest';
import { arrowHead, controlPoint, fanBends, layoutFlows, moveToward, pairKey, quadPoint } from '../../src/lib/charts/flowLayout';

const close = (a: readonly number[], b: readonly number[], tol = 1e-3) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, -Math.log10(tol)));

describe('fanBends', () => {
  it.each([
    [1, 0, 0.1, [0]],
    [2, 0, 0.1, [-0.05, 0.05]],
    [3, 0.2, 0.1, [0.1, 0.2, 0.3]],
    [4, -0.1, 0.1, [-0.25, -0.15, -0.05, 0.05]],
  ])('fans %i arcs around %s, %s apart', (n, base, spacing, expected) => {
    close(fanBends(n, base, spacing), expected);
  });
});

describe('arc geometry', () => {
  it('puts the control point on the perpendicular bisector, left of a→b for a positive bend', () => {
    // a→b points east; in SVG (y down) "left" of east is north, i.e. smaller y.
    close(controlPoint([0, 0], [100, 0], 0.2), [50, 20]);
    close(controlPoint([0, 0], [100, 0], -0.2), [50, -20]);
    close(controlPoint([0, 0], [0, 100], 0.1), [-10, 50]);
  });

  it('evaluates the quadratic Bézier at its ends and middle', () => {
    const a = [0, 0] as const, c = [50, 40] as const, b = [100, 0] as const;
    close(quadPoint(a, c, b, 0), [0, 0]);
    close(quadPoint(a, c, b, 1), [100, 0]);
    close(quadPoint(a, c, b, 0.5), [50, 20]);
    // Ends off the axes, so every term of both coordinates counts.
    close(quadPoint([0, 10], [50, 40], [100, 30], 1), [100, 30]);
    close(quadPoint([0, 10], [50, 40], [100, 30], 0.5), [50, 30]);
  });

  it('moves a point a given distance towards another', () => {
    close(moveToward([0, 0], [30, 40], 5), [3, 4]);
  });

  it('draws an arrowhead whose tip is the end point and whose base lies behind it', () => {
    expect(arrowHead([100, 0], [0, 0], 10)).toBe('M100,0L90,5L90,-5Z');
  });

  it('names a pair the same whichever way the data moves', () => {
    expect(pairKey('USA', 'MEX')).toBe(pairKey('MEX', 'USA'));
  });
});

describe('layoutFlows', () => {
  const nodes = { AAA: [0, 0], BBB: [100, 0], CCC: [0, 100] } as const;

  it('gives two flows between the same pair different, mirrored arcs so they never overlap', () => {
    const [f1, f2] = layoutFlows(
      [
        { key: 'one', from: 'AAA', to: 'BBB', direction: 'one-way' },
        { key: 'two', from: 'BBB', to: 'AAA', direction: 'one-way' },
      ],
      nodes,
      { spacing: 0.2, inset: 0 },
    );
    // Bends −0.1 and +0.1 of a 100-unit pair: middles 5 units either side of the chord.
    close(f1!.mid, [50, -5]);
    close(f2!.mid, [50, 5]);
    expect(f1!.d).toBe('M0,0Q50,-10 100,0');
  });

  it('points arrowheads at the receiver: one for a one-way flow, two for an exchange, none when the direction is not stated', () => {
    const shapes = layoutFlows(
      [
        { key: 'to-a', from: 'BBB', to: 'AAA', direction: 'one-way' },
        { key: 'both', from: 'AAA', to: 'CCC', direction: 'exchange' },
        { key: 'unknown', from: 'BBB', to: 'CCC', direction: 'not-stated' },
      ],
      nodes,
      { inset: 0, head: 10 },
    );
    expect(shapes.map((s) => s.heads.length)).toEqual([1, 2, 0]);
    // The one-way head's tip is at AAA, the receiver.
    expect(shapes[0]!.heads[0]).toMatch(/^M0,0L/);
  });

  it('puts an exchange\'s two heads at its two ends, whichever way the data is listed', () => {
    for (const [from, to] of [['AAA', 'BBB'], ['BBB', 'AAA']] as const) {
      const [s] = layoutFlows([{ key: 'x', from, to, direction: 'exchange' }], nodes, { inset: 0, head: 10 });
      const tips = s!.heads.map((h) => h.match(/^M(-?[\d.]+,-?[\d.]+)L/)![1]).sort();
      expect(tips).toEqual(['0,0', '100,0']);
    }
  });

  it('stops arcs short of the nodes by the inset', () => {
    const [s] = layoutFlows([{ key: 'k', from: 'AAA', to: 'BBB', direction: 'one-way' }], nodes, { inset: 10 });
    expect(s!.d).toBe('M10,0Q50,0 90,0');
  });

  it('attaches a pair to a port instead of the node when one is given', () => {
    const [s] = layoutFlows([{ key: 'k', from: 'AAA', to: 'BBB', direction: 'one-way' }], nodes, { inset: 0, port: (c) => (c === 'BBB' ? [100, 20] : undefined) });
    expect(s!.d).toBe('M0,0Q50,10 100,20');
  });

  it('throws naming the flow and the known nodes when a country has no node', () => {
    expect(() => layoutFlows([{ key: 'bad', from: 'AAA', to: 'ZZZ', direction: 'one-way' }], nodes)).toThrow(/flow "bad".*ZZZ.*AAA, BBB, CCC/);
  });
});
