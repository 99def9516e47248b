/**
 * Markdown → HTML for story text at build time. Citation links to the sources
 * page (/sources/#src-ID) get a class so they can be styled as citations.
 */
import { Marked } from 'marked';

const marked = new Marked({
  gfm: true,
  renderer: {
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const cls = href.startsWith('/sources/#src-') ? ' class="cite"' : '';
      const t = title ? ` title="${title}"` : '';
      const ext = /^https?:/.test(href) ? ' rel="noreferrer"' : '';
      return `<a href="${href}"${cls}${t}${ext}>${text}</a>`;
    },
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      const id = text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
      return `<h${depth} id="${id}">${text}</h${depth}>\n`;
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}
