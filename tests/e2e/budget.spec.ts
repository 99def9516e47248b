import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';

// JavaScript budgets, counted as `npm run bench` counts them: every script the page loads once
// all its islands have hydrated, plus its inline scripts, gzip level 9. The browser only says
// which scripts it asked for (a synchronous listener, so none is missed); their bytes are read
// from the built files in dist/, which the server serves as they are — no response body is
// awaited in a handler the test could finish before.
const DIST = new URL('../../dist/', import.meta.url);
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

/** gzip bytes of one built file, by its URL path; throws when the page loaded a script the build does not have. */
function builtScriptBytes(pathname: string) {
  return gz(readFileSync(new URL('.' + pathname, DIST)));
}

async function scriptBytes(page: Page, path: string) {
  const scripts = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (req.resourceType() === 'script' || url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // What the page ran, by the browser's own account, must all be in the sum.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
  for (const p of loaded) expect([...scripts], `${p} was loaded but not counted`).toContain(p);
  expect(scripts.size, 'scripts counted').toBeGreaterThan(0);
  const inline = await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').evaluateAll((ss) => ss.map((s) => s.textContent ?? '').join(''));
  return [...scripts].reduce((n, p) => n + builtScriptBytes(p), 0) + (inline ? gz(inline) : 0);
}

for (const [path, kb] of [
  ['/charts/deaths/', 29], // the foundation's slice with the view buttons that keep ?step= in the URL (issue 11); 28.4 KB since the charts draw without d3-shape, +0.25 KB since a chart that throws keeps its figure (issue 14)
  // The story's charts load as one bundle (storyBundle.ts): 52.2 KB with the inline scripts, the
  // glossary popover, Cite this and the language switch; issue 15's target is 60. /es/ loads the
  // same files: tests/dist/story-scripts.test.ts holds both editions from the build, and this
  // reading proves that count misses nothing the browser loads.
  ['/', 55],
] as const) {
  test(`${path} ships at most ${kb} KB of gzip JavaScript`, async ({ page }) => {
    test.setTimeout(90_000);
    const bytes = await scriptBytes(page, path);
    console.log(`${path}: ${(bytes / 1024).toFixed(1)} KB of gzip JavaScript`);
    expect(bytes).toBeLessThanOrEqual(kb * 1024);
  });
}

// The story's page weight, counted from the built file as `npm run bench` counts it (KB of 1,024
// bytes, gzip level 9): the HTML a reader's browser parses before the second screen, and the
// island props left in it (the scrollies fetch theirs as they come into view: islandProps.ts).
// Both editions share src/components/pages/StoryPage.astro and issue 15's targets.
//
// A ratchet, not the goal: issue 15 aims at 350 KB raw and 70 KB gzip. The story reached 335 KB,
// then gained an embed panel under each of its seven figures (issue 11, ~21 KB), the takeaways,
// where-things-stand and official-case boxes (issue 10, ~9 KB) and the glossary links and
// citations (issue 12, ~17 KB). Lower these numbers as the page gets lighter; never raise them.
// 349.5 KB and 74.8 KB since the sticky route map's server-drawn dots became a file (<use>), the
// page keeps only the component CSS it uses and its drawings' coordinates are written to
// hundredths (images.ts); 341.9 KB and 74.2 KB since the print styles are a media=print file;
// 334.4 KB and 73.3 KB since scoped classes are "s-<index>" (svelte.config.js); 296 KB and
// 65.5 KB since the story's styles are one shared file (storyStyles.ts); 277.5 KB and 62.9 KB
// since the island runtime is a file too and a chart's later no-script step copies leave out the
// legend, key and notes its previous copy showed unchanged (stepSvg.ts). Both editions now meet
// issue 15's targets (350 KB raw, 70 KB gzip), the Spanish one with its longer text at 299.6 KB
// and 68.9 KB: the same budget holds both (issue 13), and each edition keeps its own ratchet
// below it.
for (const [path, file, rawKb, gzKb] of [
  ['/', 'dist/index.html', 285, 64],
  ['/es/', 'dist/es/index.html', 305, 70],
] as const) {
  test.describe(`the story page weight of ${path}`, () => {
    const html = readFileSync(file);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

    test(`its HTML is at most ${rawKb} KB raw and ${gzKb} KB gzip`, () => {
      const gz = gzipSync(html, { level: 9 }).length;
      console.log(`${path}: HTML ${kb(html.length)} raw, ${kb(gz)} gzip`);
      expect(html.length).toBeLessThanOrEqual(rawKb * 1024);
      expect(gz).toBeLessThanOrEqual(gzKb * 1024);
    });

    test('its island props are at most 40 KB, and no step figure is inlined', () => {
      const text = html.toString();
      const props = [...text.matchAll(/<astro-island\b[^>]*\sprops="([^"]*)"/g)].reduce((n, m) => n + m[1]!.length, 0);
      console.log(`${path}: island props ${kb(props)}`);
      expect(props).toBeLessThanOrEqual(40 * 1024);
      expect(text.match(/<noscript class="step-figure-src">[\s\S]*?<\/noscript>/g)?.filter((n) => n.includes('<svg') && /role="img"/.test(n)) ?? []).toEqual([]);
    });
  });
}
