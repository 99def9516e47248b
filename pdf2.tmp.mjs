import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.emulateMedia({ media: 'print' });
await p.goto('http://127.0.0.1:4347/');
await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
await p.setViewportSize({ width: 720, height: 1000 });
const rows = await p.evaluate(() => {
  const out = [];
  const blk = document.querySelectorAll('.scrolly-block')[2];
  const walk = (el, d) => { for (const c of el.children) { const h = Math.round(c.getBoundingClientRect().height); if (h > 150 || d < 2) { out.push('  '.repeat(d) + c.tagName + '.' + String(c.className).slice(0,50) + ' ' + h); } if (d < 6) walk(c, d + 1); } };
  walk(blk, 0);
  return out;
});
console.log(rows.join('\n'));
await b.close();
