/**
 * The Spanish edition (/es/) and moving between editions: each mechanism once per kind of page.
 * The offer of the other edition (pages' languages and hreflang pairs: tests/dist/editions.test.ts), the switch that keeps the view (a story step, a
 * chart's ?step=), `?lang=es` on an English embed, every scrolly step on /es/, axe, and the
 * story with JavaScript off.
 */
import { test, expect, axeViolations } from './guard';
import { CHART_STATES } from '../../src/lib/charts/registry';
import { readThrough, scrollToStep, scrollies } from './scrolly';

test.describe('the Spanish edition', () => {
  // Every page's language and its hreflang twins, both ways, are read from the build
  // (tests/dist/editions.test.ts); here, what the reader sees.
  test('the English story offers the Spanish edition near the top, and nothing redirects by the browser’s language', async ({ openPage, baseURL }) => {
    const page = await openPage({ locale: 'es-MX' });
    const response = await page.goto(baseURL + '/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(baseURL + '/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const offer = page.locator('a[data-lang-switch]');
    await expect(offer).toHaveText('Leer en español');
    await expect(offer).toHaveAttribute('lang', 'es');
    await expect(offer).toHaveAttribute('hreflang', 'es');
    await expect(offer).toBeInViewport();
  });

  test('the switch lands on the same story step, and back', async ({ page }) => {
    await page.goto('/');
    const state = CHART_STATES.deaths![2]!.id;
    // The scrolly hydrates as it comes into view; then a step is activated by scrolling to it.
    await scrollToStep(page, 'deaths', 0);
    await expect(page.locator('[data-scrolly="deaths"] [data-step="0"]')).toHaveAttribute('aria-current', 'step');
    await scrollToStep(page, 'deaths', 2);
    await expect(page.locator('[data-scrolly="deaths"] [data-step="2"]')).toHaveAttribute('aria-current', 'step');
    // A reader pauses on the step, then goes up to the switch (Playwright scrolls it into view).
    await page.waitForTimeout(300);
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/es/#deaths-${state}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator(`#deaths-${state}`)).toHaveAttribute('aria-current', 'step');
    await page.waitForTimeout(300);
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(new RegExp(`/#deaths-${state}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the switch lands on the same page, both ways (data, answer key, glossary)', async ({ page }) => {
    for (const path of ['/data/', '/teach/key/', '/glossary/']) {
      await page.goto(path);
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL(`**/es${path}`);
      expect(new URL(page.url()).pathname, path).toBe(`/es${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await page.locator('a[data-lang-switch]').click();
      await page.waitForURL((url) => url.pathname === path);
      expect(new URL(page.url()).pathname, path).toBe(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  });

  test('the switch keeps a chart page\'s view', async ({ page }) => {
    const states = CHART_STATES.deaths!;
    await page.goto('/es/charts/deaths/');
    // Its view buttons work once the chart has hydrated (before, they are the server's markup).
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('astro-island[ssr]').length)).toBe(0);
    await page.locator(`[data-view="${states[3]!.id}"]`).click();
    await expect(page).toHaveURL(/[?&]step=4\b/);
    await page.locator('a[data-lang-switch]').click();
    await expect(page).toHaveURL(/\/charts\/deaths\/\?step=4$/);
    expect(new URL(page.url()).pathname).toBe('/charts/deaths/');
    await expect(page.locator('main [data-chart="deaths"]').first()).toHaveAttribute('data-state', states[3]!.id);
    // The Spanish page's embed code embeds the Spanish chart.
    await page.goto('/es/charts/deaths/');
    await expect(page.locator('[data-embed-code]')).toContainText('/es/embed/deaths/');
  });

  test('?lang=es on an English embed ends on the Spanish embed, keeping its other options', async ({ page }) => {
    await page.goto('/embed/deaths/?lang=es&step=2&title=0');
    await expect(page).toHaveURL(/\/es\/embed\/deaths\/\?step=2&title=0$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', CHART_STATES.deaths![1]!.id);
    await expect(page.locator('.embed-title')).toBeHidden();
  });

  test('scrolling through /es/ activates every step of every scrolly', async ({ page }) => {
    await page.goto('/es/');
    const ids = await scrollies(page);
    expect(ids.length).toBe(Object.keys(CHART_STATES).length);
    for (const id of ids) {
      const root = page.locator(`[data-scrolly="${id}"]`);
      const states = CHART_STATES[id]!;
      await expect(root.locator('[data-step]')).toHaveCount(states.length);
      for (let i = 0; i < states.length; i++) {
        await scrollToStep(page, id, i);
        await expect(root.locator(`[data-step="${i}"]`)).toHaveAttribute('aria-current', 'step');
        await expect(root.locator('[data-state]').first()).toHaveAttribute('data-state', states[i]!.id);
      }
    }
  });

  // Every rule, in light. The dark pass reads only colours (guard.ts), which /es/ takes from the
  // same stylesheet and components as /; story.spec.ts reads them in dark on /.
  test('/es/ has zero axe violations', async ({ page }) => {
    // axe over the whole story takes most of a minute on the shared test machine.
    test.setTimeout(120_000);
    await page.goto('/es/');
    await readThrough(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a Spanish chart page has zero axe violations, its data table open', async ({ page }) => {
    await page.goto('/es/charts/cbp-one/');
    await expect(page.locator('[data-figure="cbp-one"] [role="slider"]').first()).toBeAttached();
    await page.locator('[data-figure="cbp-one"] details summary').first().click();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('printing /es/ with JavaScript on unrolls every step as its Spanish figure image', async ({ page }) => {
    await page.goto('/es/', { waitUntil: 'networkidle' });
    const steps = await page.locator('[data-step]').count();
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const imgs = page.locator('.step-figure img.step-img');
    await expect(imgs).toHaveCount(steps);
    expect(await imgs.evaluateAll((is) => is.filter((i) => !i.getAttribute('src')!.startsWith('/images/steps/es/')).length)).toBe(0);
    await expect.poll(() => imgs.evaluateAll((is) => is.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 30_000 }).toBe(true);
  });

  test('with JavaScript off, /es/ is complete: every step has its own Spanish figure image', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + '/es/');
    const steps = await page.locator('[data-step]').count();
    expect(steps).toBeGreaterThan(0);
    const imgs = page.locator('.step-figure img.step-img');
    await expect(imgs).toHaveCount(steps);
    for (const img of await imgs.all()) {
      expect(await img.getAttribute('src')).toMatch(/^\/images\/steps\/es\//);
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      expect((await img.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(60);
    }
    await expect(page.locator('[data-figure-notes]')).toHaveCount((await scrollies(page)).length);
  });
});
