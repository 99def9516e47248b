/**
 * Just enough of CSS's cascade to make a chart's server-rendered SVG carry its own look:
 * the page's rules applied to each element in specificity order, custom properties
 * inherited and `var()` resolved, `clamp()`/`rem`/`vw` turned into pixels, and the inherited
 * text properties the SVG takes from the page written on its root. resvg (and any image
 * viewer) then draws it as the page does, without the page's stylesheet.
 *
 * Scope: the selectors and values the site's own CSS uses (classes, attributes, :is/:not,
 * descendant and child combinators). At-rules are dropped, except that the caller forces a
 * theme with data-theme on the root (global.css has a rule per theme).
 */
import type { Cheerio, CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

interface Rule {
  selector: string;
  specificity: number;
  order: number;
  decls: [string, string][];
}

/** Removes comments and every at-rule block (media, container, keyframes, supports…). */
export function stripAtRules(css: string): string {
  css = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < css.length) {
    const at = css.indexOf('@', i);
    if (at < 0) { out += css.slice(i); break; }
    out += css.slice(i, at);
    const semi = css.indexOf(';', at);
    const brace = css.indexOf('{', at);
    if (brace < 0 || (semi >= 0 && semi < brace)) { i = semi < 0 ? css.length : semi + 1; continue; }
    let depth = 0;
    let j = brace;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/** Splits on commas outside parentheses. */
function splitTop(s: string, sep = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === sep && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Approximate specificity packed in one number: ids, classes/attributes/pseudo-classes, types. */
export function specificity(selector: string): number {
  const s = selector.replace(/:(?:is|not|where)\(/g, ' (');
  const ids = (s.match(/#[\w-]+/g) ?? []).length;
  const classes = (s.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g) ?? []).length;
  const types = (s.replace(/\[[^\]]*\]|[.#:][\w-]+/g, ' ').match(/(^|[\s>+~(])[a-zA-Z][\w-]*/g) ?? []).length;
  return ids * 10000 + classes * 100 + types;
}

function parseDecls(body: string): [string, string][] {
  return splitTop(body, ';').flatMap((d) => {
    const k = d.indexOf(':');
    if (k < 0) return [];
    return [[d.slice(0, k).trim().toLowerCase().startsWith('--') ? d.slice(0, k).trim() : d.slice(0, k).trim().toLowerCase(), d.slice(k + 1).replace(/!important/, '').trim()] as [string, string]];
  });
}

/** The style rules of a stylesheet, at-rules removed; selectors split. */
export function parseRules(css: string): Rule[] {
  const rules: Rule[] = [];
  const flat = stripAtRules(css);
  const re = /([^{}]+)\{([^{}]*)\}/g;
  let m: RegExpExecArray | null;
  let order = 0;
  while ((m = re.exec(flat))) {
    const decls = parseDecls(m[2]!);
    if (!decls.length) continue;
    for (const selector of splitTop(m[1]!)) rules.push({ selector, specificity: specificity(selector), order: order++, decls });
  }
  return rules;
}

// Interactive and pseudo-element states never apply to an image.
const DYNAMIC = /::|:(hover|focus|focus-visible|focus-within|active|visited|target|checked|disabled|placeholder|autofill|invalid|popover-open|open)\b/;

/** Properties an element takes from its parent when it does not set them. */
const INHERITED = new Set(['color', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-numeric', 'letter-spacing', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility']);
/** Properties an SVG renderer understands; everything else (layout, transitions, cursor…) is dropped. */
const SVG_PROPS = new Set([...INHERITED, 'opacity', 'display', 'stroke-dashoffset', 'stroke-miterlimit', 'transform', 'transform-origin', 'mix-blend-mode', 'shape-rendering', 'vector-effect', 'stop-color', 'stop-opacity', 'text-decoration', 'alignment-baseline', 'baseline-shift', 'clip-path', 'mask', 'marker-start', 'marker-end', 'marker-mid']);
/** Properties from the page's HTML ancestors that the SVG root must be told about. */
const ROOT_INHERITED = ['color', 'font-family', 'font-size', 'font-weight', 'letter-spacing', 'font-variant-numeric'];

/** Pixels for a length written with rem, vw, clamp(), min(), max() and + − between terms. */
export function toPx(value: string, vw = 6.4): string {
  const num = (t: string): number | null => {
    t = t.trim();
    const m = /^(-?[\d.]+)(px|rem|em|vw)?$/.exec(t);
    if (m) return Number(m[1]) * (m[2] === 'rem' || m[2] === 'em' ? 16 : m[2] === 'vw' ? vw : 1);
    const sum = t.match(/-?[\d.]+(?:px|rem|em|vw)?|[+-]/g);
    if (sum && sum.join('').replace(/\s/g, '') === t.replace(/\s/g, '')) {
      let total = 0;
      let sign = 1;
      for (const p of sum) {
        if (p === '+') sign = 1;
        else if (p === '-') sign = -1;
        else { const v = num(p); if (v === null) return null; total += sign * v; sign = 1; }
      }
      return total;
    }
    return null;
  };
  let prev = '';
  while (prev !== value) {
    prev = value;
    value = value.replace(/(clamp|min|max|calc)\(([^()]*)\)/g, (all, fn: string, args: string) => {
      if (fn === 'calc' && /^\s*-?[\d.]+(px)?\s*\*\s*-?[\d.]+(px)?\s*$/.test(args)) {
        const [a, b] = args.split('*').map((x) => parseFloat(x));
        return `${+(a! * b!).toFixed(3)}px`;
      }
      const vals = splitTop(args).map(num);
      if (vals.some((v) => v === null)) return all;
      const v = vals as number[];
      const r = fn === 'clamp' ? Math.min(Math.max(v[1]!, v[0]!), v[2]!) : fn === 'min' ? Math.min(...v) : fn === 'max' ? Math.max(...v) : v[0]!;
      return `${+r.toFixed(2)}px`;
    });
  }
  return value.replace(/(-?[\d.]+)(rem|vw)\b/g, (_, n: string, u: string) => `${+(Number(n) * (u === 'rem' ? 16 : vw)).toFixed(2)}px`);
}

/** Replaces var(--x[, fallback]) from `vars`, recursively. */
export function resolveVars(value: string, vars: Map<string, string>, depth = 0): string {
  if (depth > 8 || !value.includes('var(')) return value;
  let out = '';
  let i = 0;
  while (i < value.length) {
    const at = value.indexOf('var(', i);
    if (at < 0) { out += value.slice(i); break; }
    out += value.slice(i, at);
    let depthP = 0;
    let j = at + 3;
    for (; j < value.length; j++) {
      if (value[j] === '(') depthP++;
      else if (value[j] === ')' && --depthP === 0) break;
    }
    const inner = value.slice(at + 4, j);
    const comma = splitTop(inner);
    const name = comma[0]!.trim();
    const fallback = inner.includes(',') ? inner.slice(inner.indexOf(',') + 1).trim() : '';
    out += resolveVars(vars.get(name) ?? fallback, vars, depth + 1);
    i = j + 1;
  }
  return out;
}

/**
 * Writes each element's resolved style into its `style` attribute (and drops `class`), from
 * `root` down. The page's cascade decides, from the document root, what `root` inherits.
 */
export function inlineStyles($: CheerioAPI, root: Cheerio<Element>, css: string, fonts: { family: string }): void {
  const rules = parseRules(css);
  const declared = new Map<Element, { spec: number; order: number; decls: [string, string][] }[]>();
  for (const rule of rules) {
    if (DYNAMIC.test(rule.selector)) continue;
    let matched: Cheerio<Element>;
    try {
      matched = $(rule.selector) as Cheerio<Element>;
    } catch {
      continue;
    }
    matched.each((_, el) => {
      let list = declared.get(el);
      if (!list) declared.set(el, (list = []));
      list.push({ spec: rule.specificity, order: rule.order, decls: rule.decls });
    });
  }
  const own = (el: Element): Map<string, string> => {
    const m = new Map<string, string>();
    for (const r of (declared.get(el) ?? []).sort((a, b) => a.spec - b.spec || a.order - b.order)) for (const [k, v] of r.decls) m.set(k, v);
    for (const [k, v] of parseDecls(el.attribs?.style ?? '')) m.set(k, v);
    return m;
  };
  // What `root` inherits: walk from the document root down to it.
  const chain = [...root.parents().toArray().reverse()] as Element[];
  const vars = new Map<string, string>();
  const inherited = new Map<string, string>();
  const apply = (el: Element, vars: Map<string, string>, inherited: Map<string, string>) => {
    const decls = own(el);
    for (const [k, v] of decls) if (k.startsWith('--')) vars.set(k, v);
    const out = new Map<string, string>();
    for (const [k, v] of decls) {
      if (k.startsWith('--')) continue;
      const val = toPx(resolveVars(v, vars));
      out.set(k, val);
      if (INHERITED.has(k)) inherited.set(k, val);
    }
    return out;
  };
  for (const el of chain) apply(el, vars, inherited);
  const rootEl = root.get(0)!;
  const walk = (el: Element, vars: Map<string, string>, inherited: Map<string, string>, isRoot: boolean) => {
    const v = new Map(vars);
    const inh = new Map(inherited);
    const style = apply(el, v, inh);
    if (isRoot) for (const k of ROOT_INHERITED) if (!style.has(k) && inh.has(k)) style.set(k, inh.get(k)!);
    const color = inh.get('color');
    const parts: string[] = [];
    for (const [k, val] of style) {
      if (!SVG_PROPS.has(k)) continue;
      if (k === 'display' && val !== 'none') continue;
      let value = color ? val.replace(/\bcurrentColor\b/gi, color) : val;
      if (k === 'font-family') value = `'${fonts.family}'`;
      if (k === 'transform') {
        // A CSS transform (the route map's zoom) becomes the SVG attribute every renderer reads.
        if (!el.attribs.transform && value !== 'none' && !/%|deg|matrix3d|translate3d/.test(value)) el.attribs.transform = value.replace(/(-?[\d.]+)px/g, '$1').replace(/,/g, ' ');
        continue;
      }
      parts.push(`${k}:${value}`);
    }
    if (parts.length) el.attribs.style = parts.join(';');
    else delete el.attribs.style;
    delete el.attribs.class;
    for (const c of el.children ?? []) if (c.type === 'tag') walk(c as Element, v, inh, false);
  };
  walk(rootEl, vars, inherited, true);
}
