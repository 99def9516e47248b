/**
 * The Content-Security-Policy in the browser. The test server applies the build's _headers
 * and every page carries its own hashed policy, so these pages run exactly as published:
 * reading the whole story (every scrolly hydrated, printed), every chart page with its embed
 * panel open, and every embed, each raises no `securitypolicyviolation`. A planted inline
 * script is refused (the check can fail), and framing follows _headers: the site's pages refuse
 * a frame on another origin, embeds accept it.
 */
import { createServer } from 'node:http';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { EMBED_CHARTS } from '../../src/lib/embed/registry';

declare global {
  interface Window {
    __violations: string[];
    __planted?: number;
  }
}

test.beforeEach(async ({ context }) => {
  // Runs before any page script (and is not itself subject to the page's policy).
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
});

const violations = (page: Page) => page.evaluate(() => window.__violations);
const hydrated = (page: Page) => expect.poll(() => page.evaluate(() => document.querySelectorAll('astro-island[ssr]').length), { timeout: 15_000 }).toBe(0);

test('reading and printing the whole story raises no violation', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 40));
    }
  });
  await hydrated(page);
  // Printing runs the layout's beforeprint unrolling (step figures, collapsed boxes).
  await page.pdf({ format: 'Letter' });
  await expect(page.locator('noscript.step-figure-src')).toHaveCount(0);
  expect(await violations(page)).toEqual([]);
});

test('every chart page, with its embed panel open, and every embed raise no violation', async ({ page }) => {
  for (const { id } of EMBED_CHARTS) {
    await page.goto(`/charts/${id}/`);
    await hydrated(page);
    await page.locator('[data-embed-panel] summary').first().click();
    await expect(page.locator('[data-embed-panel] [data-embed-code]').first()).toBeVisible();
    expect(await violations(page), `/charts/${id}/`).toEqual([]);
    await page.goto(`/embed/${id}/`);
    await hydrated(page);
    expect(await violations(page), `/embed/${id}/`).toEqual([]);
  }
});

test('a planted inline script is refused and reported (the policy bites)', async ({ page, guard }) => {
  await page.route('**/charts/deaths/', async (route) => {
    const res = await route.fetch();
    const html = (await res.text()).replace('</head>', '<script>window.__planted = 1</script></head>');
    await route.fulfill({ response: res, body: html });
  });
  await page.goto('/charts/deaths/');
  await hydrated(page);
  expect(await page.evaluate(() => window.__planted)).toBeUndefined();
  expect(await violations(page)).toEqual(['script-src-elem inline ']);
  // Chromium also says so in the console; the guard would fail the test on it, as on any error.
  expect(guard.errors).toEqual([expect.stringMatching(/^Executing inline script violates the following Content Security Policy directive 'script-src 'self' 'sha256-/)]);
  guard.errors.length = 0;
});

test.describe('framing on another origin', () => {
  const HOST_PORT = Number(process.env.E2E_PORT ?? 4329) + 111 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
  const HOST = `http://localhost:${HOST_PORT}`;
  let body = '';
  const server = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Host</title>${body}`));
  test.use({ alsoAllowedOrigins: [HOST] });
  test.beforeAll(() => new Promise<void>((resolve) => void server.listen(HOST_PORT, '127.0.0.1', resolve)));
  test.afterAll(() => new Promise<void>((resolve) => void server.close(() => resolve())));

  test('an embed loads in another site’s page; a chart page is refused', async ({ page, baseURL, guard }) => {
    body = `<iframe id="embed" title="Embed" src="${baseURL}/embed/deaths/"></iframe><iframe id="page" title="Page" src="${baseURL}/charts/deaths/"></iframe>`;
    await page.goto(`${HOST}/article`);
    const embed = (await page.locator('#embed').elementHandle())!;
    await expect.poll(async () => (await embed.contentFrame())?.locator('[data-chart="deaths"]').count()).toBe(1);
    const framed = (await page.locator('#page').elementHandle())!;
    await expect.poll(async () => guard.errors.length).toBe(1);
    expect(guard.errors[0]).toMatch(/^Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors 'none'". The request has been blocked./);
    // Chromium shows its own error page in the refused frame, none of the chart page.
    const refused = (await framed.contentFrame())!;
    expect(refused.url()).toMatch(/^chrome-error:/);
    expect(await refused.locator('[data-chart]').count()).toBe(0);
    guard.errors.length = 0;
  });
});
