/**
 * Prose ↔ data drift: every number written in the story (src/content/**\/*.md and
 * .mdx) must be a value in data/*.json as the page's formatter writes it. What is
 * checked and what is ignored: src/lib/data/proseNumbers.ts (unit-tested on
 * fixture strings in tests/unit/proseNumbers.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDataFile, checkProse, emptyAllowed, formatFailure, type AllowedSet } from '../../src/lib/data/proseNumbers';
import type { Lang } from '../../src/lib/format/format';

const CONTENT = 'src/content';
const contentFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? contentFiles(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []))
    : [];
/** The language of a content file from its folder (src/content/es/… is Spanish). */
const langOf = (file: string): Lang => (/(^|\/)es(\/|$)/.test(file.slice(CONTENT.length)) ? 'es' : 'en');

const dataFiles = readdirSync('data').filter((f) => f.endsWith('.json')).sort();
const allowedFor = (lang: Lang): AllowedSet =>
  dataFiles.reduce((a, f) => addDataFile(a, `data/${f}`, JSON.parse(readFileSync(`data/${f}`, 'utf8')), lang), emptyAllowed());

describe('numbers in the story’s content files', () => {
  const files = contentFiles(CONTENT);
  const allowed = { en: allowedFor('en'), es: allowedFor('es') };

  it('allows the data’s own figures as the formatter writes them (853, 1,450-style grouping, FY2022, years)', () => {
    for (const form of ['853', '546', '895', 'FY2022', '2019', '704']) expect(allowed.en.forms.has(form), form).toBe(true);
    expect(allowed.en.forms.has('854')).toBe(false);
  });

  it(`every number written in ${files.length} content file(s) comes from data/`, () => {
    const failures = files.flatMap((file) => {
      const lang = langOf(file);
      return checkProse(file, readFileSync(file, 'utf8'), allowed[lang]).map((f) => formatFailure(f, lang));
    });
    expect(failures).toEqual([]);
  });
});
