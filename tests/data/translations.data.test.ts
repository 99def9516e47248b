/**
 * The committed translations of the datasets (data/i18n/es/*.json): every translatable text of
 * every record exists in Spanish and keeps the English text's numbers (the loaders validate
 * this; here each dataset is loaded in Spanish), no translation is left in English where the
 * English is a sentence, and a broken translation fails naming its file under SB_DATA_DIR.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGlossary } from '../../src/lib/data/loadGlossary';
import { loadDeaths, loadSources } from '../../src/lib/data/load';
import { loadAgreements } from '../../src/lib/data/loadAgreements';
import { loadBiometricDatabases } from '../../src/lib/data/loadBiometricDatabases';
import { loadCbpOne } from '../../src/lib/data/loadCbpOne';
import { loadElSalvador } from '../../src/lib/data/loadElSalvador';
import { loadStatements } from '../../src/lib/data/loadStatements';
import { loadSurveillanceTools } from '../../src/lib/data/loadSurveillanceTools';
import { englishNumbers, expandField, isDescribedTitle, numbersIn, TRANSLATABLE, TRANSLATED_DATASETS, type TranslatableCollection, type TranslatedDataset } from '../../src/lib/data/translations';
import type { Lang } from '../../src/lib/format/format';

/** Each translated dataset as its loader returns it, in a language. */
const LOADERS: Record<TranslatedDataset, (lang: Lang) => unknown> = {
  glossary: (lang) => loadGlossary(undefined, lang),
  'border-deaths': (lang) => loadDeaths(undefined, lang),
  agreements: (lang) => loadAgreements(undefined, lang),
  'cbp-one': (lang) => loadCbpOne(undefined, lang),
  'surveillance-tools': (lang) => loadSurveillanceTools(undefined, lang),
  'biometric-databases': (lang) => loadBiometricDatabases(undefined, lang),
  'el-salvador-exception': (lang) => loadElSalvador(undefined, lang),
  statements: (lang) => loadStatements(undefined, lang),
  sources: (lang) => loadSources(undefined, lang),
};

/** Fields that are names, kept as written unless they carry our description (a source's publisher). */
const NAMES = [{ path: 'sources', field: 'publisher' }];

const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown> | undefined)?.[k], root);

/** Every translatable text of a loaded dataset: "collection/id/field" → text. */
function texts(data: unknown, collections: readonly TranslatableCollection[]): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const c of collections) {
    const node = at(data, c.path);
    const records = (Array.isArray(node) ? node : [node]) as Record<string, unknown>[];
    for (const r of records) {
      const key = Array.isArray(node) ? (c.key ? c.key(r) : String(r.id)) : '';
      for (const pattern of [...c.fields, ...(c.phraseLists ?? [])]) for (const { path, value } of expandField(r, pattern)) out.set(`${c.path}/${key}/${path}`, value);
    }
  }
  return out;
}

describe('the datasets in Spanish', () => {
  it('every translated dataset has a loader here', () => {
    expect(Object.keys(LOADERS).sort()).toEqual([...TRANSLATED_DATASETS].sort());
  });

  for (const dataset of TRANSLATED_DATASETS) {
    it(`${dataset}: every text exists in Spanish with the English numbers, and sentences are translated`, () => {
      const collections = TRANSLATABLE[dataset] as readonly TranslatableCollection[];
      const en = texts(LOADERS[dataset]('en'), collections);
      const es = texts(LOADERS[dataset]('es'), collections);
      expect([...es.keys()]).toEqual([...en.keys()]);
      expect(en.size).toBeGreaterThan(0);
      for (const [key, english] of en) {
        const spanish = es.get(key);
        if (Array.isArray(english)) {
          expect(Array.isArray(spanish) && spanish.length > 0, key).toBe(true);
          continue;
        }
        expect(typeof spanish, key).toBe('string');
        expect([...numbersIn(spanish as string)].sort(), key).toEqual([...englishNumbers(english as string)].sort());
        // A sentence (four words or more) left as it was is an untranslated text, not a name.
        if ((english as string).split(/\s+/).length >= 4 && !NAMES.some((n) => key.startsWith(`${n.path}/`) && key.endsWith(`/${n.field}`))) expect(spanish, key).not.toBe(english);
      }
    });
  }

  it('each translation file stays within its 32 KB budget (data/README.md)', () => {
    for (const dataset of TRANSLATED_DATASETS) expect(statSync(`data/i18n/es/${dataset}.json`).size, dataset).toBeLessThanOrEqual(32 * 1024);
  });

  it('glossary: exact Spanish terms, and the English glossary unchanged', () => {
    const es = loadGlossary(undefined, 'es').terms;
    const en = loadGlossary().terms;
    expect(es.find((t) => t.id === 'state-of-exception')).toMatchObject({ term: 'régimen de excepción', match: ['régimen de excepción', 'estado de excepción'], source: en.find((t) => t.id === 'state-of-exception')!.source });
    expect(es.find((t) => t.id === 'cbp')!.term).toBe('CBP (Oficina de Aduanas y Protección Fronteriza de EE. UU.)');
    expect(en.find((t) => t.id === 'cbp')!.term).toBe('CBP (U.S. Customs and Border Protection)');
    expect(es.map((t) => t.id)).toEqual(en.map((t) => t.id));
  });
});

describe('the source registry in Spanish', () => {
  const en = loadSources().sources;
  const es = loadSources(undefined, 'es').sources;
  const byId = new Map(es.map((s) => [s.id, s]));

  it('translates every note and urlNote (none left as the English), and keeps ids, published titles, dates, urls, kinds and languages', () => {
    expect(es.map((s) => s.id)).toEqual(en.map((s) => s.id));
    expect(en.filter((s) => s.note).length).toBeGreaterThanOrEqual(80);
    expect(en.filter((s) => s.urlNote).length).toBeGreaterThanOrEqual(45);
    const untranslated: string[] = [];
    for (const s of en) {
      const t = byId.get(s.id)!;
      const { publisherLanguage, titleLanguage, ...rest } = t;
      expect({ ...rest, publisher: s.publisher, title: s.title, note: s.note, urlNote: s.urlNote }, s.id).toEqual(s);
      // A translated publisher is marked as Spanish; one left as its name keeps the source's language.
      expect(publisherLanguage, s.id).toBe(t.publisher === s.publisher ? undefined : 'es');
      // A title is translated exactly when we wrote it (the stored copy has none), and is then marked Spanish.
      expect({ translated: t.title !== s.title, titleLanguage }, s.id).toEqual(isDescribedTitle(s.title) ? { translated: true, titleLanguage: 'es' } : { translated: false, titleLanguage: undefined });
      for (const f of ['note', 'urlNote'] as const) {
        if (s[f] === undefined) expect(t[f], `${s.id} ${f}`).toBeUndefined();
        else if (t[f] === s[f]) untranslated.push(`${s.id} ${f}`);
      }
    }
    expect(untranslated).toEqual([]);
  });

  it('reads as Spanish: known notes, and no English function words left in any note', () => {
    expect(byId.get('upi-2022-853')!.note).toBe('Cita a CBS News.');
    expect(byId.get('sdut-2006-472')!.urlNote).toBe('No verificamos ninguna URL original; lo leímos en una copia archivada.');
    expect(byId.get('verge-2024-895')!.note).toBe('Informa la cifra final de la CBP para el año fiscal 2022, 895, un aumento del 57 por ciento.');
    // Names of outlets that hold an English function word ("The New York Times") are removed first.
    const names = [...new Set(en.map((s) => s.publisher)), 'The New York Times', 'The Washington Post', 'The Federal Newswire', 'The Record'].sort((a, b) => b.length - a.length);
    const english = /\b(the|and|of|with|which|from|for|that|is|are|was|were|has|by|to|on|at|not)\b/;
    const left = es.flatMap((s) => [s.note, s.urlNote].filter((n): n is string => !!n).map((n) => [s.id, names.reduce((text, name) => text.split(name).join(' '), n)] as const)).filter(([, n]) => english.test(n.replace(/\S+\.(com|org|gov|news|report|info|co\.uk|ph)\S*/g, ' ')));
    expect(left).toEqual([]);
  });

  it('translates the titles we described, and only those', () => {
    expect(en.filter((s) => isDescribedTitle(s.title)).map((s) => s.id)).toHaveLength(12);
    expect(byId.get('ap-2005-border-deaths')!.title).toBe('Nota sobre el récord de muertes en la frontera en el año fiscal 2005 (título no disponible en la copia consultada)');
    expect(byId.get('dhs-pia-076-cbp-one')!.title).toMatch(/^Evaluación de impacto en la privacidad DHS\/CBP\/PIA-076 \(.*título completo no disponible en la copia consultada\)$/);
    expect(es.filter((s) => s.titleLanguage).every((s) => / no disponible en la copia consultada\)$/.test(s.title))).toBe(true);
  });

  it('translates the publishers that carry our description, and leaves the names as they are', () => {
    expect(byId.get('infobae-ep-2025-10-44th')!.publisher).toBe('Europa Press (publicado por Infobae)');
    expect(byId.get('mexico724-2022-decree')!.publisher).toBe('Medio original desconocido (recopilado por Mexico 724)');
    expect(byId.get('mestios-2025-honduras')!.publisher).toBe('Mestios (agregador de noticias)');
    expect(byId.get('smallcap-2024-cbp-one-geolocation')!.publisher).toBe('Medio original no identificado (copia republicada en Small Cap News)');
    expect(byId.get('mijente-2021-border-surveillance')!.publisher).toBe('Mijente, Just Futures Law y No Border Wall Coalition (Rio Grande Valley)');
    expect(es.filter((s) => s.publisherLanguage).map((s) => s.id)).toEqual(['mestios-2025-honduras', 'mijente-2021-border-surveillance', 'smallcap-2024-cbp-one-geolocation', 'timenews-2024-cbp-one-photo', 'pledgetimes-2024-cbp-one-south', 'mexico724-2022-decree', 'infobae-ep-2025-10-44th']);
    expect(byId.get('gao-24-107051')!.publisher).toBe('U.S. Government Accountability Office');
    expect(byId.get('elfaro-2023-cross-border')!.publisher).toBe('El Faro');
  });

  it('leaves the English registry in English', () => {
    expect(en.find((s) => s.id === 'upi-2022-853')!.note).toBe('Cites CBS News.');
    expect(en.find((s) => s.id === 'infobae-ep-2025-10-44th')!.publisher).toBe('Europa Press (published by Infobae)');
  });
});

describe('a broken translation', () => {
  const saved = process.env.SB_DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.SB_DATA_DIR;
    else process.env.SB_DATA_DIR = saved;
  });
  it('fails the loader with a message naming the file under SB_DATA_DIR, the record and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-i18n-'));
    cpSync('data', dir, { recursive: true });
    const file = join(dir, 'i18n/es/glossary.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.terms['title-42'].definition = 'Una norma de salud pública usada de marzo de 2021 a mayo de 2023.';
    writeFileSync(file, JSON.stringify(json));
    process.env.SB_DATA_DIR = dir;
    expect(() => loadGlossary(undefined, 'es')).toThrow(`${dir}/i18n/es/glossary.json: term "title-42", field "definition": received "Una norma de salud pública usada de marzo de 2021 a mayo de 2023."; expected the numbers of the English text unchanged (2020, 2023, 19); missing 2020, 19; not in the English 2021.`);
    expect(() => loadGlossary()).not.toThrow();
  });
});
