/**
 * Embeds in other people's pages. A host page on ANOTHER origin (a second server, on its own
 * port, reached as localhost while the site is 127.0.0.1) embeds charts from the built site (baseURL) three ways:
 * the real pym.js Parent, Datawrapper's listener, and the snippet copied from a chart page's
 * [data-embed-code]. At host widths 320, 600 and 1,000 px, and after switching the view, the
 * iframe is as tall as the document inside it and nothing scrolls inside. Each mechanism is
 * tested once per kind of page; only cheap checks run for every chart.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import type { Frame, Page } from '@playwright/test';
import { test, expect, axeViolations } from './guard';
import { EMBED_CHARTS, EMBED_HEIGHTS_600, stateIds } from '../../src/lib/embed/registry';

// The host is a real server on another port (another origin), on loopback as the site is:
// Chromium lets no page outside loopback load from loopback.
let hostBody = '';
// One host port per Playwright worker (tests of this file may run in two workers at once).
const HOST_PORT = Number(process.env.E2E_PORT ?? 4329) + 101 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const HOST = `http://localhost:${HOST_PORT}`;
const hostServer = createServer((req, res) => {
  if (req.url === '/pym.v1.min.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title><style>body{margin:0 auto;max-width:1000px;padding:0 8px;font:16px sans-serif}</style></head><body><h1>A newsroom's article</h1>${hostBody}<p>After the chart.</p></body></html>`);
});
test.beforeAll(async () => {
  await new Promise<void>((resolve) => hostServer.listen(HOST_PORT, '127.0.0.1', resolve));
});
test.afterAll(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));
const require = createRequire(import.meta.url);
const PYM = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');
// Datawrapper's published listener, as newsrooms paste it.
const DATAWRAPPER = `!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();`;
const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;

// The host page is a second origin this spec serves itself: the guard allows it, and only it.
test.use({ alsoAllowedOrigins: [HOST] });

async function host(page: Page, body: string) {
  hostBody = body;
  await page.goto(`${HOST}/article`);
}

/** The embed's frame once its chart has hydrated. */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForSelector('[data-chart]');
  await expect.poll(() => frame.evaluate(() => document.querySelectorAll('astro-island[ssr]').length)).toBe(0);
  return frame;
}

/** Waits until the iframe's height equals its document's (±4 px), with no inner scrollbar. */
async function expectFitted(page: Page, frame: Frame, label: string) {
  // Polled together: a chart fitting itself to a new width may move both for a frame or two.
  await expect
    .poll(async () => {
      const outer = await page.locator('iframe').first().evaluate((f) => f.getBoundingClientRect().height);
      const inner = await frame.evaluate(() => ({
        height: document.documentElement.getBoundingClientRect().height,
        scrolls: document.documentElement.scrollHeight > innerHeight + 1 || document.documentElement.scrollWidth > innerWidth,
      }));
      return { fits: Math.abs(outer - inner.height) <= 4, scrolls: inner.scrolls };
    }, { message: `${label}: iframe height = document height (±4 px), nothing scrolls inside`, timeout: 10_000 })
    .toEqual({ fits: true, scrolls: false });
}

async function acrossWidths(page: Page, frame: Frame, kind: string) {
  for (const width of [320, 600, 1000]) {
    await page.setViewportSize({ width, height: 900 });
    await expectFitted(page, frame, `${kind} at ${width} px`);
  }
  // Another view changes the embed's height: the iframe follows.
  const last = stateIds('deaths').at(-1)!;
  await frame.locator(`[data-view="${last}"]`).click();
  await expect(frame.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', last);
  await expectFitted(page, frame, `${kind} after switching the view`);
  await page.setViewportSize({ width: 320, height: 900 });
  await expectFitted(page, frame, `${kind} after switching the view, at 320 px`);
}

test.describe('embeds in a page on another origin', () => {
  test('size themselves with the real pym.js Parent', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await host(page, `<div id="chart"></div><script src="/pym.v1.min.js"></script><script>new pym.Parent('chart', '${baseURL}/embed/deaths/', {});</script>`);
    const frame = await embedFrame(page);
    expect(new URL(frame.url()).searchParams.get('childId')).toBe('chart');
    await acrossWidths(page, frame, 'pym.js');
  });

  test("size themselves with Datawrapper's listener", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await host(page, `<iframe src="${baseURL}/embed/deaths/" title="Deaths" style="width:100%;border:0" height="300"></iframe><script>${DATAWRAPPER}</script>`);
    await acrossWidths(page, await embedFrame(page), 'Datawrapper');
  });

  test("the Spanish embed (?lang=es) sizes itself too, after swapping to /es/embed/", async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await host(page, `<iframe src="${baseURL}/embed/deaths/?lang=es" title="Muertes" style="width:100%;border:0" height="300"></iframe><script>${DATAWRAPPER}</script>`);
    const frame = await embedFrame(page);
    expect(new URL(frame.url()).pathname).toBe('/es/embed/deaths/');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('es');
    await acrossWidths(page, frame, 'Spanish, Datawrapper');
  });

  test('size themselves with the snippet copied from a chart page, and only their own iframe', async ({ page, baseURL, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/charts/deaths/');
    await page.locator('[data-embed-panel] summary').first().click();
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await page.locator('[data-embed-code]').textContent();
    expect(copied).toBe(shown);
    expect(copied).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"[^>]*width="100%"[^>]*height="\d+"/);
    expect(copied).toContain('/embed.js');
    expect(copied).toMatch(/<a href="[^"]*\/charts\/deaths\/">/);
    expect(copied).toMatch(/\/images\/deaths\/[\w-]+-light\.png/);
    // The snippet names the published site; here that site is the test server.
    const site = new URL(copied.match(/src="([^"]+)"/)![1]!).origin;
    const snippet = copied.replaceAll(site, baseURL!);
    await page.setViewportSize({ width: 1000, height: 900 });
    await host(page, `${snippet}<iframe id="other" title="Another embed" src="about:blank" height="123"></iframe>`);
    await acrossWidths(page, await embedFrame(page), 'our snippet');
    // The loader resized only the iframe whose window spoke.
    await expect(page.locator('#other')).toHaveAttribute('height', '123');
  });
});

test.describe('an embed page', () => {
  test('opens the view ?step= names and keeps the view in the URL', async ({ page }) => {
    const states = stateIds('deaths');
    await page.goto('/embed/deaths/?step=3');
    await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', states[2]!);
    await page.goto(`/embed/deaths/?step=${states[3]}`);
    await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', states[3]!);
    await page.locator(`[data-view="${states[1]}"]`).click();
    await expect(page).toHaveURL(/[?&]step=2\b/);
  });

  test('?theme= forces light or dark, ?title=0 hides the title', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/embed/deaths/?theme=dark&title=0');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(22, 22, 26)');
    await expect(page.locator('.embed-title')).toBeHidden();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/embed/deaths/?theme=light');
    // Light is transparent: a host page's background shows through; dark paints its own (above).
    expect(await bg()).toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await expect(page.locator('.embed-title')).toBeVisible();
    await page.goto('/embed/deaths/');
    expect(await bg(), 'auto, on a dark system').toBe('rgb(22, 22, 26)');
  });

  test('?static=1 opens a page that has no script at all and loads none', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/embed/deaths/?static=1&step=2');
    await expect(page).toHaveURL(/\/embed\/deaths\/static\/usbp-jump\/$/);
    await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', 'usbp-jump');
    expect(await page.locator('script').count()).toBe(0);
    expect(scripts).toEqual([]);
    const html = readFileSync(`dist/embed/deaths/static/usbp-jump/index.html`, 'utf8');
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
  });

  test('every link leaves the frame; figure, notes, source line, credit and data link are there', async ({ page }) => {
    for (const path of ['/embed/deaths/', '/embed/route-map/static/route/']) {
      await page.goto(path);
      await expect(page.locator('main figure[data-figure] .figure-notes .source-line')).toBeVisible();
      await expect(page.locator('.embed-credit a').first()).toHaveText('Smart Borders · CC BY 4.0');
      await expect(page.locator('.embed-credit a').first()).toHaveAttribute('href', /\/charts\/(deaths|route-map)\/$/);
      await expect(page.getByRole('link', { name: 'Get the data' })).toHaveAttribute('href', /\/data\//);
      const bad = await page.locator('a').evaluateAll((as) => as.filter((a) => a.getAttribute('target') !== '_blank' || !/noopener/.test(a.getAttribute('rel') ?? '')).map((a) => a.outerHTML.slice(0, 80)));
      expect(bad, path).toEqual([]);
      await expect(page.locator('header, nav, footer, .toc')).toHaveCount(0);
    }
  });

  test("the route map keeps its server-drawn land (the island's slot) as it hydrates and switches views", async ({ page }) => {
    const states = stateIds('route-map');
    await page.goto('/embed/route-map/');
    const land = page.locator('[data-figure="route-map"] astro-island astro-slot .land-layer path');
    const drawn = await land.count();
    expect(drawn).toBeGreaterThan(10);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.locator('astro-island')).not.toHaveAttribute('data-fault');
    await page.locator(`[data-view="${states.at(-1)}"]`).click();
    await expect(page.locator('[data-chart="route-map"]')).toHaveAttribute('data-state', states.at(-1)!);
    expect(await land.count()).toBe(drawn);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has zero axe violations inside a frame-less embed (${theme})`, async ({ page }) => {
      await page.goto(`/embed/deaths/?theme=${theme}`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('every embed fits 280 px without sideways scroll, and the snippet heights match the embeds at 600 px', async ({ page }) => {
    await page.setViewportSize({ width: 280, height: 800 });
    for (const { id } of EMBED_CHARTS) {
      await page.goto(`/embed/${id}/`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${id} at 280 px`).toBe(true);
    }
    await page.setViewportSize({ width: 600, height: 800 });
    for (const { id } of EMBED_CHARTS) {
      await page.goto(`/embed/${id}/`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), `${id} at 600 px`).toBe(true);
      const h = await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      expect(Math.abs(h - EMBED_HEIGHTS_600[id]!), `${id}: EMBED_HEIGHTS_600 (src/lib/embed/registry.ts) is ${EMBED_HEIGHTS_600[id]}, measured ${Math.round(h)}`).toBeLessThanOrEqual(24);
    }
  });

  test('stays within its budgets: JavaScript, HTML, loader', async ({ page }) => {
    // Which scripts the page asks for is noted synchronously; their bytes are read from dist/
    // (no response body awaited in a handler the test could outrun).
    const scripts = new Set<string>();
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
    });
    await page.goto('/embed/deaths/', { waitUntil: 'networkidle' });
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const listed = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script').map((e) => new URL(e.name).pathname));
    for (const path of listed) expect(scripts.has(path), `${path} was counted`).toBe(true);
    const inline = await page.locator('script:not([src])').evaluateAll((ss) => ss.map((s) => s.textContent ?? '').join(''));
    const js = [...scripts].reduce((n, path) => n + gz(readFileSync(`dist${path}`)), 0) + gz(inline);
    console.log(`/embed/deaths/: ${(js / 1024).toFixed(1)} KB of gzip JavaScript`);
    expect(js).toBeLessThanOrEqual(EMBED_JS_KB * 1024);
    const loader = gz(readFileSync('dist/embed.js'));
    console.log(`/embed.js: ${loader} B gzip`);
    expect(loader).toBeLessThanOrEqual(1536);
    const sizes = EMBED_CHARTS.map(({ id }) => [id, gz(readFileSync(`dist/embed/${id}/index.html`))] as const);
    console.log(sizes.map(([id, n]) => `${id} ${(n / 1024).toFixed(1)} KB`).join(', '));
    for (const [id, n] of sizes) expect(n, `/embed/${id}/ gzip HTML`).toBeLessThanOrEqual(20 * 1024);
  });
});

/**
 * Issue 11's budget: 25 KB. The deaths embed ships 23.1 KB: one bundle made for it after the
 * build (src/integrations/embedBundles.ts: the Svelte runtime shaken down to what this chart
 * runs, the chart, its helpers, and what hydrates its island, lib/embed/embedIsland.ts, 22.1 KB)
 * and its three inline scripts (options, loader, resize: 1.0 KB). Every embed of both editions
 * is held to the budget from the build in tests/dist/embeds.test.ts; this test checks, in a
 * browser, that what such a count reads from the page is all the browser loads.
 */
const EMBED_JS_KB = 25;

// Every embed's HTML is within the 20 KB gzip budget (route-map 17.5 KB in Spanish, the heaviest;
// all of them, static views included, in tests/dist/embeds.test.ts): each
// embed page keeps only the CSS of the chart it shows (pruneCss), and the two maps fetch their
// island props from a file (client:fetch-props) instead of carrying them in the HTML.

test.describe('links to any view', () => {
  test('a story step id opens the story with its chart in that state', async ({ page }) => {
    const state = stateIds('deaths')[3]!;
    await page.goto(`/#deaths-${state}`);
    await expect(page.locator(`[data-scrolly="deaths"] [data-state]`).first()).toHaveAttribute('data-state', state);
    await expect(page.locator(`#deaths-${state}`)).toHaveAttribute('aria-current', 'step');
    // The figure links to its chart page; the story has its social card.
    await expect(page.locator('[data-embed-panel="deaths"] a[href="/charts/deaths/"]')).toBeAttached();
    await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute('content', /\/images\/og\/story\.png$/);
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });

  test('a chart page keeps its view in the URL and copies a link to it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const states = stateIds('deaths');
    await page.goto('/charts/deaths/');
    // The view buttons act once their island has hydrated.
    await page.locator('[data-chart="deaths"]').scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.locator(`[data-view="${states[4]}"]`).click();
    await expect(page).toHaveURL(/\?step=5$/);
    await page.locator('[data-embed-panel] summary').first().click();
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    // Writing to the clipboard is asynchronous: wait for it rather than read once.
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/charts/deaths/?step=5`);
    await expect(page.locator('[data-embed-code]')).toContainText('/embed/deaths/?step=5"');
    await expect(page.locator('a[data-image-theme="dark"][data-image-ext="png"]')).toHaveAttribute('href', `/images/deaths/${states[4]}-dark.png`);
    await page.reload();
    await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', states[4]!);
    await expect(page.locator('head link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute('href', /\/oembed\/deaths\.json$/);
    await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });
});
