import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.emulateMedia({ media: 'print' });
await p.goto('http://127.0.0.1:4347' + (process.argv[2] ?? '/'));
await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
await p.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: 30000 });
await p.setViewportSize({ width: 720, height: 1000 });
const rows = await p.evaluate(() => {
  const out = [];
  for (const s of document.querySelectorAll('main > *, main .story-section > *')) out.push([s.tagName + '.' + (s.className||'').toString().slice(0,40) + '#' + s.id, Math.round(s.getBoundingClientRect().height)]);
  return out;
});
for (const r of rows) if (r[1] > 300) console.log(r.join(' '));
const pdf = await p.pdf({ format: process.argv[3] ?? "Letter", path: '/tmp/teach/story.pdf', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
console.log('pages', (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length);
await b.close();
