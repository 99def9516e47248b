import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/story/markdown';

describe('renderMarkdown', () => {
  it('marks links to a source as citations, and only those', () => {
    expect(renderMarkdown('[GAO](/sources/#src-gao-1)')).toBe('<p><a href="/sources/#src-gao-1" class="cite">GAO</a></p>\n');
    expect(renderMarkdown('[data](/data/)')).toBe('<p><a href="/data/">data</a></p>\n');
  });
  it('keeps a link’s title and sends no referrer to another site', () => {
    expect(renderMarkdown('[IOM](https://missingmigrants.iom.int "Missing Migrants")')).toBe(
      '<p><a href="https://missingmigrants.iom.int" title="Missing Migrants" rel="noreferrer">IOM</a></p>\n',
    );
    expect(renderMarkdown('[x](http://a.example)')).toContain('rel="noreferrer"');
    expect(renderMarkdown('[x](/https:/no)')).not.toContain('rel=');
  });
  it('gives headings an id made of their words, accents kept, markup and punctuation dropped', () => {
    expect(renderMarkdown('## The *smart* border: 2019–2024')).toBe('<h2 id="the-smart-border-2019-2024">The <em>smart</em> border: 2019–2024</h2>\n');
    expect(renderMarkdown('### ¿Quién cuenta?')).toBe('<h3 id="quién-cuenta">¿Quién cuenta?</h3>\n');
  });
});
