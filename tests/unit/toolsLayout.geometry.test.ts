import { describe, expect, it } from 'vitest';
import { layoutTools, linkWidth, slots, type LayoutLink, type LayoutNode } from '../../src/lib/charts/toolsLayout';

/**
 * The tools flow diagram's geometry, worked out by hand and computed inside each test (a value
 * computed in a describe body is reached by no test in Stryker's per-test coverage).
 */
const options = { width: 400, height: 300, top: 20, supplierWidth: 100, agencyWidth: 80, gap: 10, minWidth: 2, maxWidth: 12 };
const nodes: LayoutNode[] = [
  { id: 'a', kind: 'vendor' },
  { id: 'b', kind: 'vendor' },
  { id: 'ice', kind: 'agency' },
  { id: 'cbp', kind: 'agency' },
  { id: 'idle', kind: 'agency' },
];
const links: LayoutLink[] = [
  { id: 'a-ice', from: 'a', to: 'ice', usd: 10 },
  { id: 'b-ice', from: 'b', to: 'ice', usd: 5 },
  { id: 'b-cbp', from: 'b', to: 'cbp', usd: null },
];

describe('linkWidth', () => {
  it('is the floor with no value or no largest value, and linear between floor and top otherwise', () => {
    expect(linkWidth(0, 0, 2, 12)).toBe(2);
    expect(linkWidth(null, 10, 2, 12)).toBe(2);
    expect(linkWidth(2.5, 10, 2, 12)).toBe(4.5);
    expect(linkWidth(10, 10, 3, 12)).toBe(12);
  });
});

describe('slots', () => {
  it('centres n slots in [y, y + h]', () => {
    expect(slots(10, 90, 3)).toEqual([25, 55, 85]);
    expect(slots(10, 40, 1)).toEqual([30]);
    expect(slots(0, 10, 0)).toEqual([]);
  });
});

describe('layoutTools', () => {
  it('stacks suppliers down the left and receiving agencies down the right, a gap between boxes', () => {
    const layout = layoutTools(nodes, links, options);
    // (300 − 20 − 10) / 2 = 135 a box; the second starts at 20 + 135 + 10.
    expect(layout.suppliers).toEqual([{ id: 'a', x: 0, y: 20, w: 100, h: 135 }, { id: 'b', x: 0, y: 165, w: 100, h: 135 }]);
    expect(layout.agencies).toEqual([{ id: 'ice', x: 320, y: 20, w: 80, h: 135 }, { id: 'cbp', x: 320, y: 165, w: 80, h: 135 }]);
  });

  it('rounds box heights and positions to two decimals', () => {
    const three = [...links, { id: 'c-cbp', from: 'c', to: 'cbp', usd: 1 }];
    const layout = layoutTools(nodes, three, options);
    // (300 − 20 − 20) / 3 = 86.666…
    expect(layout.suppliers.map((b) => [b.id, b.y, b.h])).toEqual([['a', 20, 86.67], ['b', 116.67, 86.67], ['c', 213.33, 86.67]]);
  });

  it('gives a lone box the whole column below the headings', () => {
    const layout = layoutTools(nodes, [{ id: 'a-cbp', from: 'a', to: 'cbp', usd: 4 }], options);
    expect(layout.suppliers).toEqual([{ id: 'a', x: 0, y: 20, w: 100, h: 280 }]);
    expect(layout.agencies).toEqual([{ id: 'cbp', x: 320, y: 20, w: 80, h: 280 }]);
    expect(layout.links).toEqual([
      { id: 'a-cbp', from: 'a', to: 'cbp', x0: 100, y0: 160, x1: 320, y1: 160, width: 12, path: 'M100,160C210,160 210,160 320,160', mid: { x: 210, y: 160 } },
    ]);
  });

  it('leaves out agencies that receive nothing and nodes that are not agencies', () => {
    const layout = layoutTools([...nodes, { id: 'x', kind: 'vendor' }], [...links, { id: 'a-x', from: 'a', to: 'x', usd: null }], options);
    expect(layout.agencies.map((b) => b.id)).toEqual(['ice', 'cbp']);
  });

  it('gives each end of a flow its own slot, the agency’s in supplier order', () => {
    // The list puts b-ice before a-ice; at ice, a's flow still takes the upper slot.
    const order: LayoutLink[] = [
      { id: 'a-cbp', from: 'a', to: 'cbp', usd: 1 },
      { id: 'b-ice', from: 'b', to: 'ice', usd: 3 },
      { id: 'a-ice', from: 'a', to: 'ice', usd: 6 },
    ];
    const layout = layoutTools(nodes, order, options);
    const byId = new Map(layout.links.map((l) => [l.id, l]));
    // a (20, 135): slots 53.75 and 121.25, in list order; b (165, 135): 232.5. ice (20, 135): a then b; cbp (165, 135): 232.5.
    expect(byId.get('a-cbp')).toEqual({ id: 'a-cbp', from: 'a', to: 'cbp', x0: 100, y0: 53.75, x1: 320, y1: 232.5, width: 3.67, path: 'M100,53.75C210,53.75 210,232.5 320,232.5', mid: { x: 210, y: 143.13 } });
    expect(byId.get('a-ice')).toMatchObject({ y0: 121.25, y1: 53.75, width: 12, mid: { x: 210, y: 87.5 } });
    expect(byId.get('b-ice')).toMatchObject({ y0: 232.5, y1: 121.25, width: 7, mid: { x: 210, y: 176.88 } });
    expect(layout.links.map((l) => l.id)).toEqual(['a-cbp', 'b-ice', 'a-ice']);
  });

  it('draws every flow at the floor when no flow has a value', () => {
    const layout = layoutTools(nodes, links.map((l) => ({ ...l, usd: null })), options);
    expect(layout.links.map((l) => l.width)).toEqual([2, 2, 2]);
  });

  it('rounds widths and path coordinates to two decimals', () => {
    const layout = layoutTools(nodes, links.map((l, i) => ({ ...l, usd: [3, 1, null][i]! })), { ...options, width: 401, supplierWidth: 100.123 });
    const [first] = layout.links;
    // 2 + 10 · 1/3 = 5.333…; x1 = 401 − 80 = 321; cx = (100.123 + 321) / 2 = 210.5615.
    expect(layout.links.map((l) => l.width)).toEqual([12, 5.33, 2]);
    expect(first!.path).toBe('M100.12,87.5C210.56,87.5 210.56,53.75 321,53.75');
    expect(first!.mid).toEqual({ x: 210.56, y: 70.63 });
    expect(first!.x0).toBe(100.123);
  });
});
