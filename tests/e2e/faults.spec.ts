import type { Page, Route } from '@playwright/test';
import { test, expect, type GuardState } from './guard';
import { CHART_STATES } from '../../src/lib/charts/registry';
import { embedChart, stateIds } from '../../src/lib/embed/registry';
import { scrollToStep, scrollies } from './scrolly';

// A chart island that fails keeps what the server rendered (README, "When a chart fails"). Each test
// plants a fault from outside the site, by rewriting or refusing what the server sends (no
// test-only switch ships), then declares the one report it expects: one console.error per
// failed chart, naming it. Refused requests also make the browser print its own
// "Failed to load resource" line, one per refused request, which the tests count too.

const FAULT = 'planted fault';
const EMBED_DEFAULT_DEATHS = embedChart('deaths').defaultStep;
const report = (chart: string) => `Chart "${chart}" failed; showing its static figure.`;
const network = (e: string) => e.startsWith('Failed to load resource: net::');

/**
 * Serves `component`'s chunk on a chart page (DeathsChart: the chart itself, not its island's
 * wrapper) with the component swapped for one that throws as it hydrates. Returns the chunks it
 * rewrote.
 */
async function plantThrow(page: Page, component: string) {
  const rewritten: string[] = [];
  await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js`), async (route) => {
    const response = await route.fetch();
    const code = await response.text();
    const body = code.replace(/export\{(\w+) as (\w+)\};?\s*$/, (_m, _local: string, name: string) => {
      rewritten.push(route.request().url());
      return `const planted=(a,p)=>{throw new Error(${JSON.stringify(FAULT)})};export{planted as ${name}};`;
    });
    await route.fulfill({ response, body });
  });
  return rewritten;
}

/**
 * The story's islands load one bundle (storyBundle.ts) exporting each scrolly wrapper by name.
 * Serves it with `DeathsScrolly` wrapped so that the deaths chart throws when it reads one of
 * its props — as it hydrates, or, given `laterThanStep`, once the deaths scrolly's active step
 * (its `data-active-step`) passes that step: inside the scrolly's error boundary, like a chart
 * with a bug. Returns the bundles it rewrote.
 */
async function plantThrowInStory(page: Page, laterThanStep?: number) {
  const rewritten: string[] = [];
  await page.route(/\/_astro\/story\.[\w-]+\.js/, async (route) => {
    const response = await route.fetch();
    const code = await response.text();
    const body = code.replace(/export\{([^}]*)\};?\s*$/, (all, list: string) => {
      const local = /(?:^|,)\s*([\w$]+) as DeathsScrolly\b/.exec(list)?.[1];
      if (!local) return all;
      rewritten.push(route.request().url());
      const armed =
        laterThanStep === undefined ? 'true' : `+(document.querySelector('[data-scrolly="deaths"]')?.dataset.activeStep??0)>${laterThanStep}`;
      const chart = `new Proxy(v,{get(c,n,s){if(${armed})throw new Error(${JSON.stringify(FAULT)});return Reflect.get(c,n,s)}})`;
      return `const planted=(a,p)=>${local}(a,new Proxy(p,{get(t,k,r){var v=Reflect.get(t,k,r);return k==='chart'?${chart}:v}}));export{${list.replace(new RegExp(`(^|,)\\s*${local.replace(/\$/g, '\\$')} as DeathsScrolly\\b`), '$1planted as DeathsScrolly')}};`;
    });
    await route.fulfill({ response, body });
  });
  return rewritten;
}

/** Serves the page at `path` with its deaths island's records replaced by null. Returns the pages it rewrote. */
async function plantBadProps(page: Page, path: string) {
  const rewritten: string[] = [];
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const body = html.replace('&quot;records&quot;:[1,[', '&quot;records&quot;:[0,null],&quot;unread&quot;:[1,[');
    if (body !== html) rewritten.push(route.request().url());
    await route.fulfill({ response, body });
  });
  return rewritten;
}

/** The island holding a scrolly. */
const islandOf = (page: Page, id: string) => page.locator(`astro-island:has([data-scrolly="${id}"])`);

/** Every step's text, across the story, as the server wrote it. */
const stepTexts = (page: Page) => page.locator('[data-step] > .step-text').allTextContents();

/** A failed scrolly still reads completely: its chart, its table, and every step with its text and its own static figure. */
async function expectStatic(page: Page, id: string, { drawn = true } = {}) {
  const island = islandOf(page, id);
  await expect(island).toHaveAttribute('data-fault', '');
  const graphic = page.locator(`[data-scrolly="${id}"] .scrolly-graphic svg[role="img"]`).first();
  await expect(graphic).toBeVisible();
  expect((await graphic.boundingBox())!.height, `${id}: the kept chart has a drawing`).toBeGreaterThan(100);
  expect(await page.locator(`.scrolly-block:has([data-scrolly="${id}"]) .figure-notes table tbody tr`).count(), `${id}: its table`).toBeGreaterThan(0);
  await expect(island.locator('noscript.step-figure-src')).toHaveCount(0);
  // Each step: its text, then its figure, on screen, an image whose text alternative is the figure's whole description.
  const steps = () =>
    island.locator('[data-step]').evaluateAll((els) =>
      els.map((step) => {
        const figure = step.querySelector(':scope > .step-figure');
        const img = figure?.querySelector<HTMLImageElement>('img.step-img');
        return {
          text: (step.querySelector(':scope > .step-text')?.textContent?.trim().length ?? 0) > 0,
          shown: !!figure?.checkVisibility() && figure.getBoundingClientRect().height > 0,
          alt: (img?.alt.length ?? 0) > 60,
          drawn: !!img && img.complete && img.naturalWidth > 0,
        };
      }),
    );
  const want = { text: true, shown: true, alt: true };
  const n = CHART_STATES[id]!.length;
  expect((await steps()).map(({ drawn: _, ...s }) => s), `${id}: its steps`).toEqual(Array(n).fill(want));
  if (drawn) {
    await expect.poll(async () => (await steps()).every((s) => s.drawn), { message: `${id}: its step figures are drawn` }).toBe(true);
  }
}

/** Another scrolly still hydrates and follows its steps. */
async function expectHydrates(page: Page, id: string) {
  await scrollToStep(page, id, 1);
  await expect(islandOf(page, id)).not.toHaveAttribute('ssr');
  await expect(page.locator(`[data-scrolly="${id}"] [data-step="1"]`)).toHaveAttribute('aria-current', 'step');
  await expect(islandOf(page, id)).not.toHaveAttribute('data-fault');
}

/**
 * The recorded console errors are the expected reports, one per chart, each carrying its
 * `cause`, and only them (the browser's lines for refused requests are counted apart); then
 * clears them for the guard.
 */
async function expectReported(guard: GuardState, charts: string[], { refused = 0, cause = FAULT } = {}) {
  await expect.poll(() => guard.errors.filter((e) => !network(e)).length).toBe(charts.length);
  const reports = guard.errors.filter((e) => !network(e));
  expect(reports.map((e) => e.slice(0, e.indexOf('.') + 1)).sort()).toEqual(charts.map(report).sort());
  for (const e of reports) expect(e).toContain(cause);
  expect(guard.errors.filter(network)).toHaveLength(refused);
  guard.errors.length = 0;
}

test.describe('a chart that fails', () => {
  test('throwing as it hydrates in the story keeps its figure, table and every step, each with its static figure; the others hydrate', async ({ page, guard }) => {
    const planted = await plantThrowInStory(page);
    await page.goto('/');
    const texts = await stepTexts(page);
    const ids = await scrollies(page);
    await scrollToStep(page, 'deaths', 0);
    await expectStatic(page, 'deaths');
    expect(planted).toHaveLength(1);
    expect(await stepTexts(page)).toEqual(texts);
    for (const id of ids.filter((i) => i !== 'deaths').slice(0, 2)) await expectHydrates(page, id);
    await expectReported(guard, ['deaths']);
    expect(await stepTexts(page)).toEqual(texts);
  });

  test('throwing later, at a step change, falls back the same way', async ({ page, guard }) => {
    const planted = await plantThrowInStory(page, 0);
    await page.goto('/');
    await scrollToStep(page, 'deaths', 0);
    await expect(islandOf(page, 'deaths')).not.toHaveAttribute('ssr');
    await scrollToStep(page, 'deaths', 2);
    await expectStatic(page, 'deaths');
    expect(planted).toHaveLength(1);
    await expectReported(guard, ['deaths']);
  });

  for (const kind of ['refused', 'throws as it loads'] as const) {
    test(`whose code ${kind === 'refused' ? 'fails to load' : 'throws as it loads'} keeps its figure and unrolls its steps`, async ({ page, guard }) => {
      // The story's charts are one file (storyBundle.ts): when it cannot run, every scrolly that
      // comes into view keeps its figure, as offline.
      let refused = 0;
      let last = Date.now();
      // Astro tries a failed chunk once more, a second later, under another query string.
      await page.route(/\/_astro\/story\.[\w-]+\.js/, async (route) => {
        last = Date.now();
        if (kind === 'refused') return void (refused++, route.abort());
        const response = await route.fetch();
        await route.fulfill({ response, body: `throw new Error(${JSON.stringify(FAULT)});${await response.text()}` });
      });
      await page.goto('/');
      const texts = await stepTexts(page);
      await scrollToStep(page, 'deaths', 0);
      await expectStatic(page, 'deaths');
      expect(await stepTexts(page)).toEqual(texts);
      const other = (await scrollies(page)).find((i) => i !== 'deaths')!;
      await scrollToStep(page, other, 0);
      await expectStatic(page, other);
      expect(await stepTexts(page)).toEqual(texts);
      await expect.poll(() => Date.now() - last, { timeout: 10_000 }).toBeGreaterThan(1500);
      const ids = await scrollies(page);
      const state = await Promise.all(ids.map((id) => islandOf(page, id).evaluate((e) => ({ fault: e.hasAttribute('data-fault'), ssr: e.hasAttribute('ssr') }))));
      // None hydrated (a hydrated island loses `ssr`); those that came into view are marked, and reported once each.
      expect(state.filter((st) => !st.ssr), 'scrollies that hydrated').toEqual([]);
      const reported = ids.filter((_, i) => state[i]!.fault);
      expect(reported).toEqual(expect.arrayContaining(['deaths', other]));
      await expectReported(guard, reported, { refused, cause: kind === 'refused' ? 'Failed to fetch dynamically imported module' : FAULT });
      if (kind === 'refused') expect(refused).toBeGreaterThanOrEqual(2);
    });
  }

  test('offline after the page loaded: every scrolly that had not hydrated keeps its figure and unrolls its steps', async ({ page, guard }) => {
    test.setTimeout(40_000);
    await page.goto('/', { waitUntil: 'networkidle' });
    const texts = await stepTexts(page);
    let refused = 0;
    let last = Date.now();
    page.on('requestfailed', () => {
      refused++;
      last = Date.now();
    });
    await page.context().setOffline(true);
    const ids = await scrollies(page);
    const hydrated = await Promise.all(ids.map((id) => islandOf(page, id).evaluate((e) => !e.hasAttribute('ssr'))));
    const failed = ids.filter((_, i) => !hydrated[i]);
    expect(failed.length, 'scrollies that had to load offline').toBeGreaterThan(0);
    // One at a time, as a reader scrolls: each island tries to load as it comes into view.
    for (const id of failed) {
      await scrollToStep(page, id, 0);
      await expect(islandOf(page, id)).toHaveAttribute('data-fault', '');
    }
    await Promise.all(failed.map((id) => expectStatic(page, id, { drawn: false })));
    for (const id of ids) await expect(page.locator(`[data-scrolly="${id}"] .scrolly-graphic svg[role="img"]`).first()).toBeVisible();
    expect(await stepTexts(page)).toEqual(texts);
    // Astro retries a chunk a second later: wait until the last refused request is that long ago.
    await expect.poll(() => Date.now() - last, { timeout: 10_000 }).toBeGreaterThan(1500);
    await expectReported(guard, failed, { refused, cause: 'Failed to fetch' });
  });

  for (const path of ['/charts/deaths/', '/embed/deaths/']) {
    test(`on ${path}, throwing as it hydrates keeps the figure and hides its dead view buttons`, async ({ page, guard }) => {
      // A chart page loads the chart's own chunk; an embed loads one bundle made for it
      // (embedBundles.ts), so there the fault is planted in its props: records the chart cannot read.
      const embed = path.startsWith('/embed/');
      const planted = embed ? await plantBadProps(page, path) : await plantThrow(page, 'DeathsChart');
      await page.goto(path);
      const island = page.locator('[data-figure="deaths"] astro-island');
      await expect(island).toHaveAttribute('data-fault', '');
      expect(planted).toHaveLength(1);
      const svg = page.locator('[data-figure="deaths"] svg[role="img"]').first();
      await expect(svg).toBeVisible();
      expect(await svg.locator('path.dot').count()).toBeGreaterThan(10);
      await expect(page.locator('[data-figure="deaths"] .chart-views')).toBeHidden();
      if (path.startsWith('/charts/')) expect(await page.locator('[data-figure="deaths"] table tbody tr').count()).toBe(24);
      await expectReported(guard, ['deaths'], { cause: embed ? 'TypeError' : FAULT });
    });
  }

  test('on /charts/deaths/, code that fails to load keeps the figure and hides its dead view buttons (Astro reports it once)', async ({ page, guard }) => {
    let refused = 0;
    await page.route(/\/_astro\/DeathsViews\.[\w-]+\.js/, (route) => void (refused++, route.abort()));
    await page.goto('/charts/deaths/');
    const island = page.locator('[data-figure="deaths"] astro-island');
    await expect(island).toHaveAttribute('data-fault', '', { timeout: 10_000 });
    await expect(page.locator('[data-figure="deaths"] svg[role="img"]').first()).toBeVisible();
    await expect(page.locator('[data-figure="deaths"] .chart-views')).toBeHidden();
    expect(refused).toBe(2);
    const reports = guard.errors.filter((e) => !network(e));
    expect(reports).toEqual([expect.stringMatching(/^\[astro-island\] Error hydrating \/_astro\/DeathsViews\./)]);
    expect(guard.errors.filter(network)).toHaveLength(2);
    guard.errors.length = 0;
  });

  test('on /embed/deaths/, a bundle that fails to load leaves the complete static figure and never shows a view button', async ({ page, guard }) => {
    // An embed loads one bundle of its own (embedBundles.ts), imported by its inline loader
    // (embedIsland.ts), which tries twice: the first request is refused at once, the second held
    // until the page has been seen with its chart not hydrated, then refused.
    let refused = 0;
    let retry: Route | undefined;
    await page.route(/\/_astro\/embed-deaths\.[\w-]+\.js/, (route) => {
      refused++;
      if (refused === 1) return void route.abort();
      retry = route;
    });
    await page.goto('/embed/deaths/');
    await expect.poll(() => refused).toBe(2);
    const views = page.locator('[data-figure="deaths"] .chart-views');
    const island = page.locator('[data-figure="deaths"] astro-island');
    // Not hydrated yet: the buttons keep their place, unseen.
    await expect(island).not.toHaveAttribute('data-fault');
    await expect(views).toBeAttached();
    expect(await views.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
    await retry!.abort();
    await expect(island).toHaveAttribute('data-fault', '');
    await expect(island).toHaveAttribute('ssr', '');
    // Then they are gone from the layout too.
    expect(await views.evaluate((el) => getComputedStyle(el).display)).toBe('none');
    await expect(page.getByRole('button')).toHaveCount(0);
    // The figure is complete as the server drew it: title, chart, notes, source line, credit, data link.
    await expect(page.locator('.embed-title')).toBeVisible();
    const svg = page.locator('[data-figure="deaths"] svg[role="img"]').first();
    await expect(svg).toBeVisible();
    expect(await svg.locator('path.dot').count()).toBeGreaterThan(10);
    await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', stateIds('deaths')[EMBED_DEFAULT_DEATHS]!);
    await expect(page.locator('main figure[data-figure] .figure-notes .source-line')).toBeVisible();
    await expect(page.locator('.embed-credit a').first()).toHaveText('Smart Borders · CC BY 4.0');
    await expect(page.getByRole('link', { name: 'Get the data' })).toBeVisible();
    expect(refused).toBe(2);
    const reports = guard.errors.filter((e) => !network(e));
    expect(reports).toEqual([expect.stringMatching(/^\[astro-island\] Error hydrating \/_astro\/embed-deaths\.[\w-]+\.js /)]);
    expect(guard.errors.filter(network)).toHaveLength(2);
    guard.errors.length = 0;
  });
});
