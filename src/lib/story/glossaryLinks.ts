/**
 * Links each glossary term's first use on a page to its entry (/glossary/#id), as a post-pass
 * over rendered story HTML at build time. Text inside headings, links, figures, code, tables,
 * SVG, scripts and <noscript> is left alone, so figure text and existing citations never change.
 * One linker per page: a term linked once is not linked again on that page.
 */
export interface LinkableTerm {
  id: string;
  match: readonly string[];
}

/** Elements whose text is never linked. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'figcaption', 'code', 'pre', 'dfn', 'svg', 'script', 'style', 'noscript', 'table', 'button', 'summary', 'abbr']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'area', 'col', 'embed', 'track']);

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrase is matched case-sensitively when it has a capital (IDENT, HART, Title 42), else in any case. */
const caseSensitive = (phrase: string) => /[A-Z]/.test(phrase);

export function createGlossaryLinker(terms: readonly LinkableTerm[], base = '/glossary/') {
  const phrases = terms
    .flatMap((t) => t.match.map((phrase) => ({ id: t.id, phrase })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
  const re = new RegExp(`\\b(?:${phrases.map((p) => escapeRe(p.phrase)).join('|')})\\b`, 'gi');
  const linked = new Set<string>();

  function linkText(text: string): string {
    if (linked.size === terms.length) return text;
    return text.replace(re, (found) => {
      const hit = phrases.find((p) => (caseSensitive(p.phrase) ? p.phrase === found : p.phrase.toLowerCase() === found.toLowerCase()));
      if (!hit || linked.has(hit.id)) return found;
      linked.add(hit.id);
      return `<a href="${base}#${hit.id}" class="gloss" data-gloss="${hit.id}">${found}</a>`;
    });
  }

  /** Links first uses in one chunk of HTML (call in reading order). */
  function link(html: string): string {
    const out: string[] = [];
    const stack: string[] = [];
    let skipping = 0;
    const tagRe = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;
    let last = 0;
    for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
      const text = html.slice(last, m.index);
      out.push(skipping ? text : linkText(text));
      out.push(m[0]);
      last = m.index + m[0].length;
      const name = m[1]?.toLowerCase();
      if (!name) continue;
      if (m[0][1] === '/') {
        const i = stack.lastIndexOf(name);
        if (i >= 0) {
          for (const closed of stack.splice(i)) if (SKIP.has(closed)) skipping--;
        }
      } else if (!VOID.has(name) && !m[0].endsWith('/>')) {
        stack.push(name);
        if (SKIP.has(name)) skipping++;
      }
    }
    const rest = html.slice(last);
    out.push(skipping ? rest : linkText(rest));
    return out.join('');
  }

  return { link, linked: (): ReadonlySet<string> => linked };
}
