import { test, expect } from './guard';
import { chartPageChecks } from './chartPage';

const PAGE = '/charts/databases/';
const figure = '[data-figure="databases"]';
const chart = '[data-chart="databases"]';

test.describe('IDENT and HART figure', () => {
  test('is complete SVG in the HTML with JavaScript disabled, one figure per state', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + PAGE);
    const svg = page.locator(`${figure} svg[role="img"]`).first();
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/IDENT/);
    expect(await page.locator(chart).evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['ident-growth', 'hart-schedule', 'risks']);
    await expect(page.locator(`${chart}[data-state="hart-schedule"] svg[role="img"]`)).toContainText('+33 months');
    await expect(page.locator(`${chart}[data-state="hart-schedule"] svg[role="img"]`)).toContainText('$4.3 billion');
    await expect(page.locator(`${chart}[data-state="risks"] svg[role="img"] path.dot`)).toHaveCount(6);
    await expect(page.locator(`${chart} [role="slider"]`)).toHaveCount(0);
    await page.context().close();
  });

  test('hydrates when visible; pointing at the vendor’s claim says it is not an official count', async ({ page }) => {
    await page.goto(PAGE);
    const root = page.locator(chart).first();
    await root.scrollIntoViewIfNeeded();
    await expect(root.locator('[role="slider"]')).toBeAttached();
    const dot = root.locator('path.dot.vendor').first();
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = root.getByRole('tooltip');
    await expect(tip).toContainText('more than 200 million');
    await expect(tip).toContainText('vendor');
    await expect(tip).toContainText('Thales');
  });

  test('every count is reachable by keyboard, from 150 million to more than 290 million', async ({ page }) => {
    await page.goto(PAGE);
    const root = page.locator(chart).first();
    await root.scrollIntoViewIfNeeded();
    const slider = root.locator('[role="slider"]');
    await expect(slider).toBeAttached();
    await slider.focus();
    await expect(slider).toHaveAttribute('aria-valuetext', /2013: 150 million/);
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', /173 million/);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /more than 290 million/);
    await expect(root.getByRole('tooltip')).toContainText('Government Accountability Office');
    await expect(root.locator('[aria-live]')).toContainText('minimums');
  });

  chartPageChecks({ path: PAGE, figure });
});
