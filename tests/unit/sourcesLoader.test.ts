/**
 * loadSources in a language: the registry's notes, urlNotes and publishers come from
 * data/i18n/<lang>/sources.json (a small fixture here), titles and everything else stay as in
 * data/sources.json, and a translation that misses a note fails naming file, source and field.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSources } from '../../src/lib/data/load';

const ENGLISH = {
  sources: [
    { id: 'gao-test', publisher: 'U.S. Government Accountability Office', title: 'A report on deaths', date: '2022-04-20', kind: 'primary', language: 'en', note: 'Found 300 deaths in fiscal 2019.', url: 'https://www.gao.gov/products/gao-22-105053' },
    { id: 'wire-test', publisher: 'Europa Press (published by Infobae)', title: 'Prorrogan el régimen de excepción', kind: 'secondary', language: 'es', urlNote: 'Read on a syndicated copy; the original was not verified.' },
  ],
};
const SPANISH = {
  sources: {
    'gao-test': { publisher: 'U.S. Government Accountability Office', note: 'Halló 300 muertes en el año fiscal 2019.' },
    'wire-test': { publisher: 'Europa Press (publicado por Infobae)', urlNote: 'Lo leímos en una copia republicada; no verificamos el original.' },
  },
};

function fixture(spanish: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'sb-sources-'));
  mkdirSync(join(root, 'data/i18n/es'), { recursive: true });
  writeFileSync(join(root, 'data/sources.json'), JSON.stringify(ENGLISH));
  writeFileSync(join(root, 'data/i18n/es/sources.json'), JSON.stringify(spanish));
  return root;
}

describe('loadSources(root, lang)', () => {
  it('returns the notes, urlNotes and publishers in Spanish for "es", and everything else unchanged', () => {
    const root = fixture(SPANISH);
    const [gao, wire] = loadSources(root, 'es').sources;
    expect(gao).toEqual({ ...ENGLISH.sources[0], note: 'Halló 300 muertes en el año fiscal 2019.' });
    // The translated publisher is marked as Spanish; the one left as its name is not.
    expect(wire).toEqual({ ...ENGLISH.sources[1], publisherLanguage: 'es', publisher: 'Europa Press (publicado por Infobae)', urlNote: 'Lo leímos en una copia republicada; no verificamos el original.' });
  });

  it('returns English by default and for "en", without reading the translation', () => {
    const root = fixture({ broken: true });
    expect(loadSources(root).sources).toEqual(ENGLISH.sources);
    expect(loadSources(root, 'en').sources).toEqual(ENGLISH.sources);
  });

  it('fails naming file, source and field when a note has no Spanish', () => {
    const root = fixture({ sources: { ...SPANISH.sources, 'gao-test': { publisher: 'U.S. Government Accountability Office' } } });
    expect(() => loadSources(root, 'es')).toThrow('data/i18n/es/sources.json: source "gao-test", field "note": received nothing (the field is missing); expected the translation of the English “Found 300 deaths in fiscal 2019.”.');
  });

  it('fails when a Spanish note changes a number', () => {
    const root = fixture({ sources: { ...SPANISH.sources, 'gao-test': { publisher: 'U.S. Government Accountability Office', note: 'Halló 301 muertes en el año fiscal 2019.' } } });
    expect(() => loadSources(root, 'es')).toThrow(/source "gao-test", field "note".*missing 300; not in the English 301/);
  });
});
