import { describe, expect, it } from 'vitest';
import { applyTranslation, expandField, isDescribedTitle, numberDifference, numbersIn, parseTranslation, translateDataset, type TranslatableCollection } from '../../src/lib/data/translations';
import { EN, FILE, collections } from './translationsFixture';

const english = {
  records: [
    { id: 'a', name: 'Mexico memorandum', note: 'Signed in 2013; 1,450 a day, $16.8 million.', flows: [{ basis: 'Access Now' }, { basis: 'DHS says so' }], match: ['memorandum'], value: 3 },
    { id: 'b', name: 'Letter of intent', flows: [] },
  ],
  area: { radiusNote: 'No radius.' },
};
const good = () => ({
  records: {
    a: { name: 'Memorando con México', note: 'Firmado en 2013; 1,450 al día, US$16.8 millones.', 'flows.0.basis': 'Access Now', 'flows.1.basis': 'Según el DHS', match: ['memorando'] },
    b: { name: 'Carta de intención' },
  },
  area: { radiusNote: 'Sin radio.' },
});
const parse = (data: unknown) => parseTranslation(FILE, data, english, collections, EN);

describe('dataset translations: the rules', () => {
  it('accepts a complete translation and applies it to a copy, leaving numbers and the English untouched', () => {
    const es = applyTranslation(english, parse(good()), collections);
    expect(es.records[0]).toEqual({ id: 'a', name: 'Memorando con México', note: 'Firmado en 2013; 1,450 al día, US$16.8 millones.', flows: [{ basis: 'Access Now' }, { basis: 'Según el DHS' }], match: ['memorando'], value: 3 });
    expect(es.area.radiusNote).toBe('Sin radio.');
    expect(english.records[0]!.name).toBe('Mexico memorandum');
  });
  it('English is returned as it is, without reading a translation', () => {
    const data = { terms: [] };
    expect(translateDataset('glossary', data, 'en', undefined)).toBe(data);
  });
  it('a missing field names file, record, field, what was received and the English it should translate', () => {
    const t = good();
    delete (t.records.a as Partial<typeof t.records.a>).note;
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "a", field "note": received nothing (the field is missing); expected the translation of the English “Signed in 2013; 1,450 a day, $16.8 million.”.');
  });
  it('a missing field inside a list is named by its index', () => {
    const t = good();
    delete (t.records.a as Partial<typeof t.records.a>)['flows.1.basis'];
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "a", field "flows.1.basis": received nothing (the field is missing); expected the translation of the English “DHS says so”.');
  });
  it('an empty text is refused', () => {
    const t = good();
    t.records.b.name = ' ';
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "b", field "name": received " "; expected the translation of the English “Letter of intent”.');
  });
  it('a missing record is refused', () => {
    const t = good() as { records: Record<string, unknown> };
    delete t.records.b;
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "b", field "(the whole record)": received nothing (the field is missing); expected an object with the translation of each of its fields (name).');
  });
  it('a missing collection is refused', () => {
    const t = good() as Partial<ReturnType<typeof good>>;
    delete t.area;
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: the file, field "area": received nothing (the field is missing); expected the translations of the area records of data/x.json.');
  });
  it('an orphan record id is refused', () => {
    const t = good() as { records: Record<string, unknown> };
    t.records.c = { name: 'Otro' };
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "c", field "(the whole record)": received a translation of a record that data/x.json does not have; expected one of the record ids in data/x.json.');
  });
  it('an orphan field is refused, including a field the English record does not have', () => {
    const t = good() as { records: Record<string, Record<string, unknown>> };
    t.records.b!.note = 'Nota';
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "b", field "note": received "Nota"; expected only translatable fields this record has in data/x.json (name).');
    const u = good() as { records: Record<string, Record<string, unknown>> };
    u.records.a!.value = 'tres';
    expect(() => parse(u)).toThrow('data/i18n/es/x.json: record "a", field "value": received "tres"; expected only translatable fields this record has in data/x.json (name, note, flows.0.basis, flows.1.basis, match).');
  });
  it('an orphan collection is refused', () => {
    expect(() => parse({ ...good(), extra: {} })).toThrow('data/i18n/es/x.json: the file, field "extra": received a collection that is not translated; expected one of "records", "area" (the translatable collections of data/x.json).');
  });
  it('a changed, missing or added number is refused, saying which', () => {
    const changed = good();
    changed.records.a.note = 'Firmado en 2013; 1.450 al día, US$16.8 millones.';
    expect(() => parse(changed)).toThrow('data/i18n/es/x.json: record "a", field "note": received "Firmado en 2013; 1.450 al día, US$16.8 millones."; expected the numbers of the English text unchanged (2013, 1,450, 16.8); missing 1,450; not in the English 1.450.');
    const missing = good();
    missing.records.a.note = 'Firmado en 2013; 1,450 al día, millones.';
    expect(() => parse(missing)).toThrow('expected the numbers of the English text unchanged (2013, 1,450, 16.8); missing 16.8.');
    const added = good();
    added.area.radiusNote = 'Sin radio de 5 km.';
    expect(() => parse(added)).toThrow('data/i18n/es/x.json: area, field "radiusNote": received "Sin radio de 5 km."; expected the numbers of the English text unchanged (none); not in the English 5.');
  });
  it('a list of phrases must be a non-empty list of strings', () => {
    const t = good() as { records: Record<string, Record<string, unknown>> };
    t.records.a!.match = [];
    expect(() => parse(t)).toThrow('data/i18n/es/x.json: record "a", field "match": received []; expected a non-empty list of phrases translating ["memorandum"].');
    t.records.a!.match = 'memorando';
    expect(() => parse(t)).toThrow('received "memorando"; expected a non-empty list of phrases translating ["memorandum"].');
  });
  it('a file that is not an object of collections is refused', () => {
    expect(() => parse([])).toThrow('data/i18n/es/x.json: the file, field "(the whole file)": received []; expected an object of collections.');
    expect(() => parse({ ...good(), records: [] })).toThrow('data/i18n/es/x.json: the file, field "records": received []; expected an object of record ids.');
  });
});

describe('dataset translations: fields translated only where the English is our description', () => {
  const described: TranslatableCollection[] = [{ path: 'sources', name: 'source', fields: ['note'], describedOnly: { title: isDescribedTitle } }];
  const en = { sources: [
    { id: 'ours', title: 'Report on border deaths in fiscal 2005 (title not in the stored copy)', note: 'Read in 2024.' },
    { id: 'published', title: 'Border crossing deaths reach record high', note: 'A syndicated copy.' },
  ] };
  const parseSrc = (data: unknown) => parseTranslation(FILE, data, en, described, EN);
  it('translates a described title, and keeps a published one as published', () => {
    const es = applyTranslation(en, parseSrc({ sources: { ours: { title: 'Nota sobre las muertes en la frontera en el año fiscal 2005 (título no disponible en la copia consultada)', note: 'Leído en 2024.' }, published: { note: 'Una copia republicada.' } } }), described);
    expect(es.sources.map((s) => s.title)).toEqual(['Nota sobre las muertes en la frontera en el año fiscal 2005 (título no disponible en la copia consultada)', 'Border crossing deaths reach record high']);
  });
  it('a described title left untranslated is refused, naming it', () => {
    expect(() => parseSrc({ sources: { ours: { note: 'Leído en 2024.' }, published: { note: 'Una copia republicada.' } } })).toThrow('data/i18n/es/x.json: source "ours", field "title": received nothing (the field is missing); expected the translation of the English “Report on border deaths in fiscal 2005 (title not in the …”.');
  });
  it('a translation of a published title is refused', () => {
    expect(() => parseSrc({ sources: { ours: { title: 'Nota (título no disponible en la copia consultada) 2005', note: 'Leído en 2024.' }, published: { title: 'Muertes récord', note: 'Una copia republicada.' } } })).toThrow('data/i18n/es/x.json: source "published", field "title": received "Muertes récord"; expected only translatable fields this source has in data/x.json (note).');
  });
  it('knows the described titles by their closing words', () => {
    expect(['A (title not in the stored copy)', 'A (headline not in the stored copy)', 'A (about B; full title not in the stored copy)'].map(isDescribedTitle)).toEqual([true, true, true]);
    expect(['A', 'A (title not in the stored copy) and more', 'A (title in the stored copy)', 'A title not in the stored copy', undefined].map(isDescribedTitle)).toEqual([false, false, false, false, false]);
  });
});

describe('dataset translations: helpers', () => {
  it('expands field patterns through lists', () => {
    expect(expandField({ a: [{ b: 'x' }, {}, { b: 'y' }], c: ['p', 'q'] }, 'a[].b')).toEqual([{ path: 'a.0.b', value: 'x' }, { path: 'a.2.b', value: 'y' }]);
    expect(expandField({ c: ['p', 'q'] }, 'c[]')).toEqual([{ path: 'c.0', value: 'p' }, { path: 'c.1', value: 'q' }]);
    expect(expandField({ c: null }, 'c')).toEqual([]);
  });
  it('reads numbers as written and compares them as multisets', () => {
    expect(numbersIn('FY2022: 895, about 1,450.5 and COVID-19')).toEqual(['2022', '895', '1,450.5', '19']);
    expect(numberDifference('7 January 2019 and 7 more', 'el 7 de enero de 2019')).toEqual({ missing: ['7'], extra: [] });
    expect(numberDifference('March 27', '27 de marzo')).toEqual({ missing: [], extra: [] });
  });
});

describe('dataset translations: billions', () => {
  it('an English billion is kept as thousands of millions', () => {
    expect(numberDifference('GAO put the cost at $4.3 billion in 2021.', 'La GAO calculó el costo en US$4,300 millones en 2021.')).toEqual({ missing: [], extra: [] });
    expect(numberDifference('$4.3 billion', 'US$4.3 billones')).toEqual({ missing: ['4,300'], extra: ['4.3'] });
    expect(numberDifference('$12 billion', 'US$12,000 millones')).toEqual({ missing: [], extra: [] });
  });
});
