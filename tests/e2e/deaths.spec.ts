import { test, expect, axeViolations } from './guard';
import { chartPageChecks } from './chartPage';

const figure = '[data-figure="deaths"]';

test.describe('deaths-by-year chart', () => {
  test('is complete SVG in the HTML with JavaScript disabled', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + '/charts/deaths/');
    const svg = page.locator(`${figure} svg[role="img"]`).first();
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/Deaths recorded/);
    expect(await svg.locator('path.dot').count()).toBeGreaterThan(10);
    await expect(page.locator(`${figure} .switch`)).toBeHidden();
    await expect(page.locator(`${figure} table tbody tr`)).toHaveCount(24); // one row per record; FY2018 (283) was added in the corrections
    await page.context().close();
  });

  test('hydrates when visible; the series switch changes the state and explains the difference', async ({ page }) => {
    await page.goto('/charts/deaths/');
    const chart = page.locator('[data-chart="deaths"]');
    await chart.scrollIntoViewIfNeeded();
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    await expect(chart).toHaveAttribute('data-state', 'usbp-long');
    await page.getByRole('radio', { name: 'IOM Missing Migrants' }).check();
    await expect(chart).toHaveAttribute('data-state', 'iom');
    await expect(page.locator(`${figure} .why`)).toContainText('both sides of the border');
    await expect(page.locator(`${figure} [aria-live]`)).toContainText('IOM Missing Migrants');
  });

  test('moves its marks only when the view changes, and not at all under reduced motion', async ({ openPage, baseURL }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      // A phone: the chart re-fits its frame right after hydration, which must not play as an animation.
      const page = await openPage({ viewport: { width: 375, height: 740 }, reducedMotion });
      await page.goto(baseURL + '/charts/deaths/');
      await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
      await page.waitForTimeout(150);
      const running = () => page.locator(figure).evaluate((el) => el.getAnimations({ subtree: true }).length);
      expect(await running(), `animations after loading (${reducedMotion})`).toBe(0);
      // Every transition or animation that starts is heard, however short: even the 0.01 ms a
      // reduced-motion reset often leaves on every property (a switch's colours) starts one.
      await page.locator(figure).evaluate((el) => {
        const w = window as unknown as { started: string[] };
        w.started = [];
        for (const type of ['transitionrun', 'animationstart'])
          el.addEventListener(type, (e) => w.started.push(`${(e.target as Element).tagName} ${(e as TransitionEvent).propertyName ?? (e as AnimationEvent).animationName}`));
      });
      await page.getByRole('radio', { name: 'IOM Missing Migrants' }).check();
      await expect(page.locator('[data-chart="deaths"]')).toHaveAttribute('data-state', 'iom');
      if (reducedMotion === 'reduce') {
        await page.waitForTimeout(100);
        expect(await page.evaluate(() => (window as unknown as { started: string[] }).started), 'nothing moves under reduced motion').toEqual([]);
      } else expect(await running(), 'axis ticks glide to the new scale').toBeGreaterThan(0);
      await page.context().close();
    }
  });

  test('every point is reachable by keyboard and shows its value and source', async ({ page }) => {
    await page.goto('/charts/deaths/');
    await page.locator('[data-chart="deaths"]').scrollIntoViewIfNeeded();
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    await page.getByRole('radio', { name: 'IOM Missing Migrants' }).focus();
    await page.keyboard.press('Tab');
    const slider = page.locator(`${figure} [role="slider"]:focus`);
    await expect(slider).toHaveAttribute('aria-valuetext', /FY1998: 263/);
    await expect(page.getByRole('tooltip')).toContainText('Cato Institute');
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', /FY2000: 383/);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /FY2023: 704/);
  });

  chartPageChecks({ path: '/charts/deaths/', figure });
});

test('the sources page has zero axe violations and anchors for every source', async ({ page }) => {
  await page.goto('/sources/');
  expect(await page.locator('li[id^="src-"]').count()).toBeGreaterThan(20);
  expect(await axeViolations(page)).toEqual([]);
});
