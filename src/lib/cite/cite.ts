/**
 * "Cite this": APA 7, MLA 9, Chicago 17, BibTeX and RIS for the story, a chart page or a
 * dataset, generated at build time with Citation.js from one CSL-JSON record (`citeItem`).
 * APA comes with @citation-js/plugin-csl; MLA 9 and Chicago 17 are small CSL styles written
 * for this site (web pages and data sets only), in this folder, and so are the three in Spanish
 * for the Spanish edition (`*-es.csl`: "30 de noviembre de 2026", "Versión", "[Conjunto de
 * datos]", the period after a closing quote), written in CSL's es-ES locale.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import MLA9 from './mla9.csl?raw';
import CHICAGO17 from './chicago17.csl?raw';
import APA7_ES from './apa7-es.csl?raw';
import MLA9_ES from './mla9-es.csl?raw';
import CHICAGO17_ES from './chicago17-es.csl?raw';
import type { Lang } from '../format/format';

export const CITE_FORMATS = ['apa', 'mla', 'chicago', 'bibtex', 'ris'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/** What is cited: the site's work, a page's title, kind, last-updated day and stable URL. */
export interface CiteWork {
  /** Citation key (BibTeX/RIS id), kebab-case. */
  id: string;
  title: string;
  kind: 'webpage' | 'dataset';
  /** ISO day of the dated version (the "last updated" date). */
  updated: string;
  /** The stable absolute URL. */
  url: string;
  /** Data sets: the version (hash of the committed file). */
  version?: string;
  /** Author and site name. */
  siteTitle: string;
}

let registered = false;
function register() {
  if (registered) return;
  const config = plugins.config.get('@csl') as { styles: { add: (name: string, xml: string) => void } };
  config.styles.add('smart-borders-mla9', MLA9);
  config.styles.add('smart-borders-chicago17', CHICAGO17);
  config.styles.add('smart-borders-apa7-es', APA7_ES);
  config.styles.add('smart-borders-mla9-es', MLA9_ES);
  config.styles.add('smart-borders-chicago17-es', CHICAGO17_ES);
  registered = true;
}

/** The one CSL-JSON record every format is generated from. */
export function citeItem(work: CiteWork) {
  const [y, m, d] = work.updated.split('-').map(Number);
  return {
    id: work.id,
    type: work.kind,
    title: work.title,
    author: [{ literal: work.siteTitle }],
    'container-title': work.siteTitle,
    publisher: work.siteTitle,
    issued: { 'date-parts': [[y, m, d]] },
    URL: work.url,
    ...(work.version ? { version: work.version } : {}),
  };
}

/** Each bibliography style, and the CSL locale it is written in, per edition. */
const STYLES: Record<Lang, { locale: string; template: Record<'apa' | 'mla' | 'chicago', string> }> = {
  en: { locale: 'en-US', template: { apa: 'apa', mla: 'smart-borders-mla9', chicago: 'smart-borders-chicago17' } },
  es: { locale: 'es-ES', template: { apa: 'smart-borders-apa7-es', mla: 'smart-borders-mla9-es', chicago: 'smart-borders-chicago17-es' } },
};

/**
 * Every format for one work, in the page's language: bibliography entries as HTML (italics kept)
 * and plain text, BibTeX and RIS as text (data formats, the same in every language).
 */
export function citations(work: CiteWork, lang: Lang = 'en'): Record<CiteFormat, { text: string; html?: string }> {
  register();
  const { locale, template } = STYLES[lang];
  const cite = new Cite(citeItem(work));
  // APA 7 leaves out the site name and publisher when they are the author (they are, here).
  const { 'container-title': _site, publisher: _publisher, ...apaItem } = citeItem(work);
  const apa = new Cite(apaItem);
  const entry = (f: 'apa' | 'mla' | 'chicago') => {
    const from = f === 'apa' ? apa : cite;
    const html = String(from.format('bibliography', { format: 'html', template: template[f], lang: locale }));
    const inner = html.replace(/^[\s\S]*?<div[^>]*class="csl-entry"[^>]*>/, '').replace(/<\/div>\s*<\/div>\s*$/, '').trim();
    const text = String(from.format('bibliography', { format: 'text', template: template[f], lang: locale })).trim();
    return { html: inner, text };
  };
  return {
    apa: entry('apa'),
    mla: entry('mla'),
    chicago: entry('chicago'),
    bibtex: { text: String(cite.format('bibtex')).trim() },
    ris: { text: String(cite.format('ris')).trim() },
  };
}
