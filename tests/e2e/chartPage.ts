import type { Page } from '@playwright/test';
import { test, expect, axeViolations, hasHorizontalScroll } from './guard';

/**
 * The checks every chart page gets, inside the caller's describe: zero axe violations in
 * light and dark mode (one page, both passes) once the chart has hydrated (after `prepare`, which can put the chart
 * in its busiest state) with its data table open, and no sideways scroll at 320 px with the
 * table open.
 */
export function chartPageChecks({ path, figure, prepare }: { path: string; figure: string; prepare?: (page: Page) => Promise<void> }) {
  test('has zero axe violations in light and dark mode', async ({ page }) => {
    await page.goto(path);
    await page.locator(figure).first().scrollIntoViewIfNeeded();
    await expect(page.locator(`${figure} [role="slider"]`).first()).toBeAttached();
    await prepare?.(page);
    await page.locator(`${figure} details summary`).first().click();
    // One load and hydration, two passes: every rule in light, the colour rules in dark (guard.ts).
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });

  test('does not scroll sideways at 320 px, with the data table open', async ({ openPage, baseURL }) => {
    const page = await openPage({ viewport: { width: 320, height: 800 } });
    await page.goto(baseURL + path);
    await page.locator(`${figure} details summary`).first().click();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.close();
  });
}
