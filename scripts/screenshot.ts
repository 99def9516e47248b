/**
 * Screenshots built pages as a reader sees them: `node scripts/screenshot.ts [path...]`
 * against a running preview (default http://localhost:4321). Writes test-results/shots/*.png
 * at 375 px and 1280 px, with and without JavaScript, in light and dark mode.
 * STEP=deaths:2 scrolls step 2 of scrolly "deaths" to the trigger line first.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, requireChromium } from '../tests/helpers/chromium.ts';

const base = process.env.BASE_URL ?? 'http://localhost:4321';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/'];
const out = 'test-results/shots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
for (const path of paths) {
  for (const width of [375, 1280]) {
    for (const js of [true, false]) {
      for (const scheme of ['light', 'dark'] as const) {
        if (!js && scheme === 'dark') continue;
        const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: js, colorScheme: scheme });
        await page.goto(base + path, { waitUntil: 'networkidle' });
        if (process.env.STEP) {
          const [id, n] = process.env.STEP.split(':');
          await page.evaluate(([sid, sn]) => {
            const el = document.querySelector(`[data-scrolly="${sid}"] [data-step="${sn}"]`);
            if (el) scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.35);
          }, [id, n]);
          await page.waitForTimeout(1000);
        }
        const name = `${out}/${path.replace(/\W+/g, '_') || 'home'}${process.env.STEP ? '-' + process.env.STEP.replace(':', '') : ''}-${width}-${js ? 'js' : 'nojs'}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: process.env.FULL === '1' });
        console.log(name);
        await page.close();
      }
    }
  }
}
await browser.close();
