import type { Page } from '@playwright/test';

/** Scrolls step `i` of a scrolly to the trigger line, the way a reader's scroll would. */
export async function scrollToStep(page: Page, scrolly: string, i: number) {
  await page.evaluate(
    ([id, n]) => {
      const el = document.querySelector(`[data-scrolly="${id}"] [data-step="${n}"]`)!;
      const top = el.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight * 0.35);
    },
    [scrolly, i] as const,
  );
}

export async function scrollies(page: Page) {
  return page.locator('[data-scrolly]').evaluateAll((els) => els.map((e) => e.getAttribute('data-scrolly')!));
}

/**
 * Reads a story page to its end, then puts each scrolly at its first step, as the axe checks
 * need it: sections far off screen are laid out at a placeholder height (content-visibility:
 * auto) until a reader reaches them.
 */
export async function readThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise(requestAnimationFrame);
    }
  });
  for (const id of await scrollies(page)) await scrollToStep(page, id, 1);
  await page.waitForTimeout(300);
}
