import { describe, expect, it } from 'vitest';
import { layoutTools, linkWidth, slots } from '../../src/lib/charts/toolsLayout';

const options = { width: 400, height: 300, top: 20, supplierWidth: 100, agencyWidth: 80, gap: 10, minWidth: 2, maxWidth: 12 };
const nodes = [
  { id: 'a', kind: 'vendor' },
  { id: 'b', kind: 'vendor' },
  { id: 'ice', kind: 'agency' },
  { id: 'cbp', kind: 'agency' },
  { id: 'idle', kind: 'agency' },
];
const links = [
  { id: 'a-ice', from: 'a', to: 'ice', usd: 10 },
  { id: 'b-ice', from: 'b', to: 'ice', usd: 5 },
  { id: 'b-cbp', from: 'b', to: 'cbp', usd: null },
];

describe('linkWidth', () => {
  it.each([
    [null, 2],
    [0, 2],
    [5, 7],
    [10, 12],
  ])('maps %s dollars to a %s px stroke, linear above the floor', (usd, px) => {
    expect(linkWidth(usd, 10, 2, 12)).toBeCloseTo(px, 6);
  });
});

describe('slots', () => {
  it('puts n slot centres evenly inside a box', () => {
    expect(slots(0, 90, 3)).toEqual([15, 45, 75]);
  });
});

describe('layoutTools', () => {
  const layout = layoutTools(nodes, links, options);

  it('stacks suppliers on the left and only the agencies that receive data on the right', () => {
    expect(layout.suppliers.map((b) => [b.id, b.x, b.y, b.h])).toEqual([['a', 0, 20, 135], ['b', 0, 165, 135]]);
    expect(layout.agencies.map((b) => [b.id, b.x])).toEqual([['ice', 320], ['cbp', 320]]);
  });

  it('starts each flow in its own slot of the supplier box and ends it in its agency’s box', () => {
    const byId = new Map(layout.links.map((l) => [l.id, l]));
    expect([byId.get('b-ice')!.y0, byId.get('b-cbp')!.y0]).toEqual([198.75, 266.25]);
    expect([byId.get('a-ice')!.y1, byId.get('b-ice')!.y1]).toEqual([53.75, 121.25]);
    expect(byId.get('a-ice')!.path).toBe('M100,87.5C210,87.5 210,53.75 320,53.75');
  });

  it('draws the largest contract widest and a flow with no published value at the floor', () => {
    expect(layout.links.map((l) => l.width)).toEqual([12, 7, 2]);
  });
});
