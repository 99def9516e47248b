import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';

// What a page makes the browser do while it loads. Lighthouse's performance score on a
// mid-range phone hangs on two costs measured in the deaths chart's hydration: compiling each
// function on its first call, and Intl's first formatter (25–30 ms of locale data here).

test('every sizeable script the story loads asks for eager compilation (astro.config.mjs)', async ({ page }) => {
  // Which scripts the page asked for (a synchronous listener misses none); their code is read
  // from the build in dist/, not from response bodies awaited where the test never waits for them.
  const scripts = new Map<string, string>();
  page.on('request', (req) => {
    const { pathname } = new URL(req.url());
    if (pathname.startsWith('/_astro/') && pathname.endsWith('.js')) scripts.set(pathname, readFileSync(new URL('../../dist' + pathname, import.meta.url), 'utf8'));
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  // Every island's code was seen (the story's charts are one bundle: storyBundle.ts).
  const islands = await page.locator('astro-island').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('component-url')!))]);
  expect(islands.length).toBeGreaterThan(0);
  for (const url of islands) expect([...scripts.keys()], `${url} was loaded`).toContain(url);
  // Chunks of under 2 KB before minification skip the hint; anything over 4 KB minified must have it.
  const large = [...scripts].filter(([, code]) => code.length > 4096);
  expect(large.map(([url]) => url)).toEqual(expect.arrayContaining(islands));
  const without = large.filter(([, code]) => !code.startsWith('//# allFunctionsCalledOnLoad\n')).map(([url]) => url);
  expect(without, 'scripts over 4 KB without the compile hint').toEqual([]);
});

// Counts every Intl object the page builds and every Number#toLocaleString: none should be,
// while a page loads, its charts hydrate, or a chart changes view (src/lib/format/format.ts).
function countIntl() {
  const built: string[] = ((window as unknown as { intlBuilt: string[] }).intlBuilt = []);
  const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator']) {
    intl[name] = new Proxy(intl[name]!, {
      construct(target, args) {
        built.push(`${name} ${JSON.stringify(args[1] ?? null)}`);
        return new target(...args);
      },
      apply(target, self, args) {
        built.push(name);
        return Reflect.apply(target, self, args);
      },
    });
  }
  const toLocale = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function (this: number, ...args: []) {
    built.push('Number#toLocaleString');
    return toLocale.apply(this, args);
  };
}

const CHART_PAGES = ['deaths', 'route-map', 'agreements-map', 'tools', 'cbp-one', 'databases', 'el-salvador'];
const built = (page: Page) => page.evaluate(() => (window as unknown as { intlBuilt: string[] }).intlBuilt);

test('no chart builds an Intl object as it loads, hydrates or changes view, in either language', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(countIntl);
  // Each chart page, then the Spanish editions of the two charts that print dates and compact numbers.
  for (const path of [...CHART_PAGES.map((id) => `/charts/${id}/`), '/es/charts/cbp-one/', '/es/charts/databases/']) {
    await page.goto(path);
    // Hydrated (Astro drops the island's `ssr` attribute), then every view in turn.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const views = page.locator('main [data-view]');
    for (let i = 0; i < (await views.count()); i++) await views.nth(i).click();
    await page.waitForTimeout(200);
    expect(await built(page), path).toEqual([]);
  }
  // The counter itself counts: an Intl object the page builds is seen.
  expect(await page.evaluate(() => new Intl.NumberFormat('en').format(1))).toBe('1');
  expect(await built(page)).toHaveLength(1);
});

test('an embed builds no Intl object as it loads and hydrates', async ({ page }) => {
  await page.addInitScript(countIntl);
  await page.goto('/embed/el-salvador/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.waitForTimeout(200);
  expect(await built(page)).toEqual([]);
});
