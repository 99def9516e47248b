import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './guard';

// JavaScript budgets, counted as `npm run bench` counts them: every script the page loads once
// all its islands have hydrated, plus its inline scripts, gzip level 9.
async function scriptBytes(page: Page, path: string) {
  const bodies = new Map<string, Buffer>();
  page.on('response', async (res) => {
    if ((res.headers()['content-type'] ?? '').includes('javascript')) bodies.set(res.url(), await res.body());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight / 2) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  const inline = await page.locator('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').evaluateAll((ss) => ss.map((s) => s.textContent ?? '').join(''));
  const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
  return [...bodies.values()].reduce((n, b) => n + gz(b), 0) + (inline ? gz(inline) : 0);
}

for (const [path, kb] of [
  ['/charts/deaths/', 31], // the foundation's slice; +1 KB for the view buttons that keep ?step= in the URL (issue 11)
  ['/', 80], // the story with every chart
] as const) {
  test(`${path} ships at most ${kb} KB of gzip JavaScript`, async ({ page }) => {
    test.setTimeout(90_000);
    const bytes = await scriptBytes(page, path);
    console.log(`${path}: ${(bytes / 1024).toFixed(1)} KB of gzip JavaScript`);
    expect(bytes).toBeLessThanOrEqual(kb * 1024);
  });
}
