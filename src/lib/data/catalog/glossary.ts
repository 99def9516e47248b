/** Catalog entry: data/glossary.json (the words students may stumble on, defined in our words, sourced). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadGlossary } from '../loadGlossary';
import { SOURCES } from './shared';

export const glossary = defineDataset({
  id: 'glossary',
  file: 'glossary.json',
  title: 'Glossary: the story’s terms in plain words',
  description:
    'The acronyms, agencies and legal terms the story uses, one row per term: a short definition in our own words, the phrases the story uses for it, and the source the definition rests on.',
  licence: CC_BY_4,
  columns: [
    { name: 'id', type: 'string', description: 'Key of the term; also its anchor on the glossary page (/glossary/#id).' },
    { name: 'term', type: 'string', description: 'The term as a reader sees it.' },
    { name: 'definition', type: 'string', description: 'What it means, in our own words.' },
    { name: 'match', type: 'string', description: 'The phrases the story uses for the term, separated by “;” (the first use is linked to the glossary).' },
    SOURCES,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadGlossary();
    return dataset;
  },
  rows: (d) => d.terms.map((t) => ({ id: t.id, term: t.term, definition: t.definition, match: t.match.join(';'), sources: t.source })),
});
