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

