import type { Source } from './sourceSchema';
import type { Lang } from '../format/format';
import { langAttr, localPath } from '../i18n/editions';

/**
 * A source as loadSources returns it in a language: `publisherLanguage` is set when we translated
 * its publisher (a description of a copy, e.g. "Mestios (agregador de noticias)"), which is then
 * in that language whatever the source's own `language` (that of its title); `titleLanguage` when
 * we translated a title we had described ourselves ("Report on … (title not in the stored copy)").
 */
export type RegistrySource = Source & { publisherLanguage?: Lang; titleLanguage?: Lang };

/** The `lang` a source's publisher carries on a page in `lang` (none when it is the page's). */
export const publisherLang = (source: RegistrySource, lang: Lang) => langAttr(source.publisherLanguage ?? source.language, lang);

/** The `lang` a source's title carries on a page in `lang` (none when it is the page's). */
export const titleLang = (source: RegistrySource, lang: Lang) => langAttr(source.titleLanguage ?? source.language, lang);

/** What a chart's tooltip needs to name a source. */
export type TipSource = Pick<Source, 'publisher' | 'title' | 'date'>;

/** The subset of the registry that a set of records cites, keyed by id: what a chart island needs, nothing more. */
export function citedSources(all: readonly Source[], ids: Iterable<string>): Record<string, TipSource> {
  const wanted = new Set(ids);
  const out: Record<string, TipSource> = {};
  for (const s of all) if (wanted.has(s.id)) out[s.id] = { publisher: s.publisher, title: s.title, ...(s.date ? { date: s.date } : {}) };
  return out;
}

/**
 * A figure's source line: each cited source's publisher, with its language so that a name in
 * another language than the page's carries its `lang` (FigureShell), and a Spanish publisher
 * ("El Mundo (El Salvador)", our "Europa Press (publicado por Infobae)") carries none on /es/.
 */
export function sourceLine(all: readonly RegistrySource[], ids: Iterable<string>): { id: string; publisher: string; language: Source['language'] }[] {
  const byId = new Map(all.map((s) => [s.id, s]));
  return [...ids].filter((id) => byId.has(id)).map((id) => ({ id, publisher: byId.get(id)!.publisher, language: byId.get(id)!.publisherLanguage ?? byId.get(id)!.language }));
}

/** Anchor of a source on the sources page of the page's edition (/sources/ or /es/sources/), so every figure can link to its record. */
export function sourceHref(id: string, lang: Lang = 'en'): string {
  return `${localPath('/sources/', lang)}#src-${id}`;
}
