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
