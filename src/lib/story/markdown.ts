/**
 * Markdown → HTML for story text at build time. Citation links to the sources
 * page (/sources/#src-ID, or /es/sources/#src-ID in Spanish) get a class so they can be styled as citations.
 */
import { Marked } from 'marked';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** An attribute value with the characters that could end or break out of it escaped. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Decodes the HTML entities marked writes into inline text ("&#39;", "&amp;", "&quot;"). */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A heading's id from its rendered text: tags and entities removed, apostrophes dropped inside
 * words ("don't" → "dont", not "don-39-t"), every other run of non-letters and non-digits a hyphen.
 */
export function slugify(html: string): string {
  return decodeEntities(html.replace(/<[^>]+>/g, ''))
    .toLowerCase()
    .replace(/(?<=[\p{L}\p{N}])['’](?=[\p{L}\p{N}])/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const marked = new Marked({
  gfm: true,
  renderer: {
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      // Story links are the site's own paths, fragments, or https pages: anything else
      // (javascript:, data:, http:) fails the build rather than reaching a reader.
      if (!/^(\/|#|https:\/\/)/.test(href)) throw new Error(`story link: received href "${href}"; expected a site path ("/…"), a fragment ("#…") or an https:// URL`);
      const cls = /^(\/es)?\/sources\/#src-/.test(href) ? ' class="cite"' : '';
      const t = title ? ` title="${escapeAttr(title)}"` : '';
      const ext = href.startsWith('https:') ? ' rel="noreferrer"' : '';
      return `<a href="${escapeAttr(href)}"${cls}${t}${ext}>${text}</a>`;
    },
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      return `<h${depth} id="${slugify(text)}">${text}</h${depth}>\n`;
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** Inline Markdown (no paragraph), for a box's title or a one-line text. */
export function renderInline(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}
