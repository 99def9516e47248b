import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.emulateMedia({ media: 'print' });
await p.goto('http://127.0.0.1:4347/');
await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
await p.setViewportSize({ width: 720, height: 1000 });
console.log(await p.evaluate(() => [...document.querySelectorAll('.step-figure')].slice(0, 40).map((f) => f.innerHTML.slice(0, 200).replace(/\s+/g,' ') + ' H=' + Math.round(f.getBoundingClientRect().height)).filter((_, i) => i % 3 === 0).join('\n')));
await b.close();
