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
