/**
 * Which of a row of labels to print so that none overlap: walks from the last
 * (most recent, always kept) backwards and keeps a label only when it is at
 * least `minGap` px from the last one kept. Returns the kept indices, ascending.
 */
export function spacedLabels(xs: readonly number[], minGap: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const kept: { x: number; i: number }[] = [];
  for (let k = order.length - 1; k >= 0; k--) {
    const p = order[k]!;
    const last = kept.at(-1);
    if (!last || last.x - p.x >= minGap) kept.push(p);
  }
  // Keep the first label too when it fits, so the row shows where the series starts.
  return kept.map((p) => p.i).sort((a, b) => a - b);
}

/** Greedy word wrap for SVG text: lines of at most `max` characters (a word longer than max gets its own line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Positions for a row of labels anchored at `xs` (centres, any order) so that neighbours are at
 * least `minGap` apart and all stay within [lo, hi]: each label moves as little as it can, in
 * clusters (labels pushed together share the shift, as Observable Plot's dodge does in 1-D).
 * Returns the positions in input order. Labels that cannot all fit are spread evenly over the row.
 */
export function spreadLabels(xs: readonly number[], minGap: number, lo: number, hi: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const n = order.length;
  if (!n) return [];
  if ((n - 1) * minGap > hi - lo) return xs.map((_, i) => lo + ((hi - lo) * order.findIndex((o) => o.i === i)) / Math.max(n - 1, 1));
  // Clusters of consecutive labels, each centred on the mean of its anchors, merged while they overlap.
  let clusters: { start: number; items: number[]; mean: number }[] = [];
  for (const o of order) {
    clusters.push({ start: o.x, items: [o.x], mean: o.x });
    for (;;) {
      const c = clusters.at(-1)!;
      c.mean = c.items.reduce((s, v) => s + v, 0) / c.items.length;
      c.start = Math.min(Math.max(c.mean - ((c.items.length - 1) * minGap) / 2, lo), hi - (c.items.length - 1) * minGap);
      const prev = clusters.at(-2);
      if (!prev || prev.start + prev.items.length * minGap <= c.start) break;
      clusters = [...clusters.slice(0, -2), { start: 0, items: [...prev.items, ...c.items], mean: 0 }];
    }
  }
  const placed = clusters.flatMap((c) => c.items.map((_, k) => c.start + k * minGap));
  const out = new Array<number>(n);
  order.forEach((o, k) => (out[o.i] = Math.round(placed[k]! * 10) / 10));
  return out;
}
