import { test, expect } from './guard';
import { chartPageChecks } from './chartPage';

const PAGE = '/charts/el-salvador/';
const figure = '[data-figure="el-salvador"]';
const chart = '[data-chart="el-salvador"]';

test.describe('El Salvador detentions chart', () => {
  test('is complete SVG in the HTML with JavaScript disabled, one figure per state', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + PAGE);
    const svg = page.locator(`${figure} svg[role="img"]`).first();
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/El Salvador’s state of exception/);
    await expect(svg.locator('desc')).toContainText('more than 17,000');
    await expect(page.locator(chart)).toHaveCount(4);
    expect(await page.locator(chart).evaluateAll((els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['to-2026', 'declared', 'one-year', 'abuses']);
    await expect(page.locator(`${chart} [role="slider"]`)).toHaveCount(0);
    expect(await page.locator(`${figure} table`).first().locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    await page.context().close();
  });

  test('hydrates when visible; pointing at a report shows its value, date and source', async ({ page }) => {
    await page.goto(PAGE);
    const root = page.locator(chart).first();
    await root.scrollIntoViewIfNeeded();
    const slider = root.locator('[role="slider"]');
    await expect(slider).toBeAttached();
    const dot = root.locator('path.dot:not(.off)').first();
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tip = root.getByRole('tooltip');
    await expect(tip).toContainText('more than 17,000');
    await expect(tip).toContainText('Source: Quiero TV');
    await page.mouse.move(0, 0);
    await expect(tip).toHaveCount(0);
  });

  test('every report is reachable by keyboard, and the live region states the step', async ({ page }) => {
    await page.goto(PAGE);
    const root = page.locator(chart).first();
    await root.scrollIntoViewIfNeeded();
    const slider = root.locator('[role="slider"]');
    await expect(slider).toBeAttached();
    await slider.focus();
    await expect(slider).toHaveAttribute('aria-valuetext', /April 2022: more than 17,000/);
    await expect(root.locator('[aria-live]')).toContainText('48th extension');
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', /May 25, 2022: more than 32,000/);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /February 24, 2026: more than 91,300/);
    await expect(root.getByRole('tooltip')).toContainText('48th extension');
  });

  chartPageChecks({ path: PAGE, figure });
});
