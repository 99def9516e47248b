/**
 * The glossary in one edition's language, for the glossary page and the handout: its terms and
 * definitions, the language they are written in (`textLang`, marked on a page in another language)
 * and the order of a page in `lang` (that language's collation).
 * Every language's text exists (loadGlossary fails the build on a missing translation).
 */
import type { Lang } from '../format/format';
import { loadGlossary } from '../data/loadGlossary';

export function glossaryIn(lang: Lang) {
  const { terms, sources } = loadGlossary(undefined, lang);
  /** Terms and definitions come in the page's language (data/i18n/<lang>/glossary.json). */
  const textLang: Lang = lang;
  const sorted = [...terms].sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
  return { terms: sorted, sources, textLang };
}
