import { describe, expect, it } from 'vitest';
import { en, type UIKey } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { pickStrings, useTranslations } from '../../src/i18n';

/**
 * The Spanish dictionary against the English one. That every key exists in both is a type
 * error first (src/i18n/es.ts); these tests hold it at runtime too, and check what types
 * cannot: the placeholders, empty values, strings left in English, and the length rules.
 */
const keys = Object.keys(en) as UIKey[];
const esRecord: Record<string, string> = es;

/**
 * Keys whose Spanish is legitimately the same as the English. Every other key must differ,
 * so an untranslated string cannot slip through.
 */
const IDENTICAL = new Set<UIKey>([
  // The project's name, as credited in embeds, images and citations (CREDIT, CiteThis).
  'site.title',
  'story.title',
  // Only placeholders (a figure given as stated, a one-way flow), or nothing at all (an exact figure takes no qualifier).
  'databases.qualifier.as-stated',
  'agreements.flow.one-way',
  'tools.qualifier.exact',
  // Years.
  'agreements.state.wave-2019',
  'agreements.state.later',
  // Place names written the same in Spanish.
  'agreements.country.GTM',
  'agreements.country.SLV',
  'agreements.country.HND',
  'agreements.country.CRI',
  'route.label.gtm',
  'route.label.hnd',
  'route.label.slv',
  'route.label.nic',
  'route.label.california',
  'route.label.arizona',
  'route.label.texas',
  'route.label.sonora',
  'route.label.chihuahua',
  'route.label.tamaulipas',
  'route.label.chiapas',
  'route.label.tucson',
  'route.country.GTM',
  'route.country.HND',
  'route.country.SLV',
  'route.country.NIC',
  'route.country.CRI',
  'route.country.CUB',
  'route.table.total', // "Total" is Spanish too
  // Product and company names.
  'tools.switch.babel-x',
  'tools.switch.lexisnexis',
  'tools.switch.vigilant',
  'databases.hosting.short',
  // Acronyms Spanish-language media keep, and an organisation's own name they do not translate.
  'databases.raiser.DHS',
  'databases.raiser.GAO',
  'databases.raiser.EFF',
  'databases.raiserLong.EFF',
  // File formats and sizes.
  'data.download.json',
  'data.download.csv',
  'data.typeUnit',
  'data.downloadSizes',
  // The same word in both languages.
  'agreements.dataShort.iris',
]);

/** Keys whose value is empty in both languages, by design. */
const EMPTY = new Set<UIKey>(['tools.qualifier.exact']);

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the Spanish dictionary', () => {
  it('has exactly the English keys', () => {
    expect(Object.keys(es).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s keeps the same placeholders, as many times', (key) => {
    expect(placeholders(esRecord[key]!)).toEqual(placeholders(en[key]));
  });

  it('leaves no value empty, except where English is empty by design', () => {
    expect(keys.filter((k) => !EMPTY.has(k) && !esRecord[k]!.trim())).toEqual([]);
    for (const k of EMPTY) expect(en[k]).toBe('');
  });

  it('translates every key outside the commented allow-list', () => {
    expect(keys.filter((k) => !IDENTICAL.has(k) && esRecord[k] === en[k])).toEqual([]);
  });

  it('lists in the allow-list only keys that exist and are in fact identical', () => {
    expect([...IDENTICAL].filter((k) => !(k in en) || esRecord[k] !== en[k])).toEqual([]);
  });

  it('never writes "billón" (a million millions) or "billion"', () => {
    expect(keys.filter((k) => /\bbill[oó]n/i.test(esRecord[k]!))).toEqual([]);
  });

  it('keeps source-attribution and caveat wording ("no figure found" → "no encontramos ninguna cifra")', () => {
    expect(es['figure.noFigure']).toBe('no encontramos ninguna cifra');
    for (const k of keys.filter((k) => /not found|no figure/i.test(en[k]) && !k.endsWith('.missing') && !k.endsWith('.noCoords') && !k.startsWith('notFound.')))
      expect(esRecord[k], k).toMatch(/encontr|hallamos/);
  });
});

describe('Spanish lengths', () => {
  const captions = keys.filter((k) => k.endsWith('.caption'));

  it.each(captions)('%s is at most 40 words, as in English', (key) => {
    expect(words(esRecord[key]!)).toBeLessThanOrEqual(40);
  });

  // Descriptions (SVG <desc>, alt text): no longer than 40 words or than the English plus a tenth.
  it.each(keys.filter((k) => /\.desc(\.|$)/.test(k)))('%s is no longer than the English allows', (key) => {
    expect(words(esRecord[key]!)).toBeLessThanOrEqual(Math.max(40, Math.ceil(words(en[key]) * 1.1)));
  });

  it.each(captions)('%s expands every acronym it uses, in Spanish (a caption travels alone)', (key) => {
    const ACRONYMS: Record<string, string> = {
      DHS: 'Departamento de Seguridad Nacional',
      OIM: 'Organización Internacional para las Migraciones',
      GAO: 'Oficina de Rendición de Cuentas del Gobierno',
      EFF: 'Electronic Frontier Foundation',
    };
    for (const [acronym, name] of Object.entries(ACRONYMS)) if (new RegExp(`\\b${acronym}\\b`).test(esRecord[key]!)) expect(esRecord[key], acronym).toContain(name);
  });

  // Labels placed in SVG at 320 px: a Spanish label may run a little longer than the English, not much.
  const svgLabels = keys.filter((k) =>
    /^(route\.label|agreements\.dataShort|agreements\.state|agreements\.callout|cbpone\.regions\.(allowed|blocked)|cbpone\.legend|cbpone\.demand\.(slots|people)|cbpone\.since|databases\.(axis|schedule)|databases\.legend\.(vendor|range)|elsalvador\.(decree|short)|tools\.(category|heading|owner))\b/.test(k),
  );
  it.each(svgLabels)('%s stays short enough for a 320 px chart', (key) => {
    expect(svgLabels.length).toBeGreaterThan(30);
    expect(esRecord[key]!.length).toBeLessThanOrEqual(Math.max(en[key].length + 6, Math.ceil(en[key].length * 1.35)));
  });
});

describe('useTranslations in Spanish', () => {
  const t = useTranslations('es');

  it('reads the Spanish dictionary and fills its placeholders', () => {
    expect(t('embed.view', { n: 2, total: 4 })).toBe('Vista 2 de 4');
    expect(t('figure.noFigure')).toBe('no encontramos ninguna cifra');
  });

  it('answers every key in Spanish, with nothing falling back to English', () => {
    expect(keys.filter((k) => t(k) !== esRecord[k])).toEqual([]);
  });

  it('gives an island its strings in Spanish', () => {
    const strings = pickStrings('es', ['deaths.']);
    expect(strings['deaths.axis.year.usbp']).toBe('Año fiscal');
    expect(Object.keys(strings).length).toBe(keys.filter((k) => k.startsWith('deaths.')).length);
  });
});
