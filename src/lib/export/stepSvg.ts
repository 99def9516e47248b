/**
 * Step figures as files. The story's scrollies carry, under every step, a static copy of the
 * graphic at that step (in <noscript>: shown without JavaScript and in print). Inlined, the 30
 * copies were most of the story's HTML. `stepFigures` moves each copy's chart drawing into a
 * self-contained SVG file (its markup, wrapped in groups that carry the classes of its HTML
 * ancestors so the page's rules and colour variables still reach it, plus the page CSS that can
 * style it) and leaves in the page an <img> with the drawing's full text description as `alt`;
 * the copy's HTML (legend, notes, map labels) stays. Controls that need JavaScript (`js-only`)
 * are dropped from the copies. Browsers fetch the files only when a copy is shown.
 * `standaloneSvg` is the reusable part: any SVG drawn by a chart, made a file.
 */
import { cssFor } from './cssFor';
import { attr, dropHydrationComments, findElements, replaceSpans, textOf } from './markup';

/** What the file is made of: the drawing's <svg> elements (drawn over each other, first at the bottom). */
export interface SvgPart {
  markup: string;
  /** `class` (and `style`) of the HTML elements around the drawing, outermost first. */
  ancestors: { class: string; style?: string }[];
}

function viewBoxOf(open: string): [number, number] {
  const vb = (attr(open, 'viewBox') ?? '0 0 640 400').split(/[\s,]+/).map(Number);
  return [vb[2] ?? 640, vb[3] ?? 400];
}

/** Definitions a drawing refers to (`href="#id"`) but does not hold, looked up in `page`. */
function missingDefs(markup: string, page: string): string {
  const defs: string[] = [];
  for (const id of new Set([...markup.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!))) {
    if (markup.includes(`id="${id}"`)) continue;
    const el = findElements(page, (_t, open) => attr(open, 'id') === id)[0];
    if (el) defs.push(page.slice(el.start, el.end));
  }
  return defs.length ? `<defs>${defs.join('')}</defs>` : '';
}

/**
 * A self-contained SVG document from a chart's drawing: the parts nested in <g> elements that
 * carry their ancestors' classes, the CSS that can style them, referenced definitions resolved
 * from `page`, and a <title>/<desc> (the drawing's own, if it has them).
 */
export function standaloneSvg(parts: SvgPart[], css: string, page = '', lang = 'en'): { svg: string; width: number; height: number; alt: string } {
  const [width, height] = viewBoxOf(parts[0]!.markup);
  const described = parts.find((p) => /<title[\s>]/.test(p.markup)) ?? parts[0]!;
  const title = /<title[^>]*>([\s\S]*?)<\/title>/.exec(described.markup)?.[1] ?? '';
  const desc = /<desc[^>]*>([\s\S]*?)<\/desc>/.exec(described.markup)?.[1] ?? '';
  const body = parts
    .map((p) => p.ancestors.reduceRight((inner, a) => `<g data-html="" class="${a.class}"${a.style ? ` style="${a.style}"` : ''}>${inner}</g>`, p.markup))
    .join('');
  const defs = missingDefs(body, page);
  // The groups stand in for HTML boxes: whatever display those had, here they draw; and each
  // drawing fills the file, as it filled its box.
  const style = cssFor(css, body + defs) + 'g[data-html]{display:inline!important}svg svg{width:100%!important;height:100%!important}';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" lang="${lang}">` +
    `<style>${style}</style>${defs}${body}</svg>`;
  const alt = [textOf(title), textOf(desc)].filter(Boolean).join('. ').replace(/\.\./g, '.');
  return { svg, width, height, alt };
}

const isDrawing = (tag: string, open: string) =>
  tag === 'svg' && (/\srole="img"/.test(open) || /\sclass="[^"]*\bland-layer\b/.test(open));

/** One step copy: the <noscript> content with its drawing replaced by an <img src>, and the file. */
export function stepFigure(copy: string, css: string, page: string, src: string, lang = 'en'): { html: string; svg: string } | null {
  const clean = dropHydrationComments(copy);
  const drawings = findElements(clean, isDrawing);
  if (!drawings.length) return null;
  const { svg, width, height, alt } = standaloneSvg(
    drawings.map((d) => ({ markup: clean.slice(d.start, d.end), ancestors: d.ancestors.filter((a) => !/\bstep-figure\b/.test(a.class)) })),
    css,
    page,
    lang,
  );
  const img = `<img class="step-img" src="${src}" alt="${alt.replace(/"/g, '&quot;')}" width="${width}" height="${height}">`;
  const liveRegions = findElements(clean, (tag, open) => tag === 'div' && /\saria-live=/.test(open) && /visually-hidden/.test(open));
  const jsOnly = findElements(clean, (_t, open) => /\sclass="[^"]*\bjs-only\b/.test(open));
  const html = replaceSpans(clean, [
    ...drawings.map((d, i) => ({ start: d.start, end: d.end, with: i === 0 ? img : '' })),
    ...[...liveRegions, ...jsOnly].map((d) => ({ start: d.start, end: d.end, with: '' })),
  ]);
  // The copy never runs a script: the data-* hooks that scripts and tests read are dead weight here.
  return { html: html.replace(/\sdata-[\w-]+="[^"]*"/g, ''), svg };
}

/** A copy's own legend, key or note: an element whose classes name one of them (not `key-title` or `legend-item`). */
const KEY_PART = /^(legend|key|note)$/;
const keyPart = (open: string) => (attr(open, 'class') ?? '').split(/\s+/).find((c) => KEY_PART.test(c));

/**
 * `copy` without the legend, key and note elements identical to those the chart's previous copy
 * showed (`last`, by kind and order, updated with what this copy shows).
 */
export function withoutRepeats(copy: string, last: Map<string, string>): string {
  const parts = findElements(copy, (_t, open) => keyPart(open) !== undefined);
  const seen = new Map<string, number>();
  const drop = parts.filter((el) => {
    // The n-th legend, key or note of its kind in the copy, so a copy with two notes compares each with its own.
    const part = keyPart(el.open)!;
    const n = seen.get(part) ?? 0;
    seen.set(part, n + 1);
    const kind = `${part} ${n}`;
    const markup = copy.slice(el.start, el.end);
    const same = last.get(kind) === markup;
    last.set(kind, markup);
    return same;
  });
  return replaceSpans(copy, drop.map((el) => ({ start: el.start, end: el.end, with: '' })));
}

/**
 * Every step copy of a built page moved to a file: returns the page and the files
 * (path under the site root → SVG text). `name(chart, step)` gives a file's path.
 */
export function stepFigures(page: string, name: (chart: string, step: number) => string): { html: string; files: Map<string, string> } {
  const css = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(page)?.[1] ?? 'en';
  const files = new Map<string, string>();
  const spans: { start: number; end: number; with: string }[] = [];
  // The legend, key and notes each chart's copy last showed: a later copy of the same chart leaves
  // out one that has not changed, as a series of small multiples shares one legend.
  const shown = new Map<string, Map<string, string>>();
  for (const m of page.matchAll(/(<noscript class="step-figure-src">)([\s\S]*?)(<\/noscript>)/g)) {
    const before = page.slice(0, m.index);
    const chart = [...before.matchAll(/data-scrolly="([^"]+)"/g)].at(-1)?.[1];
    const step = [...before.matchAll(/data-step="(\d+)"/g)].at(-1)?.[1];
    if (!chart || step === undefined) continue;
    const path = name(chart, Number(step));
    const out = stepFigure(m[2]!, css, page, path, lang);
    if (!out) continue;
    files.set(path, out.svg);
    const last = shown.get(chart) ?? shown.set(chart, new Map()).get(chart)!;
    spans.push({ start: m.index! + m[1]!.length, end: m.index! + m[1]!.length + m[2]!.length, with: withoutRepeats(out.html, last) });
  }
  return { html: replaceSpans(page, spans), files };
}

/**
 * A group of shapes drawn once per page (the route map's land) moved to a file the page refers
 * to with <use href="file#id">: the outlines leave the HTML, and the browser fetches them after
 * the text. The group carries the page CSS that styles it, inside itself: a <use> clone of
 * another document's element gets that document's rules only through what it clones.
 * `context` picks the classes of the group's page ancestors that its rules need (`.route-map
 * .dot`, say): the file recreates those ancestors as groups inside the cloned one, so the rules
 * match in the clone as they did in the page. Inherited properties (colours, --ds) still come
 * from the page, through the <use>.
 */
export function externalShapes(page: string, id: string, path: string, context: (cls: string) => boolean = () => false): { html: string; svg: string } | null {
  const el = findElements(page, (_t, open) => attr(open, 'id') === id)[0];
  if (!el) return null;
  const markup = page.slice(el.start, el.end);
  const css = [...page.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  const open = markup.slice(0, markup.indexOf('>') + 1);
  const inner = el.ancestors.filter((a) => context(a.class)).reduceRight((body, a) => `<g class="${a.class}">${body}</g>`, markup.slice(open.length, markup.lastIndexOf('<')));
  const grouped = `${open}${inner}${markup.slice(markup.lastIndexOf('<'))}`;
  const styled = `${open}<style>${cssFor(css, grouped).replace(/:root\{[^}]*\}|@media \(prefers-color-scheme:dark\)\{:root\{[^}]*\}\}/g, '').replace(/@media[^{]*\{\}/g, '')}</style>${grouped.slice(open.length)}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg"><defs>${styled}</defs></svg>`;
  return { html: replaceSpans(page, [{ start: el.start, end: el.end, with: `<use href="${path}#${id}"></use>` }]), svg };
}
