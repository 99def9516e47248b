/**
 * The datasets' titles and descriptions in Spanish (src/lib/data/catalog/text.es.ts, shown on
 * /es/data/): one entry per published dataset and no other, every text translated, and the numbers
 * the English writes written the same in Spanish.
 */
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/lib/data/catalogEntries';
import { CATALOG_TEXT_ES } from '../../src/lib/data/catalog/text.es';

const digits = (s: string) => (s.match(/\d+(?:[.,]\d+)*/g) ?? []).sort();

describe('the catalog in Spanish', () => {
  it('has a title and a description for every dataset, and for no other', () => {
    expect(Object.keys(CATALOG_TEXT_ES).sort()).toEqual(CATALOG.map((e) => e.id).sort());
  });

  it.each(CATALOG.map((e) => [e.id, e] as const))('%s: translated, with the English numbers unchanged', (id, entry) => {
    const es = CATALOG_TEXT_ES[id]!;
    expect(es.title).not.toBe(entry.title);
    expect(es.description).not.toBe(entry.description);
    expect(digits(es.title), 'title').toEqual(digits(entry.title));
    expect(digits(es.description), 'description').toEqual(digits(entry.description));
    expect(`${es.title} ${es.description}`).not.toMatch(/\bbill[oó]n/i);
  });
});
