/**
 * Issue 11's budgets for every embed page of every edition, read from the build.
 *
 * JavaScript: at most 25 KB gzip,
 * counted from the built files as `npm run bench` counts a page (KB of 1,024 bytes, gzip level 9):
 * each script file gzipped alone, plus the page's inline scripts gzipped together (JSON data
 * blocks are not scripts). Which files a page runs is read from the page and the files
 * themselves, not from a browser: its `<script src>`, any script path its inline scripts name
 * (the embed's loader imports its bundle: embedIsland.ts), its islands' component and renderer
 * URLs, and every module those import,
 * statically or dynamically, followed to the end. A page that names a file the build does not
 * have fails. tests/e2e/embed.spec.ts checks in a browser, on /embed/deaths/, that the browser
 * loads no script this count misses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { EMBED_CHARTS, embedPath } from '../../src/lib/embed/registry';
import { EDITIONS, editionPath } from '../../src/lib/i18n/editions';
import { DIST, distPages, pageScripts } from './dist';

const BUDGET_KB = 25;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(2);

const pages = EDITIONS.flatMap((lang) => EMBED_CHARTS.map(({ id }) => editionPath(embedPath(id), lang)));

describe(`every embed page ships at most ${BUDGET_KB} KB of gzip JavaScript`, () => {
  it('covers the seven charts in both editions', () => {
    expect(pages).toHaveLength(EMBED_CHARTS.length * EDITIONS.length);
    expect(pages).toContain('/es/embed/databases/');
  });

  it.each(pages)('%s', (path) => {
    const { files, inline } = pageScripts(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
    // One bundle of its own (embedBundles.ts), none of the site's shared chunks.
    expect(files).toEqual([expect.stringMatching(/^\/_astro\/embed-[a-z]+\.[\w-]+\.js$/)]);
    const bytes = files.reduce((n, f) => n + gz(readFileSync(join(DIST, f))), 0) + gz(inline);
    console.log(`${path}: ${kb(bytes)} KB of gzip JavaScript (${files.map((f) => `${posix.basename(f)} ${kb(gz(readFileSync(join(DIST, f))))}`).join(', ')}; inline ${kb(gz(inline))})`);
    expect(bytes).toBeLessThanOrEqual(BUDGET_KB * 1024);
  });

  it('counts what a page imports, statically and dynamically, and fails on a file the build lacks', () => {
    const bundle = pageScripts(readFileSync(join(DIST, 'embed/deaths/index.html'), 'utf8')).files[0]!;
    const page = `<script>import(${JSON.stringify(bundle)})</script><script type="application/json">{"not":"js"}</script><script src="/nowhere.js"></script>`;
    expect(() => pageScripts(page)).toThrow('/nowhere.js is named by the page but is not in the build');
    const counted = pageScripts(page.replace('<script src="/nowhere.js"></script>', ''));
    expect(counted).toEqual({ files: [bundle], inline: `import(${JSON.stringify(bundle)})` });
  });
});

// Every embed page, interactive or static (/embed/<id>/static/<state>/), in every edition.
const embedPages = distPages().filter(({ path }) => /^\/(\w+\/)?embed\//.test(path));

describe('every embed page, interactive or static, in every edition', () => {
  it('is one of the 14 embeds or one of their static views', () => {
    expect(embedPages.length).toBeGreaterThan(pages.length);
    expect(embedPages.filter(({ path }) => pages.includes(path)).map(({ path }) => path).sort()).toEqual([...pages].sort());
  });

  it('has at most 20 KB of gzip HTML', () => {
    const over = embedPages.map(({ file, path }) => [path, gz(readFileSync(file))] as const).filter(([, n]) => n > 20 * 1024);
    expect(over).toEqual([]);
  });

  it('opens every link outside the frame (target="_blank" rel="noopener")', () => {
    const inFrame = embedPages.flatMap(({ file, path }) => {
      const $ = load(readFileSync(file, 'utf8'));
      return $('a[href]').toArray().filter((a) => $(a).attr('target') !== '_blank' || !/\bnoopener\b/.test($(a).attr('rel') ?? '')).map((a) => `${path}: ${$.html(a).slice(0, 80)}`);
    });
    expect(inFrame).toEqual([]);
  });
});
