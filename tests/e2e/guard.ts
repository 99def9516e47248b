/**
 * The one way browser tests get a page. Every page a test opens — the `page` fixture, any
 * other page of its context, and every page from `openPage` (its own context: another
 * viewport, JavaScript off, reduced motion) — fails the test on a console error, an uncaught
 * exception, or any request that leaves the site's origin. Specs never call
 * `browser.newPage()` or `browser.newContext()` themselves (tests/unit/e2eGuard.test.ts fails
 * if one does).
 */
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

export interface GuardState {
  errors: string[];
  foreign: string[];
}

/** Records, on every page of `context` (present and future), console errors, uncaught exceptions and requests that leave `origin`. */
export function guardContext(context: BrowserContext, origin: string, state: GuardState, also: readonly string[] = []) {
  context.on('console', (m) => {
    if (m.type() === 'error') state.errors.push(m.text());
  });
  context.on('weberror', (e) => state.errors.push(e.error().message));
  context.on('request', (r) => {
    const url = r.url();
    const known = [origin, ...also].some((o) => url.startsWith(o + '/') || url === o);
    if (!known && !url.startsWith('data:') && !url.startsWith('blob:') && url !== 'about:blank') state.foreign.push(url);
  });
}

type OpenPage = (options?: BrowserContextOptions) => Promise<Page>;

export const test = base.extend<{ guard: GuardState; openPage: OpenPage; alsoAllowedOrigins: string[] }>({
  /** Origins a spec serves itself besides the site (the embed spec's host page on another origin); none by default. */
  alsoAllowedOrigins: [[], { option: true }],
  guard: [
    async ({ context, baseURL, alsoAllowedOrigins }, use) => {
      const state: GuardState = { errors: [], foreign: [] };
      guardContext(context, new URL(baseURL!).origin, state, alsoAllowedOrigins);
      await use(state);
      expect(state.errors, 'console errors').toEqual([]);
      expect(state.foreign, 'requests that left the origin').toEqual([]);
    },
    { auto: true },
  ],
  /** A page in a new context of its own (viewport, `javaScriptEnabled: false`, `reducedMotion` …), guarded like `page`, closed after the test. */
  openPage: async ({ browser, baseURL, guard, alsoAllowedOrigins }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ baseURL, ...options });
      contexts.push(context);
      guardContext(context, new URL(baseURL!).origin, guard, alsoAllowedOrigins);
      return context.newPage();
    });
    // Closed before `guard` (which this fixture depends on) checks what they recorded.
    for (const context of contexts) await context.close();
  },
});
export { expect };

/** Runs axe with WCAG 2.x A/AA rules and returns the violations, summarised for a readable failure. */
/** axe's WCAG 2.2 AA and best-practice violations on the page, or only inside `include` (a selector). */
/** The axe rules that depend on colour: all a dark pass needs to check (see axeViolations). */
export const DARK_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, include?: string) {
  // Sections far off screen are laid out at a placeholder height (content-visibility: auto)
  // until a reader reaches them, so axe, measuring targets across the whole page, would see
  // overlaps no reader can. Every section is rendered while axe runs, then released.
  const released = await page.evaluate(() => {
    const skipped = [...document.querySelectorAll<HTMLElement>('*')].filter((e) => getComputedStyle(e).contentVisibility === 'auto');
    for (const e of skipped) e.style.contentVisibility = 'visible';
    return skipped.length;
  });
  // In dark mode only colours change (global.css swaps its colour properties under
  // prefers-color-scheme: dark; markup, text and layout stay the same), so a page emulating
  // dark is checked by the rules that read colours alone; its light pass runs every rule.
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const builder = dark
    ? new AxeBuilder({ page }).withRules(DARK_RULES)
    : // Only violations are read: axe then keeps one node of each passing, incomplete or
      // inapplicable rule instead of all of them (a quarter less time on the story).
      new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).options({ resultTypes: ['violations'] });
  const results = await (include ? builder.include(include) : builder).analyze();
  if (released) await page.evaluate(() => document.querySelectorAll<HTMLElement>('[style*="content-visibility"]').forEach((e) => e.style.removeProperty('content-visibility')));
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** True when the page scrolls sideways at the current viewport. */
export async function hasHorizontalScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
