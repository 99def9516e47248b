/**
 * Small, dependency-free helpers to cut elements out of server-rendered HTML (which this
 * site writes itself: well formed, attributes double-quoted). Pure string work, so the
 * build's exporters (step figures, embeds) run anywhere, with no DOM.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*(\/?)>/g;

/** An element found in markup: its span, tag name, opening tag and the classes of its open ancestors. */
export interface Found {
  start: number;
  end: number;
  tag: string;
  open: string;
  /** `class` and `style` attributes of the enclosing elements, outermost first (those with a class only). */
  ancestors: { class: string; style?: string }[];
}

/** The value of attribute `name` in an opening tag, or undefined. */
export function attr(open: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(open)?.[1];
}

/**
 * Every element that `test` accepts, outermost only (a match's descendants are skipped),
 * with its span and the class chain above it.
 */
export function findElements(html: string, test: (tag: string, open: string) => boolean): Found[] {
  const found: Found[] = [];
  const stack: { tag: string; open: string }[] = [];
  let inside: { tag: string; open: string; start: number; depth: number; ancestors: Found['ancestors'] } | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const [whole, close, rawTag, , selfClose] = m;
    const tag = rawTag!.toLowerCase();
    if (close) {
      const i = stack.map((s) => s.tag).lastIndexOf(tag);
      if (i >= 0) stack.length = i;
      if (inside && tag === inside.tag && stack.length === inside.depth) {
        found.push({ start: inside.start, end: m.index + whole.length, tag, open: inside.open, ancestors: inside.ancestors });
        inside = null;
      }
      continue;
    }
    const selfClosing = !!selfClose || VOID.has(tag);
    if (!inside && test(tag, whole)) {
      const ancestors = stack.flatMap((s) => {
        const cls = attr(s.open, 'class');
        const style = attr(s.open, 'style');
        return cls ? [style ? { class: cls, style } : { class: cls }] : [];
      });
      if (selfClosing) found.push({ start: m.index, end: m.index + whole.length, tag, open: whole, ancestors });
      else inside = { tag, open: whole, start: m.index, depth: stack.length, ancestors };
    }
    if (!selfClosing) stack.push({ tag, open: whole });
  }
  return found;
}

/** `html` with the given spans replaced (spans must not overlap). */
export function replaceSpans(html: string, spans: { start: number; end: number; with: string }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += html.slice(at, s.start) + s.with;
    at = s.end;
  }
  return out + html.slice(at);
}

/** Text content of markup: tags dropped, whitespace collapsed (entities are left as written). */
export function textOf(markup: string): string {
  return markup.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Svelte's hydration markers, which a copy that never hydrates does not need. */
export function dropHydrationComments(html: string): string {
  return html.replace(/<!--[[\]!\d-]*-->/g, '');
}
