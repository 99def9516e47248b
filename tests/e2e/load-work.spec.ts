import { readFileSync } from 'node:fs';
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

// Counts every Intl object the page builds with options (the charts' formatters always pass
// some; the layout's idle warm-up passes none, and is counted apart), and every Number#toLocaleString.
function countIntl() {
  const built: string[] = ((window as unknown as { intlBuilt: string[] }).intlBuilt = []);
  const warmed: string[] = ((window as unknown as { intlWarmed: string[] }).intlWarmed = []);
  const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
  for (const name of ['NumberFormat', 'DateTimeFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Collator']) {
    intl[name] = new Proxy(intl[name]!, {
      construct(target, args) {
        (args.length > 1 ? built : warmed).push(`${name} ${JSON.stringify(args[1] ?? null)}`);
        return new target(...args);
      },
      apply(target, self, args) {
        built.push(name);
        return Reflect.apply(target, self, args);
      },
    });
  }
  const toLocale = Number.prototype.toLocaleString;
  Number.prototype.toLocaleString = function (this: number, ...args: Parameters<typeof toLocale>) {
    built.push('Number#toLocaleString');
    return toLocale.apply(this, args);
  };
}

const CHART_PAGES = ['deaths', 'route-map', 'agreements-map', 'tools', 'cbp-one', 'databases', 'el-salvador'];

test('a chart warms Intl up ahead of hydration exactly when it needs Intl to hydrate (data-intl)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.addInitScript(countIntl);
  for (const id of CHART_PAGES) {
    // One width: whether a chart needs Intl to hydrate depends on its data and strings, not on the screen.
    for (const width of [1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/charts/${id}/`);
      // Hydrated (Astro drops the island's `ssr` attribute), then the charts' upgrade task.
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await page.waitForTimeout(300);
      const { built, warmed } = await page.evaluate(() => ({ built: (window as unknown as { intlBuilt: string[] }).intlBuilt, warmed: (window as unknown as { intlWarmed: string[] }).intlWarmed }));
      const marked = (await page.locator('[data-intl]').count()) > 0;
      expect(marked, `/charts/${id}/ at ${width} px: figure marked data-intl, but its chart built ${JSON.stringify(built)}`).toBe(built.length > 0);
      expect(warmed.length > 0, `/charts/${id}/ at ${width} px: warmed Intl up`).toBe(marked);
    }
  }
  // The deaths chart prints plain counts only, written without Intl exactly as the server wrote them.
  await page.goto('/charts/deaths/', { waitUntil: 'networkidle' });
  await expect(page.locator('[data-figure="deaths"] .axis-y text').first()).toHaveText(/^\d{1,3}(,\d{3})*$/);
});

test('the story warms Intl up while idle after loading, before any chart that needs it hydrates', async ({ page }) => {
  await page.addInitScript(countIntl);
  await page.goto('/', { waitUntil: 'networkidle' });
  await expect.poll(() => page.evaluate(() => (window as unknown as { intlWarmed: string[] }).intlWarmed.length)).toBe(1);
  expect(await page.locator('[data-intl] astro-island').count(), 'figures marked data-intl').toBeGreaterThan(2);
  expect(await page.locator('[data-intl] astro-island:not([ssr])').count(), 'of them hydrated').toBe(0);
});
