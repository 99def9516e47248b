/**
 * Normalizes server-rendered markup for snapshots (after Observable Plot's tests):
 * drops Svelte's hydration comments, rounds numbers to 2 decimals, collapses
 * whitespace and puts one tag per line so a diff is reviewable.
 */
export function normalizeSvg(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+class="[^"]*\b(?:svelte|s)-[a-z0-9]+[^"]*"/g, (m) => m.replace(/\s*\b(?:svelte|s)-[a-z0-9]+/g, ''))
    .replace(/ class=""/g, '')
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/\s+/g, ' ')
    .replace(/>\s*</g, '>\n<')
    .trim() + '\n';
}

/** The first <svg>…</svg> element of a rendered body, including nested svgs. */
export function firstSvg(html: string): string {
  const start = html.indexOf('<svg');
  let depth = 0;
  const re = /<svg\b|<\/svg>/g;
  re.lastIndex = start;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[0] === '</svg>' ? -1 : 1;
    if (depth === 0) return html.slice(start, m.index + 6);
  }
  throw new Error('firstSvg: received markup with no closed <svg>; expected a rendered chart');
}
