/**
 * No English left on Spanish pages outside `[lang="en"]`, and no Spanish on English pages outside
 * `[lang="es"]`, read from the rendered pages in dist/ (cheerio): text, the step figures kept in
 * <noscript>, and what assistive technology reads from attributes (alt, aria-label, title). Elements
 * marked with the other language are removed first, and so are code, scripts and styles; then
 * each remaining word is compared with a short list of the other language's function words (words
 * that occur in running text but never in a name or an identifier), so a leftover sentence is
 * caught while names pass. ALLOWED lists the proper names that hold such a word, each with why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTranslated, pathLang } from '../../src/lib/i18n/editions';
import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { distPages } from './dist';

/** Function words of each language, lower case; none is a word in the other language. */
export const FUNCTION_WORDS = {
  en: ['the', 'and', 'of', 'with', 'which', 'from', 'for', 'that', 'this', 'these', 'those', 'is', 'are', 'was', 'were', 'has', 'have', 'been', 'their', 'its', 'by', 'to', 'into', 'about', 'what', 'when', 'where', 'who', 'how', 'not', 'or', 'at', 'it', 'an', 'on', 'be', 'than', 'there', 'they', 'our', 'we', 'you', 'your', 'would', 'could', 'should', 'will'],
  es: ['el', 'los', 'las', 'del', 'que', 'con', 'para', 'por', 'una', 'como', 'más', 'pero', 'según', 'sobre', 'entre', 'cuando', 'donde', 'está', 'están', 'fue', 'son', 'sus', 'este', 'esta', 'también', 'cada', 'sin', 'hasta', 'desde', 'qué', 'cómo', 'quién', 'nuestra', 'nuestro', 'usted', 'ustedes', 'muy'],
} as const;
type Lang = keyof typeof FUNCTION_WORDS;

/**
 * Names (and fixed labels) that hold a function word of the other language, allowed on pages in
 * `on`: each matched as a whole phrase, case-sensitive.
 */
const SOURCES = JSON.parse(readFileSync('data/sources.json', 'utf8')).sources as { publisher: string; title: string }[];
export const ALLOWED: { on: Lang; phrase: string; why: string }[] = [
  { on: 'es', phrase: 'CC BY', why: 'the licence’s name (Creative Commons Attribution), as written in every language' },
  ...['El Salvador', 'San Salvador', 'Los Angeles', 'El Paso', 'Paso del Norte', 'El Termómetro', 'El Heraldo', 'Red en Defensa de los Derechos Digitales'].map((phrase) => ({ on: 'en' as Lang, phrase, why: 'a place’s, a publisher’s or an organisation’s name' })),
  ...['The Record', 'The Washington Post', 'The New York Times', 'The Federal Newswire'].map((phrase) => ({ on: 'es' as Lang, phrase, why: 'a publisher’s name, named in the prose or in a source’s note' })),
  // Publishers are names, written as they write themselves ("The Intercept", "El Faro").
  ...SOURCES.flatMap((src) => (['en', 'es'] as const).map((on) => ({ on, phrase: src.publisher, why: 'a publisher’s name (data/sources.json)' }))),
];
/** Longest first, so "El Mundo (El Salvador)" goes before "El Salvador". */
const ALLOWED_BY_LENGTH = [...ALLOWED].sort((a, b) => b.phrase.length - a.phrase.length);
/** Source titles pass inside attributes (aria-label="Fuente: …, “title”"), where no part can carry its own lang; in text they must be marked. */
const TITLES = [...new Set(SOURCES.map((src) => src.title))].sort((a, b) => b.length - a.length);

/**
 * What a reader (or a screen reader) meets on a page, in pieces (text nodes, the title and
 * description, alt, aria-label and title attributes), without what is marked as `other` language.
 */
export function readableChunks($: CheerioAPI, other: Lang): string[] {
  return readable($, other).map((c) => c.text);
}
/** The same pieces, each saying whether it is an attribute's value. */
export function readable($: CheerioAPI, other: Lang): { text: string; attr: boolean }[] {
  // Step figures without JavaScript and in print: their markup is the text of <noscript>.
  $('noscript').each((_, el) => {
    $(el).replaceWith(load($(el).text(), null, false).root().html() ?? '');
  });
  $('script, style, template, code, pre').remove();
  $(`[lang="${other}"], [lang^="${other}-"]`).remove();
  const chunks = [{ text: $('title').text(), attr: false }, { text: $('meta[name="description"]').attr('content') ?? '', attr: true }];
  $('body [alt], body [aria-label], body [title]').each((_, el) => {
    for (const a of ['alt', 'aria-label', 'title']) chunks.push({ text: $(el).attr(a) ?? '', attr: true });
  });
  $('body').find('*').addBack().contents().each((_, n) => {
    if (n.type === 'text') chunks.push({ text: n.data, attr: false });
  });
  return chunks.map((c) => ({ ...c, text: c.text.replace(/\s+/g, ' ').trim() })).filter((c) => c.text);
}

/** Each function word of `other` in `text`, with the words around it, after removing URLs, identifiers and allowed names. */
const WORDS = { en: new Set<string>(FUNCTION_WORDS.en), es: new Set<string>(FUNCTION_WORDS.es) };
export function strayWords(text: string, other: Lang, pageLang: Lang): string[] {
  // Most pieces hold no word of the other language at all: skip the rest of the work for them.
  if (!text.toLowerCase().split(/[^\p{L}]+/u).some((w) => WORDS[other].has(w))) return [];
  let t = text.replace(/https?:\/\/\S+/g, ' ');
  for (const a of ALLOWED_BY_LENGTH.filter((x) => x.on === pageLang)) if (t.includes(a.phrase)) t = t.split(a.phrase).join(' ');
  const words = WORDS[other];
  const out: string[] = [];
  // A word joined to others by hyphens without spaces is an identifier ("ident-not-found"), not prose.
  for (const m of t.matchAll(/[\p{L}\p{M}\d’'-]+/gu)) {
    if (m[0].includes('-') && /\p{L}-|-\p{L}/u.test(m[0])) continue;
    const w = m[0].replace(/^[’'-]+|[’'-]+$/g, '').toLowerCase();
    if (!words.has(w)) continue;
    const at = m.index!;
    out.push(`“${w}” in …${t.slice(Math.max(0, at - 50), at + 50).trim()}…`);
  }
  return out;
}

const withoutTitles = (text: string) => TITLES.reduce((t, title) => (t.includes(title) ? t.split(title).join(' ') : t), text);

const pages = distPages().filter((p) => p.path.endsWith('/'));
const spanish = pages.filter((p) => p.path.startsWith('/es/'));
const english = pages.filter((p) => !p.path.startsWith('/es/'));

describe('languages on the built pages', () => {
  it('has Spanish pages to read', () => {
    expect(spanish.map((p) => p.path)).toEqual(expect.arrayContaining(['/es/', '/es/sources/', '/es/data/', '/es/glossary/', '/es/teach/', '/es/teach/key/', '/es/teach/handout/', '/es/charts/deaths/']));
  });

  it('leaves no English on a Spanish page outside [lang="en"]', () => {
    const found = spanish.flatMap((p) =>
      readable(load(readFileSync(p.file, 'utf8')), 'en').flatMap(({ text, attr }) => strayWords(attr && strayWords(text, 'en', 'es').length ? withoutTitles(text) : text, 'en', 'es')).map((s) => `${p.path}: ${s}`),
    );
    expect(found).toEqual([]);
  }, 30_000);

  it('leaves no Spanish on an English page outside [lang="es"]', () => {
    const found = english.flatMap((p) =>
      readable(load(readFileSync(p.file, 'utf8')), 'es').flatMap(({ text, attr }) => strayWords(attr && strayWords(text, 'es', 'en').length ? withoutTitles(text) : text, 'es', 'en')).map((s) => `${p.path}: ${s}`),
    );
    expect(found).toEqual([]);
  }, 30_000);

  // A reader of one edition stays in it: every link to a site page that has a twin in the page's
  // language goes to that twin. Only links that say they lead to the other edition (hreflang: the
  // language switch) leave it; downloads and pages with one edition (none today) are shared.
  it('links every page to pages of its own edition, except the language switch', () => {
    const strayLinks = (file: string, lang: 'en' | 'es') => {
      const $ = load(readFileSync(file, 'utf8'));
      return $('a[href^="/"]:not([hreflang])')
        .toArray()
        .map((a) => $(a).attr('href')!)
        .filter((href) => {
          const path = href.replace(/[?#].*$/, '');
          return isTranslated(path) && pathLang(path) !== lang;
        });
    };
    const found = pages.flatMap((p) => [...new Set(strayLinks(p.file, p.path.startsWith('/es/') ? 'es' : 'en'))].map((href) => `${p.path} → ${href}`));
    expect(found).toEqual([]);
    // The check bites: a chart table's source link that forgot the page's language.
    const probe = join(tmpdir(), `links-${process.pid}.html`);
    writeFileSync(probe, '<html lang="es"><body><a href="/es/data/">datos</a><a href="/sources/#src-gao-1">GAO</a><a href="/" hreflang="en">English</a><a href="/data/deaths.csv">CSV</a></body></html>');
    expect(strayLinks(probe, 'es')).toEqual(['/sources/#src-gao-1']);
  }, 30_000);

  // "Cite this" writes each edition's citations in its own language's styles (src/lib/cite/*-es.csl).
  it('cites in Spanish on Spanish pages and in English on English ones, unmarked', () => {
    const cites = (path: string) => {
      const $ = load(readFileSync(pages.find((p) => p.path === path)!.file, 'utf8'));
      return $('[data-cite="chicago"]').toArray().map((el) => ({ text: $(el).text(), lang: $(el).attr('lang') }));
    };
    for (const path of ['/es/', '/es/data/', '/es/charts/deaths/']) {
      const found = cites(path);
      expect(found.length, path).toBeGreaterThan(0);
      for (const c of found) expect(c, path).toEqual({ text: expect.stringMatching(/Última modificación: \d{1,2} de [a-z]+ de \d{4}\./), lang: undefined });
    }
    for (const c of cites('/')) expect(c).toEqual({ text: expect.stringMatching(/Last modified [A-Z][a-z]+ \d{1,2}, \d{4}\./), lang: undefined });
  });

  it("names the data columns' types in the page's language, keeping the metadata's key", () => {
    const types = (path: string) => {
      const $ = load(readFileSync(pages.find((p) => p.path === path)!.file, 'utf8'));
      return new Map($('.ctype [data-type]').toArray().map((el) => [$(el).attr('data-type'), { text: $(el).text(), lang: $(el).closest('[lang]').attr('lang') }]));
    };
    expect(Object.fromEntries(types('/es/data/'))).toEqual({
      string: { text: 'texto', lang: 'es' }, integer: { text: 'entero', lang: 'es' }, number: { text: 'número', lang: 'es' },
      boolean: { text: 'booleano', lang: 'es' }, date: { text: 'fecha', lang: 'es' },
    });
    expect([...types('/data/').entries()].every(([key, v]) => v.text === key && v.lang === 'en')).toBe(true);
  });

  it('catches a stray sentence, and passes it once marked (the check bites)', () => {
    const strays = (inner: string, other: Lang = 'en', page: Lang = 'es') =>
      readableChunks(load(`<html lang="${page}"><body><p>Las cifras de la OIM.</p>${inner}</body></html>`), other).flatMap((c) => strayWords(c, other, page));
    expect(strays('<p>The figures of the IOM.</p>')).toEqual(['“the” in …The figures of the IOM.…', '“of” in …The figures of the IOM.…', '“the” in …The figures of the IOM.…']);
    expect(strays('<p lang="en">The figures of the IOM.</p>')).toEqual([]);
    expect(strays('<img alt="A map of the route">')).toHaveLength(2);
    expect(strays('<noscript><figure><figcaption>Deaths by year, from the Border Patrol</figcaption></figure></noscript>')).toHaveLength(3);
    expect(strays('<p>CC BY 4.0, https://example.org/what-is-the-app, ident-not-found</p>')).toEqual([]);
    expect(strays('<p lang="es">Hola.</p><p>According to El Salvador’s government.</p><p>Según el gobierno.</p>', 'es', 'en')).toEqual(['“las” in …Las cifras de la OIM.…', '“según” in …Según el gobierno.…', '“el” in …Según el gobierno.…']);
  });
});
