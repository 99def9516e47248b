/**
 * Layout of the tools network as a two-column flow diagram: suppliers on the
 * left, agencies on the right, one curve per flow. Pure, so the geometry is
 * unit-tested and identical on the server and in the browser.
 */
export interface LayoutNode { id: string; kind: string }
export interface LayoutLink { id: string; from: string; to: string; usd: number | null }

export interface Box { id: string; x: number; y: number; w: number; h: number }
export interface PlacedLink { id: string; from: string; to: string; x0: number; y0: number; x1: number; y1: number; width: number; path: string; mid: { x: number; y: number } }

export interface ToolsLayout { suppliers: Box[]; agencies: Box[]; links: PlacedLink[] }

export interface LayoutOptions {
  /** viewBox width and height, px. */
  width: number;
  height: number;
  /** Top of the first row (room for column headings), px. */
  top: number;
  /** Width of the supplier and agency boxes, px. */
  supplierWidth: number;
  agencyWidth: number;
  /** Gap between boxes in a column, px. */
  gap: number;
  /** Stroke width of a flow with no dollar value, and of the largest one, px. */
  minWidth: number;
  maxWidth: number;
}

/** Stroke width for a contract value: linear in dollars (so areas are honest), a thin floor for flows with no published value. */
export function linkWidth(usd: number | null, maxUsd: number, min: number, max: number): number {
  if (usd === null || maxUsd <= 0) return min;
  return min + (max - min) * (usd / maxUsd);
}

/** Splits [y, y + h] into `n` equal slots and returns each slot's centre. */
export function slots(y: number, h: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => y + ((i + 0.5) * h) / n);
}

const r = (v: number) => Math.round(v * 100) / 100;

export function layoutTools(nodes: readonly LayoutNode[], links: readonly LayoutLink[], o: LayoutOptions): ToolsLayout {
  const supplierIds = [...new Set(links.map((l) => l.from))];
  const agencyIds = nodes.filter((n) => n.kind === 'agency' && links.some((l) => l.to === n.id)).map((n) => n.id);
  const column = (ids: string[], x: number, w: number): Box[] => {
    const h = (o.height - o.top - o.gap * (ids.length - 1)) / Math.max(ids.length, 1);
    return ids.map((id, i) => ({ id, x, y: r(o.top + i * (h + o.gap)), w, h: r(h) }));
  };
  const suppliers = column(supplierIds, 0, o.supplierWidth);
  const agencies = column(agencyIds, o.width - o.agencyWidth, o.agencyWidth);
  const maxUsd = Math.max(0, ...links.map((l) => l.usd ?? 0));
  // Each end of a flow gets its own slot in its box, in supplier order, so curves do not start or end on top of each other.
  const order = (box: Box, mine: LayoutLink[]) => new Map(mine.map((l, i) => [l.id, slots(box.y, box.h, mine.length)[i]!]));
  const startY = new Map(suppliers.flatMap((b) => [...order(b, links.filter((l) => l.from === b.id))]));
  const endY = new Map(agencies.flatMap((b) => [...order(b, links.filter((l) => l.to === b.id).sort((a, c) => supplierIds.indexOf(a.from) - supplierIds.indexOf(c.from)))]));
  const placed = links.map((l): PlacedLink => {
    const x0 = o.supplierWidth, x1 = o.width - o.agencyWidth;
    const y0 = startY.get(l.id)!, y1 = endY.get(l.id)!;
    const cx = (x0 + x1) / 2;
    return {
      id: l.id, from: l.from, to: l.to, x0, y0, x1, y1,
      width: r(linkWidth(l.usd, maxUsd, o.minWidth, o.maxWidth)),
      path: `M${r(x0)},${r(y0)}C${r(cx)},${r(y0)} ${r(cx)},${r(y1)} ${r(x1)},${r(y1)}`,
      // The midpoint of a symmetric cubic Bézier is the midpoint of its ends.
      mid: { x: r(cx), y: r((y0 + y1) / 2) },
    };
  });
  return { suppliers, agencies, links: placed };
}
