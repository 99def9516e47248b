import { test, expect } from './guard';
import { chartPageChecks } from './chartPage';

const figure = '[data-figure="tools"]';
const path = '/charts/tools/';

test.describe('surveillance-tools flow diagram', () => {
  test('is complete SVG in the HTML with JavaScript disabled', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + path);
    const svg = page.locator(`${figure} svg[role="img"]`).first();
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText(/ICE and CBP/);
    await expect(svg.locator('path[data-link]')).toHaveCount(6);
    await expect(page.locator(`${figure} [data-chart="tools"]`)).toHaveAttribute('data-state', 'subpoenas');
    await expect(page.locator(`${figure} .switch`)).toBeHidden();
    await expect(page.locator(`${figure} table tbody tr`)).toHaveCount(6);
    await page.context().close();
  });

  test('hydrates when visible; the switch moves through the five states and announces each', async ({ page }) => {
    await page.goto(path);
    const chart = page.locator('[data-chart="tools"]');
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    for (const [name, state] of [['Babel X', 'babel-x'], ['LexisNexis', 'lexisnexis'], ['Vigilant', 'vigilant'], ['Everything', 'network']] as const) {
      await page.getByRole('radio', { name }).check();
      await expect(chart).toHaveAttribute('data-state', state);
    }
    await expect(page.locator(`${figure} [aria-live]`)).toContainText('4 suppliers, 2 agencies');
    await expect(page.locator(`${figure} .flow-label`)).toHaveCount(6);
  });

  test('every flow is reachable by keyboard and shows its data, value and source', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    await page.getByRole('radio', { name: 'LexisNexis' }).check();
    await page.keyboard.press('Tab');
    const slider = page.locator(`${figure} [role="slider"]:focus`);
    await expect(slider).toHaveAttribute('aria-valuetext', /LexisNexis Risk Solutions → ICE: \$16\.8 million/);
    await expect(page.getByRole('tooltip')).toContainText('more than $17 million (Liberty Nation)');
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', /LexisNexis Risk Solutions → CBP: \$15\.9 million/);
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /→/);
  });

  test('moving the pointer near a flow shows its tooltip', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    const box = (await page.locator(`${figure} .plot`).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.1);
    await expect(page.getByRole('tooltip')).toBeVisible();
  });

  chartPageChecks({ path, figure, prepare: (page) => page.getByRole('radio', { name: 'Everything' }).check() });
});
