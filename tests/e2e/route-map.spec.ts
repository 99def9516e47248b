import { test, expect, axeViolations, hasHorizontalScroll } from './guard';

const url = '/charts/route-map/';
const figure = '[data-figure="route-map"]';
const chart = '[data-chart="route-map"]';

async function hydrated(page: import('@playwright/test').Page) {
  await page.goto(url);
  await page.locator(chart).scrollIntoViewIfNeeded();
  await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
}

test.describe('route map', () => {
  test('is a complete SVG map in the HTML with JavaScript disabled', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + url);
    const svg = page.locator(`${figure} svg[role="img"]`);
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/died or went missing/);
    await expect(svg.locator('desc')).toContainText('dead and missing');
    expect(await svg.locator('circle.dot').count()).toBeGreaterThan(200);
    expect(await page.locator(`${figure} .land-layer path.land`).count()).toBe(10);
    await expect(page.locator(chart)).toHaveAttribute('data-state', 'route');
    await expect(page.locator(`${figure} .views`)).toBeHidden();
    expect(await page.locator(`${figure} table tbody tr`).count()).toBeGreaterThanOrEqual(5);
    await page.context().close();
  });

  test('hydrates when visible and moves through its four states, announcing each', async ({ page }) => {
    await hydrated(page);
    const root = page.locator(chart);
    // Hydrated, the dots are one path per style (data-marks counts each path's dots), every cell kept.
    await expect(root.locator('.dots circle')).toHaveCount(0);
    const marks = await root.locator('.dots path.dot').evaluateAll((ps) => ps.reduce((n, p) => n + Number(p.getAttribute('data-marks')), 0));
    expect(marks).toBeGreaterThan(200);
    await expect(root).toHaveAttribute('data-state', 'route');
    for (const [name, state, text] of [
      ['The border', 'border', 'border region'],
      ['The desert', 'desert', 'Sonoran Desert'],
      ['Year by year', 'years', '2014'],
      ['The route', 'route', 'from Central America'],
    ] as const) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect(root).toHaveAttribute('data-state', state);
      await expect(page.locator(`${figure} [aria-live]`)).toContainText(text);
    }
  });

  test('the year control is paused by default and steps through years by keyboard', async ({ page }) => {
    await hydrated(page);
    const root = page.locator(chart);
    await page.getByRole('button', { name: 'Year by year', exact: true }).click();
    await expect(root).toHaveAttribute('data-year', '2014');
    await page.waitForTimeout(1500);
    await expect(root).toHaveAttribute('data-year', '2014'); // no autoplay
    const next = page.getByRole('button', { name: 'Next year' });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-year', '2015');
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-year', '2016');
    await expect(page.locator(`${figure} [aria-live]`)).toContainText('2016:');
    await page.getByRole('button', { name: 'Previous year' }).focus();
    await page.keyboard.press('Space');
    await expect(root).toHaveAttribute('data-year', '2015');
    const play = page.getByRole('button', { name: 'Play the years' });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Pause' })).toHaveAttribute('aria-pressed', 'true');
    await expect(root).toHaveAttribute('data-year', '2016', { timeout: 4000 });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Play the years' })).toHaveAttribute('aria-pressed', 'false');
  });

  test('the last, partial year says so', async ({ page }) => {
    await hydrated(page);
    await page.getByRole('button', { name: 'Year by year', exact: true }).click();
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Next year' }).click();
    await expect(page.locator(chart)).toHaveAttribute('data-year', '2022');
    await expect(page.locator(`${figure} .step-text`)).toContainText('January to early May');
    await expect(page.getByRole('button', { name: 'Next year' })).toBeDisabled();
  });

  test('places are explorable by keyboard, with a tooltip', async ({ page }) => {
    await hydrated(page);
    const slider = page.locator(`${figure} [role="slider"]`);
    await slider.focus();
    await expect(slider).toHaveAttribute('aria-valuetext', /dead and missing, all years/);
    const first = await slider.getAttribute('aria-valuetext');
    await expect(page.getByRole('tooltip')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(slider).not.toHaveAttribute('aria-valuetext', first!);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '11');
    await expect(page.locator(`${figure} circle.ring`)).toHaveCount(1);
  });

  test('zooms instantly under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await hydrated(page);
    await page.getByRole('button', { name: 'The desert', exact: true }).click();
    const layers = page.locator(`${chart} .layers`);
    const k = await page.locator(`${chart} .land-zoom`).evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--zk')));
    expect(k).toBeGreaterThan(3);
    // No FLIP transition under reduced motion: the layers sit untransformed at the new view.
    expect(await layers.evaluate((el) => el.style.transform)).toBe('');
  });

  test('animates a change of view on the compositor and ends untransformed', async ({ page }) => {
    await hydrated(page);
    await page.getByRole('button', { name: 'The desert', exact: true }).click();
    const layers = page.locator(`${chart} .layers`);
    await expect.poll(() => layers.evaluate((el) => el.style.transform), { timeout: 3000 }).toBe('');
    expect(await page.locator(`${chart} .land-zoom`).evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--zk')))).toBeGreaterThan(3);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has zero axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await hydrated(page);
      await page.locator(`${figure} details summary`).click();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Year by year', exact: true }).click();
      await page.locator(`${figure} [role="slider"]`).focus();
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('does not scroll sideways at 320 px, with the table open', async ({ openPage, baseURL }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseURL + url);
    await page.locator(`${figure} details summary`).click();
    await page.getByRole('button', { name: 'Year by year', exact: true }).click();
    expect(await hasHorizontalScroll(page)).toBe(false);
    // Every explorable place, with its tooltip open, stays within the screen.
    await page.locator(`${figure} [role="slider"]`).focus();
    for (let i = 0; i < 12; i++) {
      await expect(page.getByRole('tooltip')).toBeVisible();
      expect(await hasHorizontalScroll(page), `place ${i}`).toBe(false);
      await page.keyboard.press('ArrowRight');
    }
    await page.close();
  });
});
