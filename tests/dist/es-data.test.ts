/**
 * The datasets' text on the Spanish chart pages, embeds and story is Spanish (issue 13): no text
 * of a translatable field (src/lib/data/translations.ts) appears there in English, in the page,
 * its attributes or its island props; and the only passages marked lang="en" on the Spanish chart
 * pages and embeds, and in the story's figures, tables and official-case box, are what may stay
 * English: a source's publisher or title, a quote in its speaker's words, a citation block
 * (English citation styles) and the link to the English edition.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load, type CheerioAPI } from 'cheerio';
import { distPages } from './dist';
import { loadSources } from '../../src/lib/data/load';
import { loadDeaths } from '../../src/lib/data/load';
import { loadAgreements } from '../../src/lib/data/loadAgreements';
import { loadBiometricDatabases } from '../../src/lib/data/loadBiometricDatabases';
import { loadCbpOne } from '../../src/lib/data/loadCbpOne';
import { loadElSalvador } from '../../src/lib/data/loadElSalvador';
import { loadStatements } from '../../src/lib/data/loadStatements';
import { loadSurveillanceTools } from '../../src/lib/data/loadSurveillanceTools';
import { loadGlossary } from '../../src/lib/data/loadGlossary';
import { expandField, TRANSLATABLE, type TranslatableCollection, type TranslatedDataset } from '../../src/lib/data/translations';

const ENGLISH: Record<TranslatedDataset, unknown> = {
  glossary: loadGlossary(),
  'border-deaths': loadDeaths(),
  agreements: loadAgreements(),
  'cbp-one': loadCbpOne(),
  'surveillance-tools': loadSurveillanceTools(),
  'biometric-databases': loadBiometricDatabases(),
  'el-salvador-exception': loadElSalvador(),
  statements: loadStatements(),
  sources: loadSources(),
};

/** Every English text of a translatable field of four words or more (shorter ones can be names), with where it is. */
function englishTexts(): { text: string; where: string }[] {
  const out: { text: string; where: string }[] = [];
  for (const [dataset, data] of Object.entries(ENGLISH)) {
    for (const c of TRANSLATABLE[dataset as TranslatedDataset] as readonly TranslatableCollection[]) {
      const node = c.path ? c.path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], data) : data;
      for (const r of (Array.isArray(node) ? node : [node]) as Record<string, unknown>[]) {
        for (const pattern of c.fields) {
          for (const { path, value } of expandField(r, pattern)) {
            if (typeof value === 'string' && value.trim().split(/\s+/).length >= 4) out.push({ text: value, where: `data/${dataset}.json ${c.name} "${String(r.id ?? r.number ?? '')}" ${path}` });
          }
        }
      }
    }
  }
  return out;
}

const pages = distPages().filter((p) => p.path === '/es/' || p.path.startsWith('/es/charts/') || p.path.startsWith('/es/embed/'));
const { sources } = loadSources();
/** What may stay English: publishers and titles of sources, as written or in quotation marks. */
const names = new Set(['Smart Borders', ...sources.flatMap((s) => [s.publisher, s.title, `“${s.title}”`])]);
/** Quotes kept in the speaker's words (every `quote` and `quotes[].text` in data/), as printed: in quotation marks. */
const quotes = new Set<string>();
(function collect(node: unknown, key = ''): void {
  if (typeof node === 'string') {
    if (key === 'quote' || key === 'quotes.text') quotes.add(`“${node}”`);
  } else if (Array.isArray(node)) node.forEach((n) => collect(n, key === 'quotes' ? 'quotes' : key));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) collect(v, key === 'quotes' ? `quotes.${k}` : k);
})(Object.values(ENGLISH));
// A speaker that is also a publisher (WOLA) is a name the source list prints as it is.
const english = englishTexts().filter((e) => !names.has(e.text));

/** The page's text as a reader or a screen reader meets it: text, alt, aria-label, title, and the island props a chart hydrates with. */
function readable($: CheerioAPI): string {
  const attrs = $('[alt], [aria-label], [title], [props], [aria-valuetext]')
    .map((_, el) => ['alt', 'aria-label', 'title', 'props', 'aria-valuetext'].map((a) => $(el).attr(a) ?? '').join('\n'))
    .get()
    .join('\n');
  return `${$('body').text()}\n${attrs}`.replace(/\s+/g, ' ');
}

/** A lang="en" element that may be English on a Spanish page. */
function allowedEnglish($: CheerioAPI, el: Parameters<CheerioAPI>[0]): boolean {
  const $el = $(el as never);
  if ($el.is('html, link')) return true;
  if ($el.is('[data-cite]')) return true; // citation styles are English (CiteThis)
  if ($el.is('a[hreflang="en"][data-lang-switch]')) return true; // the link to the English edition
  const text = $el.text().trim().replace(/\s+/g, ' ');
  if ($el.is('a') && /\/sources\/#src-/.test($el.attr('href') ?? '') && names.has(text)) return true;
  return names.has(text) || quotes.has(text);
}

describe('the Spanish chart pages, embeds and story speak Spanish with the data', () => {
  it('finds the Spanish pages and the English texts to look for', () => {
    expect(pages.filter((p) => p.path.startsWith('/es/charts/')).length).toBe(7);
    expect(pages.filter((p) => /^\/es\/embed\/[^/]+\/$/.test(p.path)).length).toBe(7);
    expect(english.length).toBeGreaterThan(250);
  });

  it.each(pages.map((p) => [p.path, p.file]))('%s: no dataset text in English', (_path, file) => {
    const $ = load(readFileSync(file, 'utf8'));
    const page = readable($);
    // The HTML escapes quotes inside props; compare with entities decoded and quotes unified.
    const hay = page.replace(/&quot;/g, '"');
    const found = english.filter((e) => hay.includes(e.text)).map((e) => `${e.where}: “${e.text.slice(0, 60)}”`);
    expect(found).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p.file]))('%s: lang="en" only on source names and titles, citations and the English-edition link', (path, file) => {
    const $ = load(readFileSync(file, 'utf8'));
    // In the story, the prose is its writers' (quotes stay English there); the data surfaces are checked.
    const scope = path === '/es/' ? $('figure [lang="en"], table [lang="en"], [data-official-case] [lang="en"], .figure-notes [lang="en"]') : $('[lang="en"]');
    const wrong = scope
      .filter((_, el) => !allowedEnglish($, el))
      .map((_, el) => `<${(el as { tagName: string }).tagName}> ${$(el).text().trim().slice(0, 80)}`)
      .get();
    expect(wrong).toEqual([]);
  });
});

describe('the sources pages: notes in the page’s language', () => {
  const page = (path: string) => load(readFileSync(distPages().find((p) => p.path === path)!.file, 'utf8'));
  const spanish = loadSources(undefined, 'es').sources;
  const withNotes = sources.filter((s) => s.note || s.urlNote);

  it('/es/sources/: every source’s notes in Spanish, with no lang="en" on them', () => {
    const $ = page('/es/sources/');
    expect($('.source-notes').length).toBe(withNotes.length);
    expect($('.source-notes[lang], [lang="en"] .source-notes').length).toBe(0);
    expect($('#src-upi-2022-853 .source-notes').text().trim()).toBe('Lo leímos en una copia republicada (Gephardt Daily); no verificamos el original. Cita a CBS News.');
    for (const s of withNotes) {
      const es = spanish.find((x) => x.id === s.id)!;
      expect($(`[id="src-${s.id}"] .source-notes`).text().trim(), s.id).toBe([es.urlNote, es.note].filter(Boolean).join(' '));
    }
    // No English note (a sentence of four words or more) anywhere on the page.
    const text = $('body').text().replace(/\s+/g, ' ');
    const english = withNotes.flatMap((s) => [s.urlNote, s.note]).filter((n): n is string => !!n && n.split(/\s+/).length >= 4);
    expect(english.filter((n) => text.includes(n))).toEqual([]);
  });

  it('/es/sources/: lang="en" only on source names and titles', () => {
    const $ = page('/es/sources/');
    const wrong = $('main [lang="en"]')
      .filter((_, el) => !allowedEnglish($, el))
      .map((_, el) => $(el).text().trim().slice(0, 80))
      .get();
    expect(wrong).toEqual([]);
    expect($('#src-infobae-ep-2025-10-44th strong').text()).toBe('Europa Press (publicado por Infobae)');
    // A publisher we describe in Spanish carries no lang="en", while its English title keeps it.
    expect($('#src-mestios-2025-honduras strong').text()).toBe('Mestios (agregador de noticias)');
    expect($('#src-mestios-2025-honduras strong').attr('lang')).toBeUndefined();
    expect($('#src-mestios-2025-honduras [lang="en"]').length).toBe(1);
    expect($('#src-gao-24-107051 strong').attr('lang')).toBe('en');
  });

  it('/es/sources/: a title we wrote (the stored copy has none) is in Spanish and unmarked; /sources/ keeps the English', () => {
    const described = spanish.filter((s) => s.titleLanguage);
    expect(described.length).toBe(12);
    const $ = page('/es/sources/');
    for (const s of described) {
      const item = $(`[id="src-${s.id}"]`);
      expect(item.text(), s.id).toContain(`“${s.title}”`);
      // In no element marked English (a link to the copy would carry its own lang="es", or none).
      expect(item.find('[lang="en"]').filter((_, el) => $(el).text().includes(s.title)).length, s.id).toBe(0);
    }
    expect(page('/sources/')('#src-ap-2005-border-deaths').text()).toContain('“Report on record border deaths in fiscal 2005 (title not in the stored copy)”');
  });

  it('/es/charts/cbp-one/: a publisher we describe in Spanish is not marked English in the source line and table', () => {
    const $ = page('/es/charts/cbp-one/');
    const links = $('a[href$="#src-smallcap-2024-cbp-one-geolocation"]');
    expect(links.length).toBeGreaterThan(0);
    links.each((_, el) => {
      expect($(el).text()).toBe('Medio original no identificado (copia republicada en Small Cap News)');
      expect($(el).attr('lang')).toBeUndefined();
    });
  });

  it('/sources/: the notes stay English', () => {
    const $ = page('/sources/');
    expect($('#src-upi-2022-853 .source-notes').text().trim()).toBe('Read on a syndicated copy (Gephardt Daily); original not verified. Cites CBS News.');
    expect($('.source-notes[lang]').length).toBe(0);
    expect($('#src-infobae-ep-2025-10-44th strong').text()).toBe('Europa Press (published by Infobae)');
  });
});
