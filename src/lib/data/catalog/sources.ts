/** Catalog entry: data/sources.json, the registry every dataset cites. */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadSources } from '../load';

export const sourcesDataset = defineDataset({
  id: 'sources',
  file: 'sources.json',
  title: 'Sources behind every figure',
  description:
    'The source registry that every record in every dataset cites: publisher, title, date, the original publisher’s URL where verified, kind (primary or secondary) and language.',
  licence: CC_BY_4,
  columns: [
    { name: 'id', type: 'string', description: 'Stable id that records cite.' },
    { name: 'publisher', type: 'string', description: 'The original publisher.' },
    { name: 'title', type: 'string', description: 'Title as published.' },
    { name: 'date', type: 'date', description: 'Publication date, only as precise as known (YYYY, YYYY-MM or YYYY-MM-DD); empty when unknown.' },
    { name: 'url', type: 'string', description: 'The original publisher’s URL (https); empty when no original was found. Never a mirror’s.' },
    { name: 'url_note', type: 'string', description: 'The copy we read it on when it was not the original (read via), or why there is no URL.' },
    { name: 'kind', type: 'string', description: 'primary (made the figure) or secondary (reports it).' },
    { name: 'language', type: 'string', description: 'ISO 639-1 language of the publication.' },
    { name: 'note', type: 'string', description: 'What a reader should know about the source.' },
  ],
  load: () => loadSources(),
  rows: (d) =>
    d.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      date: s.date,
      url: s.url,
      url_note: s.urlNote,
      kind: s.kind,
      language: s.language,
      note: s.note,
    })),
  // The registry is the bibliography itself, not a dataset that cites it.
  sourceIds: () => [],
});
