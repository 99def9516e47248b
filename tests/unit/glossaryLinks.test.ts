import { describe, expect, it } from 'vitest';
import { createGlossaryLinker } from '../../src/lib/story/glossaryLinks';

const terms = [
  { id: 'ident', match: ['IDENT'] },
  { id: 'biometrics', match: ['biometrics', 'biometric'] },
  { id: 'bdsp', match: ['Biometric Data Sharing Program'] },
  { id: 'asylum', match: ['asylum'] },
];

describe('createGlossaryLinker', () => {
  it('links the first use only, across chunks of one page', () => {
    const { link } = createGlossaryLinker(terms);
    expect(link('<p>Asylum is a right. asylum again.</p>')).toBe('<p><a href="/glossary/#asylum" class="gloss" data-gloss="asylum">Asylum</a> is a right. asylum again.</p>');
    expect(link('<p>More asylum.</p>')).toBe('<p>More asylum.</p>');
  });
  it('skips headings, links, figures and noscript', () => {
    const { link } = createGlossaryLinker(terms);
    const html = '<h2>IDENT</h2><p><a href="/x">IDENT</a></p><figure><p>IDENT</p></figure><noscript>IDENT</noscript><p>The IDENT database</p>';
    expect(link(html)).toBe('<h2>IDENT</h2><p><a href="/x">IDENT</a></p><figure><p>IDENT</p></figure><noscript>IDENT</noscript><p>The <a href="/glossary/#ident" class="gloss" data-gloss="ident">IDENT</a> database</p>');
  });
  it('prefers the longest phrase and respects case for acronyms', () => {
    const { link } = createGlossaryLinker(terms);
    const out = link('<p>An identity, a Biometric Data Sharing Program, then biometric data.</p>');
    expect(out).toContain('data-gloss="bdsp">Biometric Data Sharing Program</a>');
    expect(out).toContain('data-gloss="biometrics">biometric</a> data');
    expect(out).not.toContain('data-gloss="ident"');
  });
  it('does not touch attribute values', () => {
    const { link } = createGlossaryLinker(terms);
    expect(link('<p title="asylum">x</p>')).toBe('<p title="asylum">x</p>');
  });
});
