/**
 * Coordinates to hundredths in a page's drawings. Charts compute positions as full doubles
 * (`translate(431.72413793103448,212.0689655172414)`, a legend's viewBox to fifteen places);
 * in the HTML those digits are most of what gzip cannot compress, and a hundredth of a viewBox
 * unit is far under a pixel on any screen. Only geometry attributes inside <svg> elements are
 * touched, and numbers with three or more decimals; text, data-* and style attributes (a
 * legend's `--d`, a fraction of the map's width, needs its digits) and everything outside
 * drawings keep theirs. The browser's own later updates write full precision
 * again, which changes nothing visible.
 */
const GEOMETRY = new Set(['d', 'transform', 'viewBox', 'points', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'width', 'height']);

const round = (n: string) => String(Math.round(Number(n) * 100) / 100);

/** One attribute value with every number of three or more decimals written to two. */
export function roundNumbers(value: string): string {
  return value.replace(/\d*\.\d{3,}/g, round);
}

/** `html` with the geometry attributes of every element inside an <svg> rounded (see above). */
export function roundSvgNumbers(html: string): string {
  let depth = 0;
  return html.replace(/<(\/?)(svg|[a-zA-Z][\w:-]*)\b([^>]*)>/g, (tag, close: string, name: string, attrs: string) => {
    const isSvg = name.toLowerCase() === 'svg';
    if (close) {
      if (isSvg && depth > 0) depth--;
      return tag;
    }
    if (isSvg && !/\/\s*$/.test(attrs)) depth++;
    if (depth === 0 || !/\d\.\d{3}/.test(attrs)) return tag;
    return `<${name}${attrs.replace(/(\s)([\w:-]+)="([^"]*)"/g, (a, sp: string, key: string, value: string) => (GEOMETRY.has(key) ? `${sp}${key}="${roundNumbers(value)}"` : a))}>`;
  });
}
