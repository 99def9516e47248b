/**
 * Drops the CSS of components a page never shows. An embed page is one route for every chart
 * (/embed/[id]/), so the bundler gives each the styles of all seven charts; a rule scoped to a
 * component (Svelte's `.s-<hash>` as svelte.config.js names them, or its default `.svelte-<hash>`;
 * Astro's `[data-astro-cid-<hash>]`) is kept only when
 * every scope it names occurs in the page's HTML or in the scripts its islands load (where a
 * component the server did not render, a tooltip say, keeps its class). Unscoped rules stay.
 */

const SCOPE = /\.(?:svelte|s)-[a-z0-9]+|\[data-astro-cid-[a-z0-9]+\]/g;

/**
 * The scope tokens (`s-1f`, `s-abc123`, `svelte-abc123`, `data-astro-cid-abc123`) in a text: a
 * class among classes, between quotes or spaces, as in an attribute or a compiled template's
 * string. Not elsewhere: minified code is full of `s-1` and `s-a` that are arithmetic.
 */
export function scopesIn(text: string): Set<string> {
  return new Set(text.match(/(?<=^|[\s"'`])(?:svelte|s)-[a-z0-9]+(?=$|[\s"'`])|data-astro-cid-[a-z0-9]+/g) ?? []);
}

function splitSelectors(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(' || s[i] === '[') depth++;
    else if (s[i] === ')' || s[i] === ']') depth--;
    else if (s[i] === ',' && depth === 0) { out.push(s.slice(start, i)); start = i + 1; }
  }
  out.push(s.slice(start));
  return out;
}

const keep = (selector: string, present: Set<string>) =>
  (selector.match(SCOPE) ?? []).every((t) => present.has(t.startsWith('.') ? t.slice(1) : t.slice(1, -1)));

/** `css` without the rules whose every selector names a scope absent from `present`. */
export function pruneCss(css: string, present: Set<string>): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) { out += css.slice(i); break; }
    const head = css.slice(i, open);
    // Find the block's end, nested blocks included.
    let depth = 0;
    let j = open;
    for (; j < css.length; j++) {
      if (css[j] === '{') depth++;
      else if (css[j] === '}' && --depth === 0) break;
    }
    const body = css.slice(open + 1, j);
    const at = head.trim();
    if (at.startsWith('@')) {
      // Grouping rules hold rules: prune inside, drop when empty. Others (@font-face, @keyframes) stay.
      if (/^@(media|container|supports|layer)\b/.test(at)) {
        const inner = pruneCss(body, present);
        if (inner.trim()) out += `${head}{${inner}}`;
      } else out += `${head}{${body}}`;
    } else {
      const kept = splitSelectors(head).filter((s) => keep(s, present));
      if (kept.length) out += `${kept.join(',')}{${body}}`;
    }
    i = j + 1;
  }
  return out;
}
