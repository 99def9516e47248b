/**
 * Self-contained SVG images of a chart's state, from the server-rendered static embed page
 * (/embed/<id>/static/<state>/): the chart's SVG with every style resolved and inlined
 * (./styles.ts) for one theme, set in a 1,200-unit-wide frame with the title above and the
 * source line and credit below, text in the bundled font. Plain SVG 1.1 plus CSS in style
 * attributes: it opens in browsers, image editors and resvg, and needs nothing else.
 *
 * Reused as-is wherever a chart must appear without its island: the build's downloads and
 * social cards (src/integrations/images.ts), and the story's step figures for no-JS and
 * print (read /images/<chart>/<state>-<theme>.svg, see lib/embed/registry.ts).
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { inlineStyles, parseRules, resolveVars, toPx } from './styles';
import type { Theme } from '../embed/registry';

export const EXPORT_WIDTH = 1200;
export const OG = { width: 1200, height: 630 } as const;
/** The font the images are set in: bundled TrueType, so every machine renders the same text. */
export const EXPORT_FONT = 'Source Sans 3';

export interface ChartImage {
  /** The chart's own SVG, styles inlined, with its viewBox (not yet framed). */
  chart: string;
  viewBox: [number, number, number, number];
  /** Theme colours: background, text, secondary text, rules. */
  colors: { paper: string; ink: string; muted: string; rule: string };
  /** The figure's legend entries (text and colour), when it has an HTML legend. */
  legend: { text: string; color?: string }[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The custom properties :root sets for a theme (global.css). */
function themeVars(css: string, theme: Theme): Map<string, string> {
  const vars = new Map<string, string>();
  for (const r of parseRules(css)) {
    const s = r.selector.replace(/\s+/g, '');
    if (s === ':root' || (theme === 'dark' && /^:root\[data-theme=['"]?dark['"]?\]$/.test(s))) for (const [k, v] of r.decls) if (k.startsWith('--')) vars.set(k, v);
  }
  return vars;
}

/** Extracts and styles the chart of a static embed page for one theme. */
export function chartImage(html: string, theme: Theme): ChartImage {
  const $ = load(html);
  $('html').attr('data-theme', theme);
  const css = $('style').map((_, el) => $(el).text()).get().join('\n');
  const figure = $('main [data-chart]').first();
  if (!figure.length) throw new Error('svgExport: received a page with no [data-chart] element; expected a static embed page.');
  const svg = figure.find('svg[role="img"]').first() as ReturnType<CheerioAPI> & { get(i: number): Element };
  if (!svg.length) throw new Error(`svgExport: chart "${figure.attr('data-chart')}" has no <svg role="img">.`);
  const vb = (svg.attr('viewBox') ?? svg.attr('viewbox') ?? '').split(/[\s,]+/).map(Number);
  if (vb.length !== 4 || vb.some((n) => !Number.isFinite(n))) throw new Error(`svgExport: chart "${figure.attr('data-chart')}" has no viewBox.`);
  const vars = themeVars(css, theme);
  const color = (name: string) => resolveVars(`var(${name})`, vars);
  // HTML labels laid over the SVG (percent positions in --l/--t) become SVG text.
  const overlay: string[] = [];
  figure.find('[style*="--l"][style*="--t"]').each((_, el) => {
    const st = $(el).attr('style') ?? '';
    const l = /--l:\s*([\d.]+)%/.exec(st);
    const t = /--t:\s*([\d.]+)%/.exec(st);
    const text = $(el).text().trim();
    if (!l || !t || !text) return;
    overlay.push(`<text x="${(vb[0]! + (Number(l[1]) / 100) * vb[2]!).toFixed(1)}" y="${(vb[1]! + (Number(t[1]) / 100) * vb[3]!).toFixed(1)}" text-anchor="middle" dominant-baseline="middle" style="font-size:${(vb[2]! / 55).toFixed(1)}px;fill:${color('--c-muted')};paint-order:stroke;stroke:${color('--c-paper')};stroke-width:3px">${esc(text)}</text>`);
  });
  // Layers drawn in the same frame (the route map's land under its dots) are stacked in order.
  const layers = figure.find('svg').filter((_, el) => el !== svg.get(0) && ($(el).attr('viewBox') ?? $(el).attr('viewbox')) === vb.join(' ').replace(/,/g, ' ')).toArray();
  const under: string[] = [];
  const over: string[] = [];
  for (const el of layers) {
    inlineStyles($, $(el) as never, css, { family: EXPORT_FONT });
    const before = $(el).nextAll().add($(el).parents().nextAll()).toArray().some((n) => n === svg.get(0) || $(n).find(svg as never).length > 0);
    // Nested in an <svg> of the same frame, which clips it as the page's layer box does.
    (before ? under : over).push(`<svg x="${vb[0]}" y="${vb[1]}" width="${vb[2]}" height="${vb[3]}" viewBox="${vb.join(' ')}"><g style="${esc($(el).attr('style') ?? '')}">${$.xml($(el).children())}</g></svg>`);
  }
  inlineStyles($, svg as never, css, { family: EXPORT_FONT });
  svg.find('title, desc').remove();
  svg.removeAttr('role').removeAttr('aria-labelledby').removeAttr('aria-hidden').removeAttr('width').removeAttr('height').removeAttr('viewbox');
  svg.attr('viewBox', vb.join(' '));
  const legend: ChartImage['legend'] = [];
  figure.find('.legend li, .key li').each((_, li) => {
    const text = $(li).text().replace(/\s+/g, ' ').trim();
    if (text) legend.push({ text, color: $(li).find('[fill]').first().attr('fill') });
  });
  const inner = under.join('') + $.xml(svg.children()) + over.join('') + overlay.join('');
  const style = svg.attr('style') ?? '';
  const chart = `<svg viewBox="${vb.join(' ')}" style="${esc(style)}" overflow="visible">${xmlEntities(inner)}</svg>`;
  return { chart, viewBox: vb as ChartImage['viewBox'], colors: { paper: color('--c-paper'), ink: color('--c-ink'), muted: color('--c-muted'), rule: color('--c-rule') }, legend };
}

/**
 * HTML's named entities as XML reads them: the serializer writes a no-break space (Spanish "EE. UU.",
 * "US$ …") as `&nbsp;`, which XML (and resvg) refuse; each becomes its numeric reference.
 * XML's own five are left alone.
 */
export function xmlEntities(markup: string): string {
  return markup.replace(/&([a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    if (['amp', 'lt', 'gt', 'quot', 'apos'].includes(name)) return whole;
    const char = load(`<p>${whole}</p>`)('p').text();
    // Only a whole named entity that stands for one character (HTML would also read "&not" out of "&notanentity;").
    return [...char].length === 1 ? `&#${char.codePointAt(0)};` : whole;
  });
}

/** Greedy line breaks for text of `size` px in the export font (average advance ≈ 0.47 em). */
export function wrap(text: string, size: number, width: number, advance = 0.47): string[] {
  const max = Math.max(8, Math.floor(width / (size * advance)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) { lines.push(line); line = word; }
    else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const textLines = (lines: string[], x: number, y: number, size: number, lead: number, style: string) =>
  lines.map((l, i) => `<text x="${x}" y="${y + i * lead}" style="font-size:${size}px;${style}">${esc(l)}</text>`).join('');

/** A chart's nested SVG placed in a box, keeping its aspect ratio. */
function place(img: ChartImage, x: number, y: number, w: number, h: number) {
  return img.chart.replace('<svg ', `<svg x="${x}" y="${y}" width="${w}" height="${h}" `);
}

export interface Framed {
  svg: string;
  width: number;
  height: number;
}

/**
 * The downloadable image: title, chart, legend, source line and credit, 1,200 units wide.
 * `<title>` and `<desc>` name the chart and its sources for screen readers and search.
 */
export function framedSvg(img: ChartImage, text: { title: string; source: string; credit: string; url: string; lang: string }): Framed {
  const W = EXPORT_WIDTH;
  const pad = 48;
  const inner = W - pad * 2;
  const titleLines = wrap(text.title, 40, inner);
  let y = pad + 36;
  const parts: string[] = [];
  parts.push(textLines(titleLines, pad, y, 40, 48, `font-weight:600;fill:${img.colors.ink}`));
  y += (titleLines.length - 1) * 48 + 32;
  const [, , vw, vh] = img.viewBox;
  // Tall charts narrow so the image stays under ~1.3 × its width.
  let cw = inner;
  let ch = (inner * vh) / vw;
  if (ch > 1000) { ch = 1000; cw = (ch * vw) / vh; }
  parts.push(place(img, pad + (inner - cw) / 2, y, cw, ch));
  y += ch + 24;
  if (img.legend.length) {
    const legendText = img.legend.map((l) => l.text).join('   ·   ');
    const lines = wrap(legendText, 22, inner);
    y += 22;
    parts.push(textLines(lines, pad, y, 22, 30, `fill:${img.colors.ink}`));
    y += (lines.length - 1) * 30 + 12;
  }
  const sourceLines = wrap(text.source, 20, inner);
  y += 28;
  parts.push(`<line x1="${pad}" x2="${W - pad}" y1="${y - 28}" y2="${y - 28}" style="stroke:${img.colors.rule};stroke-width:1px"/>`);
  parts.push(textLines(sourceLines, pad, y + 8, 20, 28, `fill:${img.colors.muted}`));
  y += (sourceLines.length - 1) * 28 + 44;
  parts.push(`<text x="${pad}" y="${y}" style="font-size:20px;font-weight:600;fill:${img.colors.ink}">${esc(text.credit)}</text>`);
  parts.push(`<text x="${W - pad}" y="${y}" text-anchor="end" style="font-size:20px;fill:${img.colors.muted}">${esc(text.url)}</text>`);
  const H = Math.ceil(y + pad - 12);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${text.lang}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="t d" style="font-family:'${EXPORT_FONT}'">` +
    `<title id="t">${esc(text.title)}</title><desc id="d">${esc(text.source)} ${esc(text.credit)}, ${esc(text.url)}</desc>` +
    `<rect width="${W}" height="${H}" style="fill:${img.colors.paper}"/>${parts.join('')}</svg>`;
  return { svg, width: W, height: H };
}

/** The 1,200 × 630 social card: site name, title, the chart fitted below, credit. */
export function ogSvg(img: ChartImage | null, text: { kicker: string; title: string; credit: string }): string {
  const { width: W, height: H } = OG;
  const pad = 56;
  const paper = img?.colors.paper ?? '#fdfcf9';
  const ink = img?.colors.ink ?? '#1d1d1f';
  const muted = img?.colors.muted ?? '#55555c';
  const size = img ? 40 : 64;
  const titleLines = wrap(text.title, size, W - pad * 2).slice(0, img ? 2 : 3);
  const parts = [
    `<rect width="${W}" height="${H}" style="fill:${paper}"/>`,
    `<rect width="${W}" height="10" style="fill:#9b2915"/>`,
    `<text x="${pad}" y="${pad + 24}" style="font-size:26px;font-weight:600;letter-spacing:1px;fill:#9b2915">${esc(text.kicker.toUpperCase())}</text>`,
    textLines(titleLines, pad, pad + 24 + size + 16, size, size * 1.2, `font-weight:600;fill:${ink}`),
  ];
  const top = pad + 24 + 16 + size * 1.2 * titleLines.length + 16;
  if (img) parts.push(place(img, pad, top, W - pad * 2, H - top - pad - 24));
  parts.push(`<text x="${W - pad}" y="${H - 28}" text-anchor="end" style="font-size:22px;fill:${muted}">${esc(text.credit)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" style="font-family:'${EXPORT_FONT}'"><title>${esc(text.title)}</title>${parts.join('')}</svg>`;
}

export { toPx };
