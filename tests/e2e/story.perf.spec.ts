import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { scrollToStep, scrollies } from './scrolly';

// The story's budget: no long task (over 50 ms) while scrolling through every step.
// Runs in its own Playwright project after every other browser test, so no other worker
// competes for the cores while it measures; that project retries once, so a stray stall of
// the test machine is not read as a regression, while a real one fails twice.
// Two readers at two sizes: one reads from top to bottom with the mouse wheel (islands
// hydrate and sections render as they come into view), then jumps from step to step of
// every scrolly, as a fling or a link would. Every task over 50 ms is reported.
const LIMIT_MS = Number(process.env.LONG_TASK_LIMIT_MS ?? 50);

interface Probe {
  longTasks: string[];
  at: string;
}
const probe = (page: Page) => page.evaluate(() => (window as unknown as { probe: Probe }).probe);
const label = (page: Page, at: string) => page.evaluate((a) => ((window as unknown as { probe: Probe }).probe.at = a), at);

for (const viewport of [{ width: 1280, height: 800 }, { width: 375, height: 740 }]) {
  test(`reading the story at ${viewport.width} px, by wheel and step by step, causes no long task over ${LIMIT_MS} ms`, async ({ page }, info) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.goto('/');
    // Loading is not scrolling (its long tasks are Lighthouse's total blocking time): start once the page is idle.
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      const p: Probe = { longTasks: [], at: 'top' };
      (window as unknown as { probe: Probe }).probe = p;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) p.longTasks.push(`${Math.round(e.duration)} ms at ${p.at}`);
      }).observe({ type: 'longtask' });
    });

    // 1. Top to bottom with the wheel, 120 px a notch.
    await page.mouse.move(4, viewport.height / 2);
    let atBottom = false;
    for (let i = 0; !atBottom && i < 2000; i++) {
      await page.mouse.wheel(0, 120);
      await page.waitForTimeout(16);
      if (i % 8 === 0) {
        const y = await page.evaluate(() => Math.round(scrollY));
        atBottom = await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
        await label(page, `wheel, y ≈ ${y} px`);
      }
    }
    expect(atBottom, 'the wheel reached the end of the story').toBe(true);

    // 2. Every step of every scrolly, in order, by jumps.
    const ids = await scrollies(page);
    await scrollToStep(page, ids[0]!, 0);
    await page.waitForTimeout(300);
    for (const id of ids) {
      const n = await page.locator(`[data-scrolly="${id}"] [data-step]`).count();
      for (let i = 0; i < n; i++) {
        await label(page, `jump to ${id} step ${i}`);
        await scrollToStep(page, id, i);
        await page.waitForTimeout(120);
        await expect(page.locator(`[data-scrolly="${id}"] [data-step="${i}"]`)).toHaveAttribute('aria-current', 'step');
      }
    }
    await page.waitForTimeout(300);

    const { longTasks } = await probe(page);
    for (const t of longTasks) info.annotations.push({ type: 'long task', description: t });
    console.log(`${viewport.width} px: ${longTasks.length ? `long tasks: ${longTasks.join('; ')}` : 'no long task'}`);
    expect(longTasks.filter((t) => Number.parseInt(t, 10) > LIMIT_MS), `long tasks over ${LIMIT_MS} ms while scrolling`).toEqual([]);
  });
}
