/**
 * A Playwright `test` whose every page fails the test on a console error, an
 * uncaught exception, or any request that leaves the page's origin.
 */
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const test = base.extend<{ guard: { errors: string[]; foreign: string[] } }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const state = { errors: [] as string[], foreign: [] as string[] };
      page.on('console', (m) => m.type() === 'error' && state.errors.push(m.text()));
      page.on('pageerror', (e) => state.errors.push(e.message));
      page.on('request', (r) => {
        const url = r.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) state.foreign.push(url);
      });
      await use(state);
      expect(state.errors, 'console errors').toEqual([]);
      expect(state.foreign, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Runs axe with WCAG 2.x A/AA rules and returns the violations, summarised for a readable failure. */
export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** True when the page scrolls sideways at the current viewport. */
export async function hasHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
