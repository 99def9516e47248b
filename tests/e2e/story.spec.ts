import type { Page } from '@playwright/test';
import { test, expect, axeViolations, hasHorizontalScroll } from './guard';
import { CHART_STATES } from '../../src/lib/charts/registry';
import { readThrough, scrollToStep, scrollies } from './scrolly';

/** Every step image has loaded a drawing and says in words what it shows. */
async function expectDrawn(page: Page) {
  const imgs = page.locator('.step-figure img.step-img');
  for (const img of await imgs.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), { message: await img.getAttribute('src') ?? '' }).toBe(true);
    expect((await img.getAttribute('alt'))?.length ?? 0).toBeGreaterThan(60);
  }
}

test.describe('the story', () => {
  test('scrolling through every scrolly activates each step in order and changes the chart state', async ({ page }) => {
    await page.goto('/');
    const ids = await scrollies(page);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const root = page.locator(`[data-scrolly="${id}"]`);
      const steps = await root.locator('[data-step]').count();
      const states = CHART_STATES[id];
      expect(states, `chart "${id}" is registered in src/lib/charts/registry.ts`).toBeDefined();
      expect(steps, `scrolly "${id}" has one step per chart state`).toBe(states!.length);
      for (let i = 0; i < steps; i++) {
        await scrollToStep(page, id, i);
        await expect(root.locator(`[data-step="${i}"]`)).toHaveAttribute('aria-current', 'step');
        await expect(root.locator('[data-state]').first()).toHaveAttribute('data-state', states![i]!.id);
      }
    }
  });

  test('steps stay right after a fast jump to the end and a resize', async ({ page }) => {
    await page.goto('/');
    const [id] = await scrollies(page);
    const root = page.locator(`[data-scrolly="${id}"]`);
    const last = (await root.locator('[data-step]').count()) - 1;
    await scrollToStep(page, id!, 0);
    await expect(root.locator('[data-step="0"]')).toHaveAttribute('aria-current', 'step');
    await scrollToStep(page, id!, last);
    await expect(root.locator(`[data-step="${last}"]`)).toHaveAttribute('aria-current', 'step');
    await page.setViewportSize({ width: 375, height: 700 });
    await scrollToStep(page, id!, 1);
    await expect(root.locator('[data-step="1"]')).toHaveAttribute('aria-current', 'step');
    await expect(root.locator('[aria-current="step"]')).toHaveCount(1);
  });

  test('the keyboard reaches the skip link, the contents and skips a graphic', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(/Skip to main content/);
    const skip = page.locator('.skip-graphic').first();
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('id', /^after-/);
  });

  test('a step that receives keyboard focus becomes the active step', async ({ page }) => {
    await page.goto('/');
    const [id] = await scrollies(page);
    const step = page.locator(`[data-scrolly="${id}"] [data-step]:not([data-step="0"]):has(a)`).first();
    const n = await step.getAttribute('data-step');
    await step.locator('a').first().focus();
    await expect(page.locator(`[data-scrolly="${id}"] [data-step="${n}"]`)).toHaveAttribute('aria-current', 'step');
  });

  test('has zero axe violations in light and dark mode', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await readThrough(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  test('with JavaScript off every step has its complete figure and every chart its table', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + '/');
    const steps = await page.locator('[data-step]').count();
    expect(steps).toBeGreaterThan(0);
    // Each step's drawing is an image file with the drawing's full description as its text.
    await expect(page.locator('.step-figure img.step-img')).toHaveCount(steps);
    for (const fig of await page.locator('.step-figure').all()) await expect(fig).toBeVisible();
    await expectDrawn(page);
    const scrollyCount = (await scrollies(page)).length;
    await expect(page.locator('[data-figure-notes]')).toHaveCount(scrollyCount);
    for (const notes of await page.locator('[data-figure-notes]').all()) expect(await notes.locator('table').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  test('printing with JavaScript on unrolls every scrolly, hydrated or not, and the step maps draw their land', async ({ page, request }) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    const steps = await page.locator('[data-step]').count();
    await expect(page.locator('.step-figure')).toHaveCount(0);
    // Not one step image is fetched before printing.
    const fetched: string[] = [];
    page.on('request', (r) => void (r.url().includes('/images/steps/') && fetched.push(r.url())));
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
    // Printing from the top: no scrolly below the first screen has hydrated.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.step-figure img.step-img')).toHaveCount(steps);
    await expect(page.locator('noscript.step-figure-src')).toHaveCount(0);
    await expectDrawn(page);
    // The route map's step files carry the land they used to borrow from the sticky map.
    const svg = await (await request.get('/images/steps/route-map-0.svg')).text();
    expect(svg.match(/class="land[ "]/g)?.length ?? 0).toBeGreaterThan(5);
  });

  test('opens with the lede, then key takeaways and where things stand, then the contents; the official case is sourced', async ({ page }) => {
    await page.goto('/');
    const order = await page.evaluate(() => {
      const at = (sel: string) => {
        const el = document.querySelector(sel);
        return el ? [...document.querySelectorAll('section.story-section > .prose, aside[data-takeaways], aside[data-box="standing"], nav.toc')].indexOf(el) : -1;
      };
      return [at('#lede > .prose'), at('aside[data-takeaways]'), at('aside[data-box="standing"]'), at('nav.toc')];
    });
    expect(order).toEqual([0, 1, 2, 3]);
    const points = page.locator('aside[data-takeaways] li');
    expect(await points.count()).toBeGreaterThanOrEqual(4);
    for (const li of await points.all()) await expect(li.locator('a.cite').first()).toBeVisible();
    await expect(page.locator('aside[data-box="standing"] time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    const official = page.locator('#official-case li');
    expect(await official.count()).toBeGreaterThanOrEqual(4);
    for (const li of await official.all()) await expect(li.locator('a.cite')).toHaveAttribute('href', /^\/sources\/#src-/);
    // Its links resolve to a record on the sources page.
    const href = await official.first().locator('a.cite').getAttribute('href');
    await page.goto(href!);
    await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
  });

  test('has one title, not the site name twice', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Smart Borders: How surveillance technology follows people from Central America to the United States');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Smart Borders: How/);
  });

  test('"Why the numbers differ" is collapsed on screen and opens for print', async ({ page }) => {
    await page.goto('/');
    const box = page.locator('details.box-details').first();
    await expect(box.locator('summary')).toHaveText('Why the numbers differ');
    await expect(box).not.toHaveAttribute('open', '');
    await box.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('open', '');
    await page.keyboard.press('Enter');
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await expect(box).toHaveAttribute('open', '');
  });

  test('does not scroll sideways at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto('/');
    for (const id of await scrollies(page)) await scrollToStep(page, id, 0);
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  test('on a phone each sticky graphic leaves its own view switch and lists to the steps, and its chart fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    for (const id of await scrollies(page)) {
      await scrollToStep(page, id, 1);
      await expect(page.locator(`astro-island[ssr]:has([data-scrolly="${id}"])`)).toHaveCount(0);
      const graphic = page.locator(`[data-scrolly="${id}"] .scrolly-graphic`);
      for (const el of await graphic.locator(':is(.switch, .views, .flow-list)').all()) await expect(el).toBeHidden();
      // The chart itself, from the top of the stuck graphic to the bottom of its SVG, is on screen.
      const bottom = await graphic.evaluate((g) => g.querySelector('svg[role="img"]')!.getBoundingClientRect().bottom - g.getBoundingClientRect().top);
      expect(bottom, `${id}: chart bottom below the top of the sticky graphic`).toBeLessThanOrEqual(740);
    }
  });
});
