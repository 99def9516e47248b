import { describe, expect, it } from 'vitest';
import { billionsAsMillions, expandField, parseTranslation, translateDataset, translationFile, type TranslatableCollection } from '../../src/lib/data/translations';
import { EN, FILE, collections } from './translationsFixture';

/**
 * More of the translation rules, pinned where Stryker's mutants of translations.ts survived:
 * the default paths (data/i18n/<lang>/<id>.json, the English file named in messages), an
 * English dataset whose collection is missing, null or not an object (a translation of it is an
 * orphan, not a crash), field patterns through missing objects, a list of phrases with a blank
 * or non-string phrase, the separators and "none" in the messages, where the English quote is
 * cut (over 60 characters), and billions with two decimals or more than a thousand.
 */
const english = {
  records: [{ id: 'a', name: 'Mexico memorandum', note: 'Signed in 2013.', flows: [{ basis: 'Access Now' }], match: ['memorandum'] }],
  area: { radiusNote: 'No radius.' } as unknown,
};
const good = (): Record<string, Record<string, unknown>> => ({
  records: { a: { name: 'Memorando con México', note: 'Firmado en 2013.', 'flows.0.basis': 'Access Now', match: ['memorando'] } },
  area: { radiusNote: 'Sin radio.' },
});
const parse = (data: unknown, en: unknown = english, cs = collections) => parseTranslation(FILE, data, en, cs, EN);

describe('translation paths', () => {
  it('a translation lives in data/i18n/<lang>/<dataset>.json by default', () => {
    expect(translationFile('glossary', 'es')).toBe('data/i18n/es/glossary.json');
  });
  it('translateDataset names the translation and the English file under data/ by default', () => {
    expect(() => translateDataset('glossary', { terms: [] }, 'es', { terms: {}, extra: {} })).toThrow(
      'data/i18n/es/glossary.json: the file, field "extra": received a collection that is not translated; expected one of "terms" (the translatable collections of data/glossary.json).',
    );
  });
});

describe('an English collection that is missing, null or not an object', () => {
  const orphan = 'data/i18n/es/x.json: area "", field "(the whole record)": received a translation of an area that data/x.json does not have; expected one of the area ids in data/x.json.';
  it.each([
    ['missing', undefined],
    ['null', null],
    ['a text', 'No radius.'],
  ])('%s: a translation of it is an orphan', (_, area) => {
    expect(() => parse(good(), { ...english, area })).toThrow(orphan);
  });
  it('a path through a missing or null object: the collection is missing, not a crash', () => {
    const deep: TranslatableCollection[] = [{ path: 'ident.counts', name: 'count', fields: ['note'] }];
    const missing = 'data/i18n/es/x.json: the file, field "ident.counts": received nothing (the field is missing); expected the translations of the count records of data/x.json.';
    expect(() => parse({}, {}, deep)).toThrow(missing);
    expect(() => parse({}, { ident: null }, deep)).toThrow(missing);
  });
});

describe('field patterns through missing objects', () => {
  it('reach nothing, whether the object is missing, null or a text', () => {
    expect(expandField({ id: 'b' }, 'area.note')).toEqual([]);
    expect(expandField({ id: 'b', area: null }, 'area.note')).toEqual([]);
    expect(expandField({ id: 'b', area: 'text' }, 'area.note')).toEqual([]);
    expect(expandField({ id: 'b', area: { note: 'A note.' } }, 'area.note')).toEqual([{ path: 'area.note', value: 'A note.' }]);
  });
});

describe('the messages', () => {
  it('a collection of fields that is not an object', () => {
    expect(() => parse({ ...good(), area: [] })).toThrow('data/i18n/es/x.json: the file, field "area": received []; expected an object of fields.');
  });
  it('a file that is not an object at all', () => {
    expect(() => parse(null)).toThrow('data/i18n/es/x.json: the file, field "(the whole file)": received null; expected an object of collections.');
  });
  it('a field translated in a record that has none to translate: "none"', () => {
    expect(() => parse({ ...good(), area: { radiusNote: 'Sin radio.' } }, { ...english, area: {} })).toThrow(
      'data/i18n/es/x.json: area, field "radiusNote": received "Sin radio."; expected only translatable fields this area has in data/x.json (none).',
    );
  });
  it('a missing record lists every field it should translate', () => {
    const t = good();
    delete t.records!.a;
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "a", field "(the whole record)": received nothing (the field is missing); expected an object with the translation of each of its fields (name, note, flows.0.basis, match).');
  });
  it('numbers not in the English are listed with commas', () => {
    const t = good();
    t.area!.radiusNote = 'Sin radio de 5 km ni 7 km.';
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: area, field "radiusNote": received "Sin radio de 5 km ni 7 km."; expected the numbers of the English text unchanged (none); not in the English 5, 7.');
  });
  it('the English is quoted whole up to 60 characters, and cut after', () => {
    const sixty = 'A'.repeat(59) + '.';
    const t = good();
    delete t.area!.radiusNote;
    expect(() => parse(t, { ...english, area: { radiusNote: sixty } })).toThrow(`expected the translation of the English “${sixty}”.`);
    expect(() => parse(t, { ...english, area: { radiusNote: `${sixty}!` } })).toThrow(`expected the translation of the English “${'A'.repeat(57)}…”.`);
  });
});

describe('a list of phrases', () => {
  it.each([
    ['a blank phrase', ['memorando', ' '], '["memorando"," "]'],
    ['a phrase that is not text', ['memorando', 5], '["memorando",5]'],
  ])('%s is refused', (_, match, shown) => {
    const t = good();
    t.records!.a = { ...(t.records!.a as object), match };
    expect(() => parse(t)).toThrow(`data/i18n/es/x.json: record "a", field "match": received ${shown}; expected a non-empty list of phrases translating ["memorandum"].`);
  });
});

describe('billions in millions', () => {
  it('keeps every decimal of the billions', () => {
    expect(billionsAsMillions('$4.35 billion')).toBe('$4,350 million');
  });
  it('separates every group of thousands', () => {
    expect(billionsAsMillions('$1234 billion')).toBe('$1,234,000 million');
  });
});
