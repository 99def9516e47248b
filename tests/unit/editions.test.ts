import { describe, expect, it } from 'vitest';
import { alternates, basePath, editionPath, isTranslated, langAttr, localPath, pathLang, switchTarget } from '../../src/lib/i18n/editions';

describe('editions (src/lib/i18n/editions.ts)', () => {
  it('reads a path\'s edition and its English twin', () => {
    expect(pathLang('/es/charts/deaths/')).toBe('es');
    expect(pathLang('/charts/deaths/')).toBe('en');
    expect(pathLang('/essay/')).toBe('en');
    expect(basePath('/es/')).toBe('/');
    expect(basePath('/es')).toBe('/');
    expect(basePath('/es/embed/deaths/index.html')).toBe('/embed/deaths/');
    expect(editionPath('/charts/deaths/', 'es')).toBe('/es/charts/deaths/');
    expect(editionPath('/es/charts/deaths/', 'en')).toBe('/charts/deaths/');
    expect(editionPath('/', 'es')).toBe('/es/');
  });

  it('pairs only the pages that exist in both editions; links from Spanish pages fall back to English pages', () => {
    for (const p of ['/', '/es/', '/charts/tools/', '/es/embed/deaths/static/usbp/', '/sources/', '/data/', '/glossary/', '/teach/', '/teach/key/', '/teach/handout/', '/es/teach/handout/']) expect(isTranslated(p), p).toBe(true);
    for (const p of ['/404', '/data/border-deaths.csv', '/teach/other/', '/glossary']) expect(isTranslated(p), p).toBe(false);
    expect(localPath('/#route', 'es')).toBe('/es/#route');
    expect(localPath('/charts/deaths/?step=2', 'es')).toBe('/es/charts/deaths/?step=2');
    expect(localPath('/data/#dataset-x', 'es')).toBe('/es/data/#dataset-x');
    expect(localPath('/data/border-deaths.csv', 'es')).toBe('/data/border-deaths.csv');
    expect(localPath('/charts/deaths/', 'en')).toBe('/charts/deaths/');
  });

  it('gives both pages of a pair the same alternates, and a switch to each other', () => {
    const site = 'https://example.org/';
    const en = alternates('/charts/deaths/', site);
    expect(en).toEqual([
      { hreflang: 'en', href: 'https://example.org/charts/deaths/' },
      { hreflang: 'es', href: 'https://example.org/es/charts/deaths/' },
      { hreflang: 'x-default', href: 'https://example.org/charts/deaths/' },
    ]);
    expect(alternates('/es/charts/deaths/', site)).toEqual(en);
    expect(alternates('/404', site)).toEqual([]);
    expect(alternates('/es/teach/key/', site).map((a) => a.href)).toEqual(['https://example.org/teach/key/', 'https://example.org/es/teach/key/', 'https://example.org/teach/key/']);
    expect(switchTarget('/')).toEqual({ lang: 'es', href: '/es/' });
    expect(switchTarget('/es/')).toEqual({ lang: 'en', href: '/' });
    expect(switchTarget('/sources/')).toEqual({ lang: 'es', href: '/es/sources/' });
    expect(switchTarget('/es/glossary/')).toEqual({ lang: 'en', href: '/glossary/' });
    expect(switchTarget('/404')).toBeNull();
  });

  it('marks a text only where its language differs from the page\'s', () => {
    expect(langAttr('en', 'es')).toBe('en');
    expect(langAttr('es', 'es')).toBeUndefined();
  });
});

describe('fallbackLinks', () => {
  it('sends links to Spanish pages not built yet to the English page, marked, and leaves the rest', async () => {
    const { fallbackLinks } = await import('../../src/lib/i18n/editions');
    expect(fallbackLinks('<a href="/es/404#x">a</a> <a href="/es/#route">b</a> <a href="/es/charts/deaths/?step=2">c</a> <a href="/sources/">d</a> <a href="/es/sources/#src-x">e</a>')).toBe(
      '<a href="/404#x" hreflang="en">a</a> <a href="/es/#route">b</a> <a href="/es/charts/deaths/?step=2">c</a> <a href="/sources/">d</a> <a href="/es/sources/#src-x">e</a>',
    );
  });
});
