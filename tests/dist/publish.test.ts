/**
 * What the build publishes besides pages: links that resolve, the canonical origin the build
 * was made for (SITE_URL or the local preview) and no placeholder domain, 404.html, robots.txt
 * and the sitemap.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { checkLinks } from '../../src/lib/publish/links';
import { resolveSite } from '../../src/lib/publish/site';
import { DIST, distFiles, distPages } from './dist';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const canonical = load(read('index.html'))('link[rel="canonical"]').attr('href')!;
const origin = new URL(canonical).origin;
const pages = distPages();

describe('links', () => {
  const report = checkLinks(DIST, origin);
  it('every internal link, fragment and asset resolves; every external link is https', () => {
    expect(report.problems).toEqual([]);
  });
  it('checked every page and thousands of links', () => {
    expect(report.pages).toBe(pages.length);
    expect(report.internal).toBeGreaterThan(1500);
    expect(report.fragments).toBeGreaterThan(1000);
    expect(report.external.size).toBeGreaterThan(50);
  });
});

describe('the canonical origin', () => {
  it('is the one this build was made for (SITE_URL, or the local preview when unset)', () => {
    expect(origin + '/').toBe(resolveSite(process.env.SITE_URL).site);
  });
  it('no placeholder domain reaches any file of the build', () => {
    const text = distFiles().filter((f) => /\.(html|json|xml|txt|csv|svg|js|ris|bib)$/.test(f) || f.endsWith('_headers'));
    const found = text.filter((f) => /smart-borders\.example|\bexample\.(com|org|net)\b/.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });
  it('every page names its own address, on that origin, once', () => {
    for (const p of pages.filter((x) => x.path !== '/404.html')) {
      const $ = load(readFileSync(p.file, 'utf8'));
      const links = $('link[rel="canonical"]');
      const expected = /^(\/es)?\/embed\//.test(p.path) ? undefined : new URL(p.path, origin).href;
      expect(links.length, p.path).toBe(1);
      if (expected) expect(links.attr('href'), p.path).toBe(expected);
      expect($('head > title').length, p.path).toBe(1);
      expect($('head > title').text(), p.path).not.toMatch(/Smart Borders · Smart Borders/);
    }
    // Parses every page of both editions (97 and counting): more than the default 5 s on a shared machine.
  }, 30_000);
});

describe('404, robots.txt and the sitemap', () => {
  it('404.html is a complete page in both editions, kept out of search, linking to every kind of page', () => {
    const $ = load(read('404.html'));
    expect($('h1').text()).toBe('Page not found');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
    const hrefs = $('main article:not([lang]) a').toArray().map((a) => $(a).attr('href'));
    for (const href of ['/', '/data/', '/teach/', '/glossary/', '/sources/', '/charts/deaths/']) expect(hrefs).toContain(href);
    const es = $('main article[lang="es"]');
    expect(es.find('h2').first().text()).toBe('Página no encontrada');
    const esHrefs = es.find('a').toArray().map((a) => $(a).attr('href'));
    for (const href of ['/es/', '/es/charts/deaths/']) expect(esHrefs).toContain(href);
    // Pages not yet in Spanish: the English page, said so.
    for (const a of es.find('a').toArray().filter((x) => !$(x).attr('href')!.startsWith('/es/'))) expect($(a).attr('hreflang')).toBe('en');
  });

  it('robots.txt lets crawlers in and names the sitemap on this origin', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap-index.xml\n`);
  });

  it('the sitemap lists every page a reader lands on, and no embed or 404', () => {
    const index = load(read('sitemap-index.xml'), { xml: true });
    const maps = index('sitemap > loc').toArray().map((l) => new URL(index(l).text()));
    expect(maps.length).toBeGreaterThan(0);
    const urls = maps.flatMap((m) => {
      expect(m.origin).toBe(origin);
      const $ = load(read(m.pathname.slice(1)), { xml: true });
      return $('url > loc').toArray().map((l) => $(l).text());
    });
    const expected = pages.filter((p) => !/^(\/es)?\/embed\//.test(p.path) && p.path !== '/404.html').map((p) => new URL(p.path, origin).href);
    expect([...urls].sort()).toEqual([...expected].sort());
  });

  it('publishes no security.txt: the project has no contact address to put in one', () => {
    expect(existsSync(join(DIST, '.well-known/security.txt'))).toBe(false);
  });
});
