import { describe, expect, it } from 'vitest';
import { decodeEntities, renderMarkdown, slugify } from '../../src/lib/story/markdown';

describe('slugify', () => {
  it.each([
    ['What we still don&#39;t know', 'what-we-still-dont-know'],
    ['What we still don’t know', 'what-we-still-dont-know'],
    ['Bought, not collected', 'bought-not-collected'],
    ['El Salvador: sharing data with a state of exception', 'el-salvador-sharing-data-with-a-state-of-exception'],
    ['<em>CBP One</em> &amp; the queue', 'cbp-one-the-queue'],
    ['“Smart borders”', 'smart-borders'],
    ['Qué sabemos', 'qué-sabemos'],
    ["'Quoted' words", 'quoted-words'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones', () => {
    expect(decodeEntities('a&amp;b &#39;c&#x27; &quot;d&quot; &bogus;')).toBe(`a&b 'c' "d" &bogus;`);
  });
});

describe('renderMarkdown headings', () => {
  it('gives a heading with an apostrophe a readable id', () => {
    expect(renderMarkdown("### What we still don't know")).toContain('<h3 id="what-we-still-dont-know">');
  });
});

describe('renderMarkdown links', () => {
  it('escapes what a link title and address carry', () => {
    const html = renderMarkdown('[x](https://example.org/?a=1&b="2" "a \\"title\\" <b>")');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="a &quot;title&quot; &lt;b&gt;"');
    expect(html).not.toMatch(/title="a "/);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'http://example.org', 'vbscript:x'])('refuses the link %s', (href) => {
    expect(() => renderMarkdown(`[x](${href})`)).toThrow(`story link: received href "${href}"`);
  });

  it('keeps site paths, fragments and https links, marking citations', () => {
    expect(renderMarkdown('[a](/sources/#src-x) [b](#top) [c](https://gao.gov)')).toBe(
      '<p><a href="/sources/#src-x" class="cite">a</a> <a href="#top">b</a> <a href="https://gao.gov" rel="noreferrer">c</a></p>\n',
    );
  });
});

describe('renderMarkdown', () => {
  it('marks links to a source as citations, and only those', () => {
    expect(renderMarkdown('[GAO](/sources/#src-gao-1)')).toBe('<p><a href="/sources/#src-gao-1" class="cite">GAO</a></p>\n');
    expect(renderMarkdown('[GAO](/es/sources/#src-gao-1)')).toBe('<p><a href="/es/sources/#src-gao-1" class="cite">GAO</a></p>\n');
    expect(renderMarkdown('[x](/es/data/)')).toBe('<p><a href="/es/data/">x</a></p>\n');
    expect(renderMarkdown('[data](/data/)')).toBe('<p><a href="/data/">data</a></p>\n');
  });
  it('keeps a link’s title and sends no referrer to another site', () => {
    expect(renderMarkdown('[IOM](https://missingmigrants.iom.int "Missing Migrants")')).toBe(
      '<p><a href="https://missingmigrants.iom.int" title="Missing Migrants" rel="noreferrer">IOM</a></p>\n',
    );
    expect(renderMarkdown('[x](/https:/no)')).not.toContain('rel=');
  });
  it('gives headings an id made of their words, accents kept, markup and punctuation dropped', () => {
    expect(renderMarkdown('## The *smart* border: 2019–2024')).toBe('<h2 id="the-smart-border-2019-2024">The <em>smart</em> border: 2019–2024</h2>\n');
    expect(renderMarkdown('### ¿Quién cuenta?')).toBe('<h3 id="quién-cuenta">¿Quién cuenta?</h3>\n');
  });
});
