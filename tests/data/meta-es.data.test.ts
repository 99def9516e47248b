/** Every published dataset's metadata exists in Spanish: same column names, types and count, every description and unit in Spanish. */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { CATALOG_ES } from '../../src/lib/data/catalog/es';
import { datasetMeta, publishedDatasets } from '../../src/lib/data/downloads';

describe('the catalog in Spanish', () => {
  it('has an entry for every dataset and no other', () => {
    expect(Object.keys(CATALOG_ES).sort()).toEqual(CATALOG.map((d) => d.id).sort());
  });
  it.each(publishedDatasets().map((d) => [d.id, d]))('%s: Spanish metadata with the English column names, types and units', (_id, entry) => {
    const en = datasetMeta(entry, 'https://example.org/');
    const es = datasetMeta(entry, 'https://example.org/', 'Smart Borders', 'es');
    expect(es.columns.map((c) => [c.name, c.type, c.unit === undefined])).toEqual(en.columns.map((c) => [c.name, c.type, c.unit === undefined]));
    es.columns.forEach((c, i) => expect(c.description, c.name).not.toBe(en.columns[i]!.description));
    expect(es.title).not.toBe(en.title);
    expect(es.sources).toEqual(en.sources);
    expect(es.downloads).toEqual({ ...en.downloads!, meta: `/es/data/${entry.id}.meta.json` });
    expect([es.version, es.buildDate, es.recordCount, es.rowCount]).toEqual([en.version, en.buildDate, en.recordCount, en.rowCount]);
  });
  it('border-deaths: exact Spanish title and a column', () => {
    const es = datasetMeta(CATALOG.find((d) => d.id === 'border-deaths')!, 'https://example.org/', 'Smart Borders', 'es');
    expect(es.title).toBe('Muertes de migrantes en la frontera entre México y EE. UU., por año y según quién las contó');
    expect(es.columns.find((c) => c.name === 'value')).toEqual({ name: 'value', type: 'integer', unit: 'personas', description: 'Muertes (Patrulla Fronteriza) o personas muertas y desaparecidas (OIM), tal como se publicaron.' });
  });
});
