/**
 * Every page says its language and names its twin in the other edition, both ways, read from
 * the built HTML (tests/e2e/i18n.spec.ts keeps what needs a browser: the switch itself).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { DIST, distPages } from './dist';

const pages = distPages().filter((p) => p.path !== '/404.html');
const info = new Map(
  pages.map(({ file, path }) => {
    const $ = load(readFileSync(file, 'utf8'));
    const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').toArray().map((l) => [$(l).attr('hreflang')!, new URL($(l).attr('href')!).pathname]));
    return [path, { lang: $('html').attr('lang'), alternates, locale: $('meta[property="og:locale"]').attr('content'), localeAlt: $('meta[property="og:locale:alternate"]').attr('content') }] as const;
  }),
);
const english = (path: string) => (path.startsWith('/es/') ? path.slice(3) : path);

describe('the two editions', () => {
  it('publish every page in both (the 404 page aside), so every page has a twin', () => {
    expect(pages.length).toBeGreaterThan(90);
    const missing = pages.map((p) => p.path).filter((path) => !info.has(path.startsWith('/es/') ? english(path) : `/es${path}`));
    expect(missing).toEqual([]);
  });

  it('every page says its language: es under /es/, en elsewhere', () => {
    const wrong = [...info].filter(([path, p]) => p.lang !== (path.startsWith('/es/') ? 'es' : 'en')).map(([path, p]) => `${path}: lang="${p.lang}"`);
    expect(wrong).toEqual([]);
  });

  it('every page names the English page, the Spanish page and the default (English), the same on both twins', () => {
    const wrong = [...info].filter(([path, p]) => {
      const en = english(path);
      return JSON.stringify(p.alternates) !== JSON.stringify({ en, es: `/es${en}`, 'x-default': en }) || JSON.stringify(info.get(path.startsWith('/es/') ? en : `/es${en}`)?.alternates) !== JSON.stringify(p.alternates);
    });
    expect(wrong.map(([path, p]) => `${path}: ${JSON.stringify(p.alternates)}`)).toEqual([]);
  });

  it('pages with social metadata give their locale and the other edition’s', () => {
    const social = [...info].filter(([, p]) => p.locale !== undefined);
    expect(social.length).toBeGreaterThan(20);
    const wrong = social.filter(([path, p]) => (path.startsWith('/es/') ? p.locale !== 'es_MX' || p.localeAlt !== 'en_US' : p.locale !== 'en_US' || p.localeAlt !== 'es_MX'));
    expect(wrong.map(([path, p]) => `${path}: ${p.locale} / ${p.localeAlt}`)).toEqual([]);
    // The story, a chart page and the teaching pages carry it; embeds (figures, not pages to share) need not.
    for (const path of ['/', '/es/', '/charts/deaths/', '/es/charts/deaths/', '/teach/', '/es/teach/']) expect(info.get(path)?.locale, path).toBeDefined();
  });

  it('the 404 page is English and names no twin', () => {
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
    const $ = load(readFileSync(join(DIST, '404.html'), 'utf8'));
    expect($('html').attr('lang')).toBe('en');
    expect($('link[rel="alternate"][hreflang]').length).toBe(0);
  });
});
