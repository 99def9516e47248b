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
