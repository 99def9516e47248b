import { describe, expect, it } from 'vitest';
import { citationEs, metaInLanguage, metaPath, spanishColumns } from '../../src/lib/data/catalog/metaLang';
import type { MetaText } from '../../src/lib/data/catalog/es';
import { CC_BY_4, type DatasetMeta } from '../../src/lib/data/catalog';
import { NOTE } from '../../src/lib/data/catalog/shared';

const entry = {
  id: 'x',
  columns: [
    { name: 'year', type: 'number' as const, unit: 'year', description: 'Fiscal year, from 1998.' },
    { name: 'value', type: 'number' as const, unit: 'people', description: 'Deaths as published.' },
    NOTE,
  ],
};
const es = (): MetaText => ({
  title: 'Muertes, 1998–2024',
  description: 'Conteos anuales desde 1998.',
  columns: { year: { description: 'Año fiscal, desde 1998.', unit: 'año' }, value: { description: 'Muertes tal como se publicaron.' } },
});
const meta: DatasetMeta = {
  id: 'x', title: 'Deaths, 1998–2024', description: 'Yearly counts from 1998.', licence: CC_BY_4, version: 'abc', buildDate: '2026-11-30', recordCount: 1, rowCount: 1,
  downloads: { json: '/data/x.json', csv: '/data/x.csv', meta: '/data/x.meta.json' }, columns: entry.columns, sources: [], citation: 'English citation',
};
const site = { siteUrl: 'https://example.org/', siteTitle: 'Smart Borders' };
const FILE = 'src/lib/data/catalog/es.ts';

describe('dataset metadata in Spanish', () => {
  it('translates title, description, column descriptions and units, keeping names, types, sources and data downloads', () => {
    const out = metaInLanguage(meta, entry, 'es', site, { x: es() });
    expect(out.title).toBe('Muertes, 1998–2024');
    expect(out.description).toBe('Conteos anuales desde 1998. Los nombres de las columnas y los valores son los del archivo publicado; sus textos (notas, nombres, etiquetas) están en inglés.');
    expect(out.columns.map((c) => [c.name, c.type, c.unit, c.description])).toEqual([
      ['year', 'number', 'año', 'Año fiscal, desde 1998.'],
      ['value', 'number', 'personas', 'Muertes tal como se publicaron.'],
      ['note', 'string', undefined, 'Contexto que necesita quien lee: alcance, definiciones, por qué difieren las cifras, qué falta.'],
    ]);
    expect(out.downloads).toEqual({ json: '/data/x.json', csv: '/data/x.csv', meta: '/es/data/x.meta.json' });
    expect(out.citation).toBe('Smart Borders (2026). Muertes, 1998–2024 [conjunto de datos], versión abc, 2026-11-30. https://example.org/data/x.json. Licencia: CC-BY-4.0. Cite también las fuentes originales que se enumeran en los metadatos.');
    expect(metaInLanguage(meta, entry, 'en', site, { x: es() })).toBe(meta);
  });
  it('fails on a dataset with no Spanish, naming the file and the dataset', () => {
    expect(() => metaInLanguage(meta, entry, 'es', site, {})).toThrow(`${FILE}: dataset "x", field "(the whole entry)": received nothing (the field is missing); expected its Spanish title, description and columns.`);
  });
  it('fails on a column without Spanish, a column the entry lacks, and a unit the English column has not', () => {
    const missing = es();
    delete missing.columns.value;
    expect(() => spanishColumns(entry, missing)).toThrow(`${FILE}: dataset "x", field "columns.value.description": received nothing (the field is missing); expected the Spanish of “Deaths as published.”.`);
    const stray = es();
    stray.columns.extra = { description: 'Otra.' };
    expect(() => spanishColumns(entry, stray)).toThrow(`${FILE}: dataset "x", field "columns.extra": received {"description":"Otra."}; expected only columns the catalog entry has (year, value, note).`);
    const unit = es();
    unit.columns.note = { description: 'Nota.', unit: 'texto' };
    expect(() => spanishColumns(entry, unit)).toThrow(`${FILE}: dataset "x", field "columns.note.unit": received "texto"; expected no unit (the English column has none).`);
  });
  it('fails when a number of the English text changes', () => {
    const t = es();
    t.title = 'Muertes, 1999–2024';
    expect(() => metaInLanguage(meta, entry, 'es', site, { x: t })).toThrow(`${FILE}: dataset "x", field "title": received "Muertes, 1999–2024"; expected the numbers of the English text unchanged (1998, 2024); missing 1998; not in the English 1999.`);
    const c = es();
    c.columns.year!.description = 'Año fiscal.';
    expect(() => spanishColumns(entry, c)).toThrow(`${FILE}: dataset "x", field "columns.year.description": received "Año fiscal."; expected the numbers of the English text unchanged (1998); missing 1998.`);
  });
  it('publishes Spanish metadata under /es/data/', () => {
    expect(metaPath('deaths', 'es')).toBe('/es/data/deaths.meta.json');
    expect(metaPath('deaths', 'en')).toBe('/data/deaths.meta.json');
    expect(citationEs({ title: 'T', version: 'v', buildDate: '2025-01-02', url: 'u', licenceId: 'L', siteTitle: 'S' })).toBe('S (2025). T [conjunto de datos], versión v, 2025-01-02. u. Licencia: L. Cite también las fuentes originales que se enumeran en los metadatos.');
  });
});

describe('dataset metadata in Spanish: the edges of each rule', () => {
  it('a column with no Spanish of its own takes the shared description and the unit’s Spanish', () => {
    const shared = { id: 'x', columns: [{ ...NOTE, name: 'count', unit: 'people' }] };
    expect(spanishColumns(shared, { title: 'T', description: 'D', columns: {} }).map((c) => [c.name, c.unit, c.description])).toEqual([
      ['count', 'personas', 'Contexto que necesita quien lee: alcance, definiciones, por qué difieren las cifras, qué falta.'],
    ]);
  });
  it('blank text counts as missing: a description, a unit, a title or a description of white space fails', () => {
    const blank = es();
    blank.columns.value = { description: '   ' };
    expect(() => spanishColumns(entry, blank)).toThrow(`${FILE}: dataset "x", field "columns.value.description": received "   "; expected the Spanish of “Deaths as published.”.`);
    const unit = es();
    unit.columns.year = { description: 'Año fiscal, desde 1998.', unit: ' ' };
    expect(() => spanishColumns(entry, unit)).toThrow(`${FILE}: dataset "x", field "columns.year.unit": received " "; expected the Spanish of the unit “year”.`);
    for (const field of ['title', 'description'] as const) {
      const t = { ...es(), [field]: ' ' };
      expect(() => metaInLanguage(meta, entry, 'es', site, { x: t })).toThrow(`${FILE}: dataset "x", field "${field}": received " "; expected the Spanish of “${meta[field]}”.`);
      const gone = es() as Partial<MetaText>;
      delete gone[field];
      expect(() => metaInLanguage(meta, entry, 'es', site, { x: gone as MetaText })).toThrow(`${FILE}: dataset "x", field "${field}": received nothing (the field is missing); expected the Spanish of “${meta[field]}”.`);
    }
  });
  it('a unit with no Spanish anywhere fails, naming the unit', () => {
    const odd = { id: 'x', columns: [{ name: 'n', type: 'number' as const, unit: 'furlongs', description: 'Fiscal year, from 1998.' }] };
    expect(() => spanishColumns(odd, { title: 'T', description: 'D', columns: { n: { description: 'Año fiscal, desde 1998.' } } })).toThrow(
      `${FILE}: dataset "x", field "columns.n.unit": received nothing (the field is missing); expected the Spanish of the unit “furlongs”.`,
    );
    // Also for a column with no Spanish entry at all (its description shared).
    const bare = { id: 'x', columns: [{ ...NOTE, name: 'n', unit: 'furlongs' }] };
    expect(() => spanishColumns(bare, { title: 'T', description: 'D', columns: {} })).toThrow(
      `${FILE}: dataset "x", field "columns.n.unit": received nothing (the field is missing); expected the Spanish of the unit “furlongs”.`,
    );
  });
  it('a unit keeps its numbers; an English text with none says so', () => {
    const rate = { id: 'x', columns: [{ name: 'r', type: 'number' as const, unit: 'deaths per 100,000 apprehensions', description: 'Deaths as published.' }] };
    expect(() => spanishColumns(rate, { title: 'T', description: 'D', columns: { r: { description: 'Muertes tal como se publicaron.', unit: 'muertes por 10.000 detenciones' } } })).toThrow(
      `${FILE}: dataset "x", field "columns.r.unit": received "muertes por 10.000 detenciones"; expected the numbers of the English text unchanged (100,000); missing 100,000; not in the English 10.000.`,
    );
    const two = es();
    two.title = 'Muertes, 1999–2023';
    expect(() => metaInLanguage(meta, entry, 'es', site, { x: two })).toThrow(`${FILE}: dataset "x", field "title": received "Muertes, 1999–2023"; expected the numbers of the English text unchanged (1998, 2024); missing 1998, 2024; not in the English 1999, 2023.`);
    const t = es();
    t.columns.value = { description: 'Muertes tal como se publicaron en 2 informes.' };
    expect(() => spanishColumns(entry, t)).toThrow(`${FILE}: dataset "x", field "columns.value.description": received "Muertes tal como se publicaron en 2 informes."; expected the numbers of the English text unchanged (none); not in the English 2.`);
  });
});

