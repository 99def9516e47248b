import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.emulateMedia({ media: 'print' });
await p.goto('http://127.0.0.1:4347/');
await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
await p.setViewportSize({ width: 720, height: 1000 });
console.log(await p.evaluate(() => {
  const seen = new Map();
  for (const f of document.querySelectorAll('.step-figure')) {
    const chart = f.querySelector('[data-chart]');
    const walk = (el, d) => { for (const c of el.children) { const h = Math.round(c.getBoundingClientRect().height); const k = (chart?.dataset.chart) + ' ' + '  '.repeat(d) + c.tagName + '.' + String(c.className).replace(/svelte-\w+/g,'').trim(); if (h > 20 && !seen.has(k)) seen.set(k, h); if (d < 3) walk(c, d+1); } };
    walk(f, 0);
  }
  return [...seen].map(([k, h]) => k + ' ' + h).join('\n');
}));
await b.close();
