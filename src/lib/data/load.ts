/**
 * Build-time loading of data/*.json. Only .astro pages, scripts and tests import
 * this file (it reads the disk); components receive the parsed, plain data.
 */
import type { Lang } from '../format/format';
import { inLanguage } from './loadTranslations';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSources } from './sources';
import type { RegistrySource } from './sourceRefs';
import { parseDeaths } from './deaths';
import { DatasetError } from './errors';
import { findDuplicateKey, stripBom } from './jsonText';

/**
 * Where datasets are read from: data/ in the project, or SB_DATA_DIR (used by the
 * test that proves a malformed dataset fails the build).
 */
export function dataDir(): string {
  return process.env.SB_DATA_DIR ?? 'data';
}

/** Reads and JSON-parses a file relative to the project root; bad JSON names the file. */
export function readJson(file: string, root = process.cwd()): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch (error) {
    throw new DatasetError(file, 'the file', '(file)', (error as Error).message, 'a readable JSON file');
  }
  // A byte-order mark is harmless in a UTF-8 file but JSON.parse rejects it: read past it.
  text = stripBom(text).text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(file, 'the file', '(JSON syntax)', (error as Error).message, 'valid JSON');
  }
  const duplicate = findDuplicateKey(text);
  if (duplicate) throw new DatasetError(file, duplicate.path, duplicate.key, `the key "${duplicate.key}" twice in one object`, 'each key once (JSON keeps only the last, so the first value would be lost silently)');
  return data;
}

/**
 * The source registry; in `lang` "es" with our Spanish of each note, urlNote and descriptive
 * publisher, and of the titles we described where the stored copy has none (data/i18n/es/sources.json).
 * Published titles stay as published.
 */
export function loadSources(root?: string, lang: Lang = 'en'): { sources: RegistrySource[] } {
  const english = parseSources(readJson(`${dataDir()}/sources.json`, root));
  if (lang === 'en') return english;
  const translated = inLanguage('sources', english, lang, root);
  // A publisher or a described title we translated is in `lang` now, whatever the source's language.
  return {
    sources: translated.sources.map((s, i) => ({
      ...s,
      ...(s.publisher === english.sources[i]!.publisher ? {} : { publisherLanguage: lang }),
      ...(s.title === english.sources[i]!.title ? {} : { titleLanguage: lang }),
    })),
  };
}

export function loadDeaths(root?: string, lang: Lang = 'en') {
  const sources = loadSources(root, lang);
  const ids = new Set(sources.sources.map((s) => s.id));
  return { ...inLanguage('border-deaths', parseDeaths(readJson(`${dataDir()}/border-deaths.json`, root), ids, `${dataDir()}/border-deaths.json`), lang, root), sources: sources.sources };
}
