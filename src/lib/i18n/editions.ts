/**
 * The site's editions: English at `/`, every other language under `/<lang>/` (Spanish: `/es/`).
 * One place answers "which page is this in the other edition": the `hreflang` alternates,
 * `og:locale` and its alternate, and the language switch all come from here, so the pairs
 * always agree both ways.
 *
 * A Spanish page exists only where its part of the edition has been built: `TRANSLATED` lists
 * the English paths (exact, or a prefix ending in `/` followed by `*`) that have a Spanish twin.
 * An English page outside it gets no alternate and no switch, and a Spanish page linking to it
 * links the English page (see `localPath`), so no link ever lands on a missing page.
 */
import type { Lang } from '../format/format';

export const DEFAULT_LANG: Lang = 'en';
/** Every edition, the default first. */
export const EDITIONS: readonly Lang[] = ['en', 'es'];

/** Open Graph locale of each edition (the Spanish edition is written for Mexico and Central America). */
export const OG_LOCALE: Record<Lang, string> = { en: 'en_US', es: 'es_MX' };

/** How each edition names itself, in its own language (the switch's text and `hreflang` link). */
export const LANG_NAME: Record<Lang, string> = { en: 'English', es: 'Español' };
/** The visible offer of the other edition, written in that edition's language ("Leer en español"). */
export const READ_IN: Record<Lang, string> = { en: 'Read in English', es: 'Leer en español' };

/**
 * English paths whose page exists in every edition: the story, each chart's page and each
 * embed (with its static states). Later parts of the edition add theirs here.
 */
export const TRANSLATED: readonly string[] = ['/', '/charts/*', '/embed/*', '/sources/', '/data/', '/glossary/', '/teach/', '/teach/key/', '/teach/handout/'];

/** The language of a site path, from its first segment. */
export function pathLang(pathname: string): Lang {
  const first = pathname.split('/')[1] ?? '';
  return EDITIONS.includes(first as Lang) && first !== DEFAULT_LANG ? (first as Lang) : DEFAULT_LANG;
}

/** The English path of any page (`/es/charts/deaths/` → `/charts/deaths/`), without `index.html`. */
export function basePath(pathname: string): string {
  const path = pathname.replace(/index\.html$/, '');
  const lang = pathLang(path);
  return lang === DEFAULT_LANG ? path : path.slice(lang.length + 1) || '/';
}

/** Whether the English page at `path` has a twin in the other editions. */
export function isTranslated(path: string): boolean {
  const base = basePath(path);
  return TRANSLATED.some((p) => (p.endsWith('*') ? base.startsWith(p.slice(0, -1)) : base === p));
}

/** The path of `path`'s page in `lang`'s edition (whatever edition `path` is in). */
export function editionPath(path: string, lang: Lang): string {
  const base = basePath(path);
  return lang === DEFAULT_LANG ? base : `/${lang}${base}`;
}

/**
 * A link from a page in `lang` to the site page at English `path` (with any `?query` or
 * `#fragment`): that page's twin in `lang` when it exists, else the English page.
 */
export function localPath(path: string, lang: Lang): string {
  const m = /^([^?#]*)(.*)$/.exec(path)!;
  return lang !== DEFAULT_LANG && isTranslated(m[1]!) ? editionPath(m[1]!, lang) + m[2] : path;
}

/** `lang` for a text in `textLang` on a page in `pageLang`: the attribute only where they differ. */
export const langAttr = (textLang: Lang, pageLang: Lang): Lang | undefined => (textLang === pageLang ? undefined : textLang);

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * `<link rel="alternate" hreflang>` for a page: one per edition (itself included, as search
 * engines ask) and `x-default` (the English page), as absolute URLs on the site's origin.
 * None for a page with no twin.
 */
export function alternates(pathname: string, site: string | URL): Alternate[] {
  if (!isTranslated(pathname)) return [];
  const abs = (lang: Lang) => new URL(editionPath(pathname, lang), site).href;
  return [...EDITIONS.map((lang) => ({ hreflang: lang, href: abs(lang) })), { hreflang: 'x-default', href: abs(DEFAULT_LANG) }];
}

/** The other edition a page's switch offers (two editions: the one it is not in), or null when it has no twin. */
export function switchTarget(pathname: string): { lang: Lang; href: string } | null {
  if (!isTranslated(pathname)) return null;
  const here = pathLang(pathname);
  const lang = EDITIONS.find((l) => l !== here)!;
  return { lang, href: editionPath(pathname, lang) };
}

/**
 * Links in rendered HTML of a page in another edition that point into that edition at a page not
 * built yet (the Spanish story cites `/es/sources/#src-…` before the Spanish sources page exists)
 * go to the English page instead, marked `hreflang="en"`; once the page is in `TRANSLATED`
 * they are left as written.
 */
export function fallbackLinks(html: string): string {
  return html.replace(/href="(\/([a-z]{2})\/[^"]*)"/g, (whole, href: string, lang: string) => {
    if (lang === DEFAULT_LANG || !EDITIONS.includes(lang as Lang)) return whole;
    const path = href.replace(/[?#].*$/, '');
    return isTranslated(path) ? whole : `href="${basePath(path)}${href.slice(path.length)}" hreflang="${DEFAULT_LANG}"`;
  });
}
