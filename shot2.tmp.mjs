import { chromium } from '@playwright/test';
const [,, url, sel, out, width, open] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
await p.goto(url);
await p.evaluate(([s, o]) => { const e = document.querySelector(s); if (o) e.open = true; e.scrollIntoView({ block: 'start' }); }, [sel, open === '1']);
await p.waitForTimeout(800);
await p.screenshot({ path: out });
await b.close();
