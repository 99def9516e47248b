import { test, expect, axeViolations, hasHorizontalScroll } from './guard';

const figure = '[data-figure="cbp-one"]';
const path = '/charts/cbp-one/';

test.describe('CBP One figure', () => {
  test('is complete SVG in the HTML with JavaScript disabled', async ({ openPage, baseURL }) => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(baseURL + path);
    const svg = page.locator(`${figure} svg[role="img"]`).first();
    await expect(svg).toBeVisible();
    await expect(svg.locator('title')).toHaveText('CBP One, from launch to shutdown');
    await expect(svg.locator('circle[data-event]')).toHaveCount(14); // the October 2024 FOIA release was added in the corrections
    await expect(page.locator(`${figure} [data-chart="cbp-one"]`)).toHaveAttribute('data-state', 'collects');
    await expect(page.locator(`${figure} .switch`)).toBeHidden();
    await expect(page.locator(`${figure} tr[data-port]`)).toHaveCount(8);
    await page.context().close();
  });

  test('hydrates; the switch shows the regions, the scarcity and the shutdown, each announced', async ({ page }) => {
    await page.goto(path);
    const chart = page.locator('[data-chart="cbp-one"]');
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    await page.getByRole('radio', { name: 'Where it worked' }).check();
    await expect(chart).toHaveAttribute('data-state', 'geofence');
    await expect(chart.locator('svg')).toContainText('We found no published distance or radius.');
    await page.getByRole('radio', { name: 'Slots and demand' }).check();
    await expect(chart).toHaveAttribute('data-state', 'scarcity');
    await expect(chart.locator('[data-units="280"]')).toHaveCount(1);
    await expect(page.locator(`${figure} [aria-live]`)).toContainText('1,450 appointments a day against about 280,000 people waiting');
    await page.getByRole('radio', { name: 'Shutdown' }).check();
    await expect(chart).toHaveAttribute('data-state', 'shutdown');
    await expect(chart.locator('[data-units="765"]')).toHaveCount(1);
    await expect(chart.locator('[data-units="30"]')).toHaveCount(1);
  });

  test('every event on the timeline is reachable by keyboard with its date and source', async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
    await page.getByRole('radio', { name: 'Shutdown' }).focus();
    await page.keyboard.press('Tab');
    const slider = page.locator(`${figure} [role="slider"]:focus`);
    await expect(slider).toHaveAttribute('aria-valuetext', /October 28, 2020: CBP launches the CBP One app/);
    await expect(page.getByRole('tooltip')).toContainText('U.S. Department of Homeland Security');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', /January 20, 2025/);
    await expect(page.getByRole('tooltip')).toContainText('about 30,000');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has zero axe violations in every state (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator(`${figure} [role="slider"]`)).toBeAttached();
      await page.locator(`${figure} details summary`).click();
      // The whole page in the first state; a view switch changes only the figure, so the
      // other states are read inside it.
      for (const [i, name] of ['What it collects', 'Where it worked', 'Slots and demand', 'Shutdown'].entries()) {
        await page.getByRole('radio', { name }).check();
        expect(await axeViolations(page, i === 0 ? undefined : figure), name).toEqual([]);
      }
    });
  }

  test('does not scroll sideways at 320 px', async ({ openPage, baseURL }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseURL + path);
    await page.locator(`${figure} details summary`).click();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.close();
  });
});
