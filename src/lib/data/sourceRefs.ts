import type { Source } from './sourceSchema';
import type { Lang } from '../format/format';
import { localPath } from '../i18n/editions';

/** What a chart's tooltip needs to name a source. */
export type TipSource = Pick<Source, 'publisher' | 'title' | 'date'>;

/** The subset of the registry that a set of records cites, keyed by id: what a chart island needs, nothing more. */
export function citedSources(all: readonly Source[], ids: Iterable<string>): Record<string, TipSource> {
  const wanted = new Set(ids);
  const out: Record<string, TipSource> = {};
  for (const s of all) if (wanted.has(s.id)) out[s.id] = { publisher: s.publisher, title: s.title, ...(s.date ? { date: s.date } : {}) };
  return out;
}

/** Anchor of a source on the sources page of the page's edition (/sources/ or /es/sources/), so every figure can link to its record. */
export function sourceHref(id: string, lang: Lang = 'en'): string {
  return `${localPath('/sources/', lang)}#src-${id}`;
}
