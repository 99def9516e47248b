/**
 * Code that runs in the browser must not import the merged dictionary
 * (src/i18n/index.ts, src/i18n/en.ts, src/i18n/en/*): it would ship every UI
 * string of the site with each island. Islands get their strings as a prop and
 * translate with src/i18n/translator.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

/** Every module specifier a file imports or re-exports (static or dynamic). */
export function specifiers(text: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  return [...text.matchAll(re)].map((m) => m[1]!);
}

/** True when a relative specifier from `file` resolves to the dictionary. */
export function isDictionary(file: string, spec: string): boolean {
  if (!spec.startsWith('.')) return false;
  const target = relative(join(root, 'src/i18n'), resolve(dirname(file), spec)).replace(/\\/g, '/').replace(/\.(ts|js)$/, '');
  return target === '' || target === 'index' || target === 'en' || target.startsWith('en/');
}

describe('island imports', () => {
  it('recognises every way of naming the dictionary, and only those', () => {
    const f = join(root, 'src/components/charts/X.svelte');
    expect(specifiers(`import { t } from '../../i18n';\nimport type { UIKey } from "../../i18n/index.ts";\nconst m = import('../../i18n/en');`))
      .toEqual(['../../i18n', '../../i18n/index.ts', '../../i18n/en']);
    for (const spec of ['../../i18n', '../../i18n/', '../../i18n/index', '../../i18n/en', '../../i18n/en.ts', '../../i18n/en/tools']) expect(isDictionary(f, spec), spec).toBe(true);
    for (const spec of ['../../i18n/translator', './marks/InfoTip.svelte', 'svelte', '../../lib/format/format']) expect(isDictionary(f, spec), spec).toBe(false);
  });

  it('no Svelte component imports the merged dictionary', () => {
    const files = filesUnder(join(root, 'src/components'), '.svelte');
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((f) => specifiers(readFileSync(f, 'utf8')).filter((s) => isDictionary(f, s)).map((s) => `${relative(root, f)} → ${s}`));
    expect(offenders).toEqual([]);
  });

  it('no chart module (shared by islands) imports the merged dictionary', () => {
    const files = filesUnder(join(root, 'src/lib/charts'), '.ts');
    const offenders = files.flatMap((f) => specifiers(readFileSync(f, 'utf8')).filter((s) => isDictionary(f, s)).map((s) => `${relative(root, f)} → ${s}`));
    expect(offenders).toEqual([]);
  });
});
