/** The image export's CSS helpers and the embed pages' CSS pruning, on small inputs. */
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { inlineStyles, resolveVars, specificity, stripAtRules, toPx } from '../../src/lib/export/styles';
import { chartImage, framedSvg, wrap, xmlEntities } from '../../src/lib/export/svgExport';
import { pruneCss, scopesIn } from '../../src/lib/build/pruneCss';

describe('styles for a self-contained SVG', () => {
  it('turns rem, vw and clamp() into pixels', () => {
    expect(toPx('clamp(0.85rem, 0.82rem + 0.12vw, 0.92rem)')).toBe('13.89px');
    expect(toPx('2rem')).toBe('32px');
    expect(toPx('12px')).toBe('12px');
  });

  it('resolves var() with fallbacks, nested', () => {
    const vars = new Map([['--a', 'var(--b)'], ['--b', '#123']]);
    expect(resolveVars('var(--a)', vars)).toBe('#123');
    expect(resolveVars('1px solid var(--x, var(--b))', vars)).toBe('1px solid #123');
  });

  it('drops at-rules and ranks selectors', () => {
    expect(stripAtRules('a{x:1}@media (x){b{y:2}}c{z:3}')).toBe('a{x:1}c{z:3}');
    expect(specificity('.a.b')).toBeGreaterThan(specificity('.a rect'));
    expect(specificity('#x')).toBeGreaterThan(specificity('.a.b.c'));
  });

  it('inlines the cascade, custom properties inherited, per theme', () => {
    const css = ':root{--ink:#111}:root[data-theme=dark]{--ink:#eee}.c{--s:var(--ink)}.c .m{fill:var(--s);stroke:red;transition:d 1s}.m.on{stroke:blue}';
    const $ = load('<html data-theme="dark"><body><div class="c" style="font-family:serif"><svg viewBox="0 0 1 1"><rect class="m on"/><rect class="m" style="stroke:green"/></svg></div></body></html>');
    inlineStyles($, $('svg') as never, css, { family: 'F' });
    expect($('rect').eq(0).attr('style')).toBe('fill:#eee;stroke:blue');
    expect($('rect').eq(1).attr('style')).toBe('fill:#eee;stroke:green');
    expect($('svg').attr('style')).toContain("font-family:'F'");
  });

  it('frames a chart with its title, source and credit', () => {
    const html = `<html><head><style>:root{--c-paper:#fff;--c-ink:#000;--c-muted:#555;--c-rule:#ccc}.l{stroke:var(--c-ink)}</style></head><body><main><div data-chart="x"><svg role="img" viewBox="0 0 200 100"><title>t</title><line class="l"/></svg></div></main></body></html>`;
    const img = chartImage(html, 'light');
    expect(img.chart).toContain('stroke:#000');
    expect(img.chart).not.toContain('<title>');
    const { svg, width } = framedSvg(img, { title: 'Title & more', source: 'Sources: A.', credit: 'Credit', url: 'x.org', lang: 'en' });
    expect(width).toBe(1200);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title id="t">Title &amp; more</title>');
    expect(svg).toContain('Sources: A.');
    expect(wrap('aaa bbb ccc', 10, 40)).toEqual(['aaa bbb', 'ccc']);
  });
});

describe('pruning an embed page’s CSS', () => {
  it('keeps unscoped rules and rules whose scopes are present, in and out of grouping rules', () => {
    const css = 'a{x:1}.k.svelte-aaaa{y:2}.g.svelte-bbbb,.k.svelte-aaaa p{z:3}@media (x){.g.svelte-bbbb{w:4}}@container (y){.k.svelte-aaaa{v:5}}[data-astro-cid-cc]{u:6}';
    const present = scopesIn('<div class="k svelte-aaaa">');
    expect(pruneCss(css, present)).toBe('a{x:1}.k.svelte-aaaa{y:2}.k.svelte-aaaa p{z:3}@container (y){.k.svelte-aaaa{v:5}}');
  });

  it('knows the site’s own scoped class names, s-<hash> (svelte.config.js), and no word that merely ends in s-', () => {
    const css = '.k.s-aaaa{y:2}.g.s-bbbb{z:3}.dots-layer.s-aaaa{w:4}@media (x){.g.s-bbbb p{v:5}}';
    const present = scopesIn('<div class="k s-aaaa"><svg class="dots-layer s-aaaa"></svg><p class="steps-bbbb"></p>');
    expect([...present]).toEqual(['s-aaaa']);
    expect(pruneCss(css, present)).toBe('.k.s-aaaa{y:2}.dots-layer.s-aaaa{w:4}');
  });
});

describe('xmlEntities', () => {
  it('writes HTML named entities as numeric references XML reads, and keeps XML’s own', () => {
    expect(xmlEntities('<text>EE.&nbsp;UU. &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos; &eacute;</text>')).toBe('<text>EE.&#160;UU. &amp; &lt;b&gt; &quot;x&quot; &apos;y&apos; &#233;</text>');
    expect(xmlEntities('&notanentity; &#160;')).toBe('&notanentity; &#160;');
  });
});
