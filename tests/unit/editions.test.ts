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
    for (const p of ['/', '/es/', '/charts/tools/', '/es/embed/deaths/static/usbp/']) expect(isTranslated(p), p).toBe(true);
    for (const p of ['/data/', '/sources/', '/404', '/glossary/', '/teach/handout/']) expect(isTranslated(p), p).toBe(false);
    expect(localPath('/#route', 'es')).toBe('/es/#route');
    expect(localPath('/charts/deaths/?step=2', 'es')).toBe('/es/charts/deaths/?step=2');
    expect(localPath('/data/#dataset-x', 'es')).toBe('/data/#dataset-x');
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
    expect(alternates('/data/', site)).toEqual([]);
    expect(switchTarget('/')).toEqual({ lang: 'es', href: '/es/' });
    expect(switchTarget('/es/')).toEqual({ lang: 'en', href: '/' });
    expect(switchTarget('/sources/')).toBeNull();
  });

  it('marks a text only where its language differs from the page\'s', () => {
    expect(langAttr('en', 'es')).toBe('en');
    expect(langAttr('es', 'es')).toBeUndefined();
  });
});

describe('fallbackLinks', () => {
  it('sends links to Spanish pages not built yet to the English page, marked, and leaves the rest', async () => {
    const { fallbackLinks } = await import('../../src/lib/i18n/editions');
    expect(fallbackLinks('<a href="/es/sources/#src-x">a</a> <a href="/es/#route">b</a> <a href="/es/charts/deaths/?step=2">c</a> <a href="/sources/">d</a>')).toBe(
      '<a href="/sources/#src-x" hreflang="en">a</a> <a href="/es/#route">b</a> <a href="/es/charts/deaths/?step=2">c</a> <a href="/sources/">d</a>',
    );
  });
});
