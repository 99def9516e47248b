import type { Page } from '@playwright/test';
import { test, expect } from './guard';
import { scrollToStep, scrollies } from './scrolly';

// The story's budget: no long task (over 50 ms) while scrolling through every step.
// Runs in its own Playwright project after every other browser test, so no other worker
// competes for the cores while it measures. On the shared two-core test machine a stall of
// the machine makes long tasks of its own, at random places; a long task the page makes
// comes back at the same place. So when a first reading has long tasks, a second reader
// reads the story again in a fresh page, and the test fails on every long task that
// happens at the same place in both readings (the same step, or the wheel within one
// notch-group of 960 px). Both readings' long tasks are printed and annotated either way.
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

interface LongTask {
  ms: number;
  at: string;
}

/** One reader: loads the story, reads it with the wheel, then (with `jumps`) jumps through every step. */
async function read(page: Page, viewport: { width: number; height: number }, jumps: boolean): Promise<LongTask[]> {
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

  // 1. Top to bottom with the wheel, 120 px a notch (the phone reader's thumb, 240 px a flick).
  await page.mouse.move(4, viewport.height / 2);
  const notch = jumps ? 120 : 240;
  let atBottom = false;
  for (let i = 0; !atBottom && i < 2000; i++) {
    await page.mouse.wheel(0, notch);
    await page.waitForTimeout(16);
    if (i % (960 / notch) === 0) {
      const y = await page.evaluate(() => Math.round(scrollY));
      atBottom = await page.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
      await label(page, `wheel, y ≈ ${y} px`);
    }
  }
  expect(atBottom, 'the wheel reached the end of the story').toBe(true);

  // 2. Every step of every scrolly, in order, by jumps.
  if (!jumps) {
    await page.waitForTimeout(300);
    return (await probe(page)).longTasks.map((t) => ({ ms: Number.parseInt(t, 10), at: t.replace(/^\d+ ms at /, '') }));
  }
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
  return (await probe(page)).longTasks.map((t) => ({ ms: Number.parseInt(t, 10), at: t.replace(/^\d+ ms at /, '') }));
}

/** Two long tasks happened at the same place: the same step, or wheel positions at most 960 px apart. */
function samePlace(a: string, b: string) {
  const wa = /^wheel, y ≈ (\d+) px$/.exec(a);
  const wb = /^wheel, y ≈ (\d+) px$/.exec(b);
  if (wa && wb) return Math.abs(Number(wa[1]) - Number(wb[1])) <= 960;
  return a === b;
}

const show = (tasks: LongTask[]) => tasks.map((t) => `${t.ms} ms at ${t.at}`);

// The desktop reader reads with the wheel and then jumps through every step (as a link or the
// keyboard would); the phone reader scrolls through once, as a thumb does (the jumps' chart
// changes are the same code at either width; CI's ten minutes are spent once).
for (const { viewport, jumps } of [
  { viewport: { width: 1280, height: 800 }, jumps: true },
  { viewport: { width: 375, height: 740 }, jumps: false },
]) {
  test(`reading the story at ${viewport.width} px, ${jumps ? 'by wheel and step by step' : 'by scrolling through'}, causes no long task over ${LIMIT_MS} ms`, async ({ page, context }, info) => {
    test.setTimeout(180_000);
    const first = (await read(page, viewport, jumps)).filter((t) => t.ms > LIMIT_MS);
    for (const t of first) info.annotations.push({ type: 'long task (first reading)', description: `${t.ms} ms at ${t.at}` });
    console.log(`${viewport.width} px: ${first.length ? `long tasks: ${show(first).join('; ')}` : 'no long task'}`);
    if (!first.length) return;

    // A second reader in a fresh page (same guarded context): a long task the page makes recurs at its place.
    await page.goto('about:blank');
    const again = await context.newPage();
    const second = (await read(again, viewport, jumps)).filter((t) => t.ms > LIMIT_MS);
    for (const t of second) info.annotations.push({ type: 'long task (second reading)', description: `${t.ms} ms at ${t.at}` });
    console.log(`${viewport.width} px, second reading: ${second.length ? `long tasks: ${show(second).join('; ')}` : 'no long task'}`);
    const recurring = first.filter((a) => second.some((b) => samePlace(a.at, b.at)));
    expect(show(recurring), `long tasks over ${LIMIT_MS} ms at the same place in both readings`).toEqual([]);
  });
}
