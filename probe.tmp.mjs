import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 600, height: 800 } });
const errs = []; p.on('console', m => m.type() === 'error' && errs.push(m.text())); p.on('pageerror', e => errs.push(e.message));
for (const id of ['route-map','deaths','tools','cbp-one','agreements-map','el-salvador','databases']) {
  await p.goto(`http://127.0.0.1:4341/embed/${id}/`); await p.waitForTimeout(800);
  const h = await p.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const hyd = await p.evaluate(() => document.querySelectorAll('astro-island[ssr]').length);
  console.log(id, h, 'unhydrated', hyd);
}
await p.goto('http://127.0.0.1:4341/embed/deaths/?step=4&theme=dark'); await p.waitForTimeout(800);
console.log(await p.evaluate(() => [location.href, document.querySelector('[data-chart]').dataset.state, document.documentElement.dataset.theme]));
await p.screenshot({ path: '/tmp/embed-deaths.png', fullPage: true });
await p.goto('http://127.0.0.1:4341/embed/deaths/?static=1&step=2'); await p.waitForTimeout(500);
console.log(await p.evaluate(() => [location.href, document.scripts.length, document.querySelector('[data-chart]').dataset.state]));
console.log(errs);
await b.close();
