/** Catalog entry: data/statements.json (what officials, companies, auditors and critics say, sourced). */
import { CC_BY_4, defineDataset } from '../catalog';
import { loadStatements } from '../loadStatements';
import { CONFIDENCE, DATE_PRECISION, SOURCES, datePrecision } from './shared';

export const statements = defineDataset({
  id: 'statements',
  file: 'statements.json',
  title: 'Who says what: official, company, auditor and critic statements',
  description:
    'The stated positions the story weighs: what U.S. agencies and officials, companies, government auditors, researchers and rights groups say about each tool, one row per statement, in our words with a short quote in the speaker’s own words and its source.',
  licence: CC_BY_4,
  columns: [
    { name: 'id', type: 'string', description: 'Key of the statement.' },
    { name: 'side', type: 'string', description: 'Who is speaking: official (a government body or official), company, auditor (GAO, a UN body), researcher (a think tank or university) or critic (a rights or advocacy group).' },
    { name: 'speaker', type: 'string', description: 'The speaker, as a reader would name them.' },
    { name: 'topic', type: 'string', description: 'The story section the statement belongs to (route, smart-borders, data-economy, cbp-one, across-borders, next-database, what-it-means).' },
    { name: 'date', type: 'date', description: 'When it was said, as precisely as known; empty when the source is undated.' },
    DATE_PRECISION,
    { name: 'claim', type: 'string', description: 'What the speaker says, in our words.' },
    { name: 'quote', type: 'string', description: 'The speaker’s words as the source gives them (at most 30 words).' },
    { name: 'quote_language', type: 'string', description: 'Language of the quote (ISO 639-1: en or es).' },
    { name: 'official_case', type: 'boolean', description: 'true when the story’s “official case” box shows the statement.' },
    SOURCES,
    CONFIDENCE,
  ],
  load: () => {
    const { sources: _registry, ...dataset } = loadStatements();
    return dataset;
  },
  rows: (d) =>
    d.statements.map((s) => ({
      id: s.id,
      side: s.side,
      speaker: s.speaker,
      topic: s.topic,
      date: s.date,
      date_precision: datePrecision(s.date),
      claim: s.claim,
      quote: s.quote,
      quote_language: s.quoteLang,
      official_case: s.officialCase,
      sources: s.source,
      confidence: s.confidence,
    })),
});
