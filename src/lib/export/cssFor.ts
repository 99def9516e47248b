/**
 * The part of a page's (minified) CSS that can style a given piece of SVG markup: rules whose
 * selectors only name classes and element types that occur in it. `:root` rules (the design
 * tokens) always stay: in a standalone SVG file `:root` is the <svg> itself. Media queries stay
 * around their kept rules (dark mode follows the reader's setting); anything else at-rule
 * (keyframes, font faces) is dropped. A generous filter, not a selector engine: it may keep a
 * rule that ends up matching nothing, never drops one that could match.
 */

interface Block {
  prelude: string;
  body: string | null;
}

function blocks(css: string): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (semi >= 0 && (open < 0 || semi < open)) {
      out.push({ prelude: css.slice(i, semi).trim(), body: null });
      i = semi + 1;
      continue;
    }
    if (open < 0) break;
    let depth = 1;
    let j = open + 1;
    while (j < css.length && depth) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}') depth--;
      j++;
    }
    out.push({ prelude: css.slice(i, open).trim(), body: css.slice(open + 1, j - 1) });
    i = j;
  }
  return out;
}

/** Split a selector list at top-level commas (not those inside :is(), :not()…). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth++;
    else if (list[i] === ')') depth--;
    else if (list[i] === ',' && depth === 0) {
      out.push(list.slice(from, i));
      from = i + 1;
    }
  }
  return [...out, list.slice(from)].map((s) => s.trim()).filter(Boolean);
}

function canMatch(selector: string, classes: Set<string>, tags: Set<string>): boolean {
  // What a negation or an attribute test asks cannot make a rule impossible here: drop them.
  const s = selector.replace(/:not\([^)]*\)/g, '').replace(/\[[^\]]*\]/g, '');
  for (const m of s.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) if (!classes.has(m[1]!)) return false;
  const bare = s.replace(/[.#]-?[_a-zA-Z][\w-]*/g, ' ').replace(/::?[\w-]+/g, ' ');
  for (const m of bare.matchAll(/(?:^|[\s>+~(,])([a-zA-Z][\w-]*)/g)) if (!tags.has(m[1]!.toLowerCase())) return false;
  return true;
}

function prune(css: string, classes: Set<string>, tags: Set<string>): string {
  let out = '';
  for (const b of blocks(css)) {
    if (b.body === null) continue;
    if (b.prelude.startsWith('@')) {
      if (!/^@(media|supports)\b/.test(b.prelude)) continue;
      const inner = prune(b.body, classes, tags);
      if (inner) out += `${b.prelude}{${inner}}`;
      continue;
    }
    const kept = splitSelectors(b.prelude).filter((sel) => canMatch(sel, classes, tags));
    if (kept.length && b.body.trim()) out += `${kept.join(',')}{${b.body.trim()}}`;
  }
  return out;
}

/** Classes and element names used in `markup`. */
export function markupVocabulary(markup: string): { classes: Set<string>; tags: Set<string> } {
  const classes = new Set<string>();
  for (const m of markup.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) classes.add(c);
  const tags = new Set<string>();
  for (const m of markup.matchAll(/<([a-zA-Z][\w-]*)/g)) tags.add(m[1]!.toLowerCase());
  return { classes, tags };
}

/** The rules of `css` that may apply to `markup` (see the file comment). */
export function cssFor(css: string, markup: string): string {
  const { classes, tags } = markupVocabulary(markup);
  return prune(css, classes, tags);
}
